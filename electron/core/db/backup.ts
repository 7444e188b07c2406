import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppFailure } from '../../../shared/contract';
import { APPLICATION_ID, applicationId, integrityCheck, openReadOnly, userVersion, type Db } from './connection';

export interface BackupResult {
  path: string;
  bytes: number;
  integrity: string;
  userVersion: number;
}

/** Backups live in a backups/ folder beside the database file. */
export function backupsDirFor(dbPath: string): string {
  return join(dirname(dbPath), 'backups');
}

/** Time stamps safe in file names on every OS: 2026-11-23T08-15-02-123Z. */
export function fileStamp(date = new Date()): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * A verified online backup: SQLite's backup API into a temporary name, then
 * integrity_check and application_id on the copy, fsync, and only then the final name.
 * A sidecar JSON records what was verified. A failed verification leaves no file behind.
 */
export async function backupDatabase(db: Db, destination: string): Promise<BackupResult> {
  mkdirSync(dirname(destination), { recursive: true });
  const temporary = `${destination}.partial`;
  try {
    await db.backup(temporary);
    const copy = openReadOnly(temporary);
    let integrity: string;
    let version: number;
    try {
      integrity = integrityCheck(copy);
      version = userVersion(copy);
      const appId = applicationId(copy);
      if (integrity !== 'ok') throw new Error(`integrity_check of the copy: ${integrity}`);
      if (appId !== APPLICATION_ID && version > 0) throw new Error(`copy has application_id ${appId}`);
    } finally {
      copy.close();
    }
    fsyncFile(temporary);
    renameSync(temporary, destination);
    const bytes = statSync(destination).size;
    writeFileSync(
      `${destination}.json`,
      JSON.stringify({ file: basename(destination), verifiedAt: new Date().toISOString(), integrity, userVersion: version, bytes }, null, 2),
    );
    return { path: destination, bytes, integrity, userVersion: version };
  } catch (error) {
    rmSync(temporary, { force: true });
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppFailure('db.backupFailed', { reason }, reason);
  }
}
