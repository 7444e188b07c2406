import { statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { BackupReason } from '../../../shared/contract/backupMethods';
import { removeAll, withJournals, withOps, type BackupOps } from '../backups/backupOps';
import { backupFailure } from '../backups/failures';
import { reasonFromFileName } from '../backups/reasons';
import { writeSidecar, sidecarPath } from '../backups/sidecar';
import { APPLICATION_ID, applicationId, integrityCheck, userVersion, type Db } from './connection';

export { fileStamp } from '../backups/reasons';

export interface BackupResult {
  path: string;
  bytes: number;
  integrity: string;
  userVersion: number;
  reason: BackupReason;
  /** Clients in the copy (null for a file without a clients table). */
  clients: number | null;
}

export interface BackupOptions {
  /** Why it was taken; by default what the file name says (every caller names files by reason). */
  reason?: BackupReason;
  /** The disk operations (tests inject failures). */
  ops?: Partial<BackupOps>;
}

/** Backups live in a backups/ folder beside the database file. */
export function backupsDirFor(dbPath: string): string {
  return join(dirname(dbPath), 'backups');
}

/** The clients a database holds; null for a file without a clients table (not ours, or empty). */
export function clientCountOf(db: Db): number | null {
  const hasClients = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'clients'").get() !== undefined;
  return hasClients ? (db.prepare('SELECT count(*) FROM clients').pluck().get() as number) : null;
}

interface CopyFacts {
  integrity: string;
  userVersion: number;
  clients: number | null;
}

/**
 * Checks the copy on a connection of its own and turns it into a single self-contained file
 * (rollback journal instead of WAL), so that opening it later, even read-only, leaves no
 * -wal or -shm file beside it.
 */
function verifyCopy(path: string): CopyFacts {
  const copy = new Database(path, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    const integrity = integrityCheck(copy);
    const version = userVersion(copy);
    const appId = applicationId(copy);
    if (integrity !== 'ok') throw new Error(`integrity_check of the copy: ${integrity}`);
    if (appId !== APPLICATION_ID && version > 0) throw new Error(`copy has application_id ${appId}`);
    return { integrity, userVersion: version, clients: clientCountOf(copy) };
  } finally {
    copy.close();
  }
}

/**
 * A verified online backup: SQLite's backup API into a temporary name, then integrity_check
 * and application_id on the copy, fsync, and only then the final names, the database first and
 * its note (`<file>.json`: reason, client count, what was verified) right after. Any failure
 * removes everything this call wrote, and is reported as what it was (a full disk, a
 * read-only folder, a locked file) in the user's words.
 */
export async function backupDatabase(db: Db, destination: string, options: BackupOptions = {}): Promise<BackupResult> {
  const ops = withOps(options.ops);
  const reason = options.reason ?? reasonFromFileName(basename(destination));
  const temporary = `${destination}.partial`;
  const note = sidecarPath(destination);
  const notePartial = `${note}.partial`;
  let placed = false;
  try {
    ops.mkdir(dirname(destination));
    // A file left by a crash must not lend its journal to the new copy.
    const stale = removeAll(ops, [...withJournals(temporary), notePartial]);
    if (stale.length > 0) throw new Error(`cannot clear an earlier partial backup: ${stale.join('; ')}`);
    await ops.sqliteBackup(db, temporary);
    const facts = verifyCopy(temporary);
    ops.fsync(temporary);
    const bytes = statSync(temporary).size;
    writeSidecar(ops, notePartial, {
      file: basename(destination),
      verifiedAt: new Date().toISOString(),
      integrity: facts.integrity,
      userVersion: facts.userVersion,
      bytes,
      reason,
      clients: facts.clients,
    });
    ops.fsync(notePartial);
    ops.rename(temporary, destination);
    placed = true;
    ops.rename(notePartial, note);
    return { path: destination, bytes, integrity: facts.integrity, userVersion: facts.userVersion, reason, clients: facts.clients };
  } catch (error) {
    const leftBehind = removeAll(ops, [...withJournals(temporary), notePartial, ...(placed ? [destination, note] : [])]);
    throw backupFailure(error, { dir: dirname(destination), action: 'backup', leftBehind });
  }
}
