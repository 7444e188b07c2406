import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import { createApi, type Api } from '../../../../shared/contract';
import type { ClientRow } from '../../../../shared/domain/schemas';
import type { Core } from '../../../../electron/core/openCore';
import { openTestCore } from '../../../harness/openTestCore';
import { useTempDir } from '../../../harness/tempDir';

/** Visits a month per cell of the default model, as DOMAIN 2.4 gives them (written out, not read from the model). */
export const PHARMA_VISITS: Record<string, number> = { A1: 8, A2: 8, B1: 8, B2: 8, A3: 4, B3: 2, C1: 1, C2: 0.5, C3: 0 };
export const PHARMA_ZONE: Record<string, string> = { A1: 'red', A2: 'red', B1: 'red', B2: 'red', A3: 'yellow', B3: 'yellow', C1: 'blue', C2: 'blue', C3: 'blue' };
export const BOARD_ORDER = ['A3', 'A2', 'A1', 'B3', 'B2', 'B1', 'C3', 'C2', 'C1'];

export interface Opened {
  core: Core;
  api: Api;
  dir: string;
}

/**
 * Cores over real SQLite files, closed after each test. `reopen` closes one, lets the test
 * write the file directly (what no command does, e.g. give clients a region), and opens it again.
 */
export function useAnalysisCores() {
  const tempDir = useTempDir('tg-analysis-');
  const open: Core[] = [];
  afterEach(() => {
    for (const core of open.splice(0)) core.close();
  });
  const track = (core: Core, dir: string): Opened => {
    open.push(core);
    return { core, api: createApi(core.router), dir };
  };
  return {
    async demo(): Promise<Opened> {
      const dir = tempDir();
      return track(await openTestCore(dir, { seedDemo: true }), dir);
    },
    async reopen(opened: Opened, edit: (db: Database.Database) => void): Promise<Opened> {
      opened.core.close();
      open.splice(open.indexOf(opened.core), 1);
      const db = new Database(join(opened.dir, 'test.sqlite'));
      try {
        edit(db);
      } finally {
        db.close();
      }
      return track(await openTestCore(opened.dir), opened.dir);
    },
  };
}

/** Every client row through the client grid's API (a code path of its own). */
export async function allRows(api: Api): Promise<ClientRow[]> {
  const ids = await api.call('clients.ids', {});
  const rows: ClientRow[] = [];
  for (let i = 0; i < ids.length; i += 1000) rows.push(...(await api.call('clients.rows', { ids: ids.slice(i, i + 1000) })));
  return rows;
}

/** Region per client id, read from the file. */
export function regionsOf(core: Core): Map<number, string | null> {
  const rows = core.context.db.prepare('SELECT id, region FROM clients').all() as { id: number; region: string | null }[];
  return new Map(rows.map((row) => [row.id, row.region]));
}

/** Gives clients regions by id: every third client 华东, every third 华南, the rest none. */
export function splitRegions(db: Database.Database): void {
  db.prepare("UPDATE clients SET region = CASE id % 3 WHEN 1 THEN '华东' WHEN 2 THEN '华南' END").run();
}

export const countBy = <T>(items: readonly T[], key: (item: T) => string): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
};
