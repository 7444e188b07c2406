import { existsSync, readdirSync } from 'node:fs';
import { afterEach } from 'vitest';
import { createApi, type Api } from '../../../../shared/contract';
import type { Db } from '../../../../electron/core/db/connection';
import { backupsDirFor } from '../../../../electron/core/db/backup';
import type { Core } from '../../../../electron/core/openCore';
import { openTestCore } from '../../../harness/openTestCore';

/** A failure as node:fs or better-sqlite3 report it: an Error with a code. */
export function failure(code: string, message = code): Error {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

/** Every row of every table (rowids included), in a stable order: two equal dumps are equal data. */
export function dumpTables(db: Db, options: { except?: readonly string[] } = {}): Record<string, unknown[]> {
  const tables = db
    .prepare("SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string; wr: number }[];
  const dump: Record<string, unknown[]> = {};
  for (const { name, wr } of tables) {
    if (options.except?.includes(name)) continue;
    const rows = db.prepare(`SELECT ${wr === 0 ? 'rowid AS _rowid, ' : ''}* FROM main.${name}`).raw().all();
    dump[name] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return dump;
}

/** The names in a core's backups folder (none when it does not exist yet). */
export function backupFiles(target: Core | { core: Core }): string[] {
  const core = 'core' in target ? target.core : target;
  const dir = backupsDirFor(core.context.dbPath);
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

export interface TestCore {
  core: Core;
  api: Api;
  dir: string;
}

/** Real cores on real SQLite files, each in a folder of its own, closed after each test. */
export function useBackupCores(tempDir: () => string): (options?: { seedDemo?: boolean }) => Promise<TestCore> {
  const cores: Core[] = [];
  afterEach(() => {
    for (const core of cores.splice(0)) core.close();
  });
  return async (options = {}) => {
    const dir = tempDir();
    const core = await openTestCore(dir, { seedDemo: options.seedDemo ?? true });
    cores.push(core);
    return { core, api: createApi(core.router), dir };
  };
}

export async function refusal(promise: Promise<unknown>): Promise<{ code: string; params?: Record<string, string | number> }> {
  try {
    await promise;
  } catch (error) {
    const appError = (error as { error?: { code: string; params?: Record<string, string | number> } }).error;
    if (appError) return appError;
    throw error;
  }
  throw new Error('expected a refusal');
}
