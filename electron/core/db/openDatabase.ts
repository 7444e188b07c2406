import { mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppFailure } from '../../../shared/contract';
import type { Logger } from '../log/logger';
import { backupDatabase, backupsDirFor, fileStamp } from './backup';
import { APPLICATION_ID, applicationId, integrityCheck, isBusyError, openConnection, openReadOnly, userVersion, type Db } from './connection';
import { readFileHeader } from './fileHeader';
import { LATEST_VERSION, MIGRATIONS, assertMigrationList } from './migrations';
import type { Migration } from './migrations/migration';

export interface OpenedDatabase {
  db: Db;
  path: string;
  /** The version found on disk before migrating (0 for a new file). */
  previousVersion: number;
  /** The verified pre-migration backup, when one was needed. */
  migrationBackup: string | null;
}

function userTableCount(db: Db): number {
  return (db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").get() as { n: number }).n;
}

function hasPendingWal(path: string): boolean {
  try {
    return statSync(`${path}-wal`).size > 0;
  } catch {
    return false;
  }
}

function judge(path: string, facts: { version: number; appId: number; hasTables: boolean }, latest: number) {
  const fresh = facts.version === 0 && facts.appId === 0 && !facts.hasTables;
  if (!fresh && facts.appId !== APPLICATION_ID) throw new AppFailure('db.foreignFile', { path });
  if (facts.version > latest) throw new AppFailure('db.newerVersion', { found: facts.version, supported: latest });
  return { version: facts.version, fresh };
}

/**
 * Refuses files that are not ours or are newer than this app before opening them for
 * writing. The file header answers with plain reads (nothing is created or touched);
 * only when a WAL file holds commits the header may not show yet is SQLite asked, read-only.
 */
function inspectExisting(path: string, latest: number): { version: number; fresh: boolean } {
  const header = readFileHeader(path);
  if (header.kind === 'missing' || header.kind === 'empty') return { version: 0, fresh: true };
  if (header.kind === 'notSqlite') throw new AppFailure('db.notSqlite', { path });
  if (!hasPendingWal(path)) {
    return judge(path, { version: header.userVersion, appId: header.applicationId, hasTables: header.pageCount > 1 }, latest);
  }
  let db: Db;
  try {
    db = openReadOnly(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (isBusyError(error)) throw new AppFailure('db.busy', undefined, reason);
    throw new AppFailure('db.openFailed', { path, reason }, reason);
  }
  try {
    return judge(path, { version: userVersion(db), appId: applicationId(db), hasTables: userTableCount(db) > 0 }, latest);
  } catch (error) {
    if (isBusyError(error)) throw new AppFailure('db.busy', undefined, error instanceof Error ? error.message : String(error));
    throw error;
  } finally {
    db.close();
  }
}

function runMigration(db: Db, migration: Migration): void {
  db.transaction(() => {
    migration.up(db);
    if (migration.version === 1) db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${migration.version}`);
  })();
}

/**
 * Opens (creating if needed) the app database and brings it to the latest schema:
 * refuse newer or foreign files untouched; verified backup before migrating an existing
 * file; one transaction per step; checks afterwards.
 */
export async function openDatabase(
  path: string,
  log: Logger,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<OpenedDatabase> {
  assertMigrationList(migrations);
  const latest = migrations.length === 0 ? 0 : migrations[migrations.length - 1]!.version;
  mkdirSync(dirname(path), { recursive: true });
  const { version: previousVersion, fresh } = inspectExisting(path, latest);

  let db: Db;
  try {
    db = openConnection(path);
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppFailure('db.openFailed', { path, reason }, reason);
  }
  try {
    let migrationBackup: string | null = null;
    if (previousVersion < latest) {
      if (!fresh) {
        const integrity = db.pragma('quick_check', { simple: true }) as string;
        if (integrity !== 'ok') throw new AppFailure('db.corrupt', { backups: backupsDirFor(path) }, integrity);
        const destination = join(backupsDirFor(path), `pre-v${previousVersion}-to-v${latest}-${fileStamp()}.sqlite`);
        migrationBackup = (await backupDatabase(db, destination)).path;
        log.info('pre-migration backup verified', { from: previousVersion, to: latest });
      }
      for (const migration of migrations) {
        if (migration.version <= previousVersion) continue;
        try {
          runMigration(db, migration);
        } catch (error) {
          log.error('migration failed', { version: migration.version, error });
          throw new AppFailure(
            'db.migrationFailed',
            { backup: migrationBackup ?? '-' },
            error instanceof Error ? error.message : String(error),
          );
        }
        log.info('migrated', { version: migration.version, name: migration.name });
      }
      const violations = db.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) throw new AppFailure('db.migrationFailed', { backup: migrationBackup ?? '-' }, 'foreign_key_check failed');
      db.pragma('optimize');
    }
    return { db, path, previousVersion, migrationBackup };
  } catch (error) {
    db.close();
    throw error;
  }
}

export { LATEST_VERSION, integrityCheck, userVersion };
