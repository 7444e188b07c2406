import Database from 'better-sqlite3';
import { AppFailure } from '../../../shared/contract';
import { BUILTIN_MODELS, DEFAULT_DICTIONARIES, DEFAULT_MODEL_ID } from '../../../shared/models';
import { APPLICATION_ID, applicationId, closeConnection, integrityCheck, userVersion } from '../db/connection';
import { readFileHeader } from '../db/fileHeader';
import { countForeignKeyViolations } from '../db/foreignKeyCheck';
import { LATEST_VERSION } from '../db/migrations';
import { openDatabase } from '../db/openDatabase';
import { ensureBuiltinDictionaries } from '../db/repos/dictionariesRepo';
import { ensureBuiltinModels } from '../db/repos/modelsRepo';
import type { Logger } from '../log/logger';
import { failureKind } from './failures';

/**
 * Refuses what cannot be a backup of ours from its header alone (plain reads: the backup
 * itself is never opened by SQLite, so it stays byte for byte as it was).
 */
export function judgeBackupFile(path: string, id: string): void {
  const header = readFileHeader(path);
  if (header.kind === 'missing') throw new AppFailure('backups.notFound', { id });
  if (header.kind !== 'sqlite') throw new AppFailure('backups.corrupt', undefined, `not a SQLite file: ${header.kind}`);
  if (header.applicationId !== APPLICATION_ID) throw new AppFailure('backups.foreign', undefined, `application_id ${header.applicationId}`);
  if (header.userVersion > LATEST_VERSION) throw new AppFailure('backups.newer', { found: header.userVersion, supported: LATEST_VERSION });
}

/** The errors of opening the copy as the restore's own: it is the backup that is damaged, foreign or newer. */
function asBackupFailure(error: unknown): unknown {
  if (error instanceof AppFailure) {
    const { code, params, detail } = error.error;
    if (code === 'db.corrupt' || code === 'db.notSqlite') return new AppFailure('backups.corrupt', undefined, detail ?? code);
    if (code === 'db.foreignFile') return new AppFailure('backups.foreign', undefined, detail ?? code);
    if (code === 'db.newerVersion') return new AppFailure('backups.newer', params, detail);
    if (code === 'db.migrationFailed') return new AppFailure('backups.restoreFailed', { reason: detail ?? code }, detail);
    if (code === 'db.openFailed') return new AppFailure('backups.corrupt', undefined, detail ?? code);
    return error;
  }
  return failureKind(error) === 'corrupt' ? new AppFailure('backups.corrupt', undefined, error instanceof Error ? error.message : String(error)) : error;
}

/** The full integrity check, before anything else reads the copy's tables. */
function checkIntegrity(path: string): number {
  const db = new Database(path, { fileMustExist: true });
  try {
    const integrity = integrityCheck(db);
    if (integrity !== 'ok') throw new AppFailure('backups.corrupt', undefined, `integrity_check: ${integrity.slice(0, 500)}`);
    if (applicationId(db) !== APPLICATION_ID) throw new AppFailure('backups.foreign', undefined, 'application_id');
    return userVersion(db);
  } finally {
    db.close();
  }
}

/**
 * Makes a temporary copy of a backup ready to become the live data: integrity checked,
 * brought to the current schema by the app's own migrations (openDatabase, which keeps its own
 * pre-migration copy beside the temporary one), the built-in models and dictionaries of this
 * version added, and no broken foreign key. Returns the schema version it had.
 */
export async function prepareCopy(path: string, log: Logger, now: string): Promise<number> {
  try {
    const version = checkIntegrity(path);
    const opened = await openDatabase(path, log);
    try {
      const { db } = opened;
      ensureBuiltinDictionaries(db, DEFAULT_DICTIONARIES, now);
      ensureBuiltinModels(db, BUILTIN_MODELS, DEFAULT_MODEL_ID, now);
      const violations = countForeignKeyViolations(db);
      if (violations > 0) throw new AppFailure('backups.corrupt', undefined, `foreign_key_check: ${violations} rows`);
      // The migrated copy is checked again; an unmigrated one was checked just before.
      const integrity = version < LATEST_VERSION ? integrityCheck(db) : 'ok';
      if (integrity !== 'ok') throw new AppFailure('backups.corrupt', undefined, `integrity_check after migration: ${integrity.slice(0, 500)}`);
    } finally {
      closeConnection(opened.db);
    }
    return version;
  } catch (error) {
    throw asBackupFailure(error);
  }
}
