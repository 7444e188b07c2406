import Database from 'better-sqlite3';
import { AppFailure } from '../../../shared/contract';

export type Db = Database.Database;

/** 'TGRD': marks a SQLite file as ours, so "open" can refuse foreign files before touching them. */
export const APPLICATION_ID = 0x54475244;

/** SQLite's answer when another connection holds the lock. */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

/**
 * Opens the writer connection with the durability settings of the design:
 * WAL, synchronous=FULL (a manager's override must survive a power cut), foreign keys on.
 * The connection holds the file exclusively (locking_mode EXCLUSIVE, taken at once by an
 * empty write transaction): a second app window, a second copy of the app or the CLI on the
 * same file is refused with 'db.busy' instead of interleaving its writes with ours.
 */
export function openConnection(path: string): Db {
  const db = new Database(path);
  try {
    db.pragma('busy_timeout = 1000');
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('journal_mode = WAL');
    db.exec('BEGIN IMMEDIATE; COMMIT');
  } catch (error) {
    db.close();
    if (isBusyError(error)) throw new AppFailure('db.busy', undefined, error instanceof Error ? error.message : String(error));
    throw error;
  }
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('trusted_schema = OFF');
  return db;
}

export function openReadOnly(path: string): Db {
  return new Database(path, { readonly: true, fileMustExist: true });
}

export function integrityCheck(db: Db): string {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  return rows.map((row) => row.integrity_check).join('; ');
}

export function userVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function applicationId(db: Db): number {
  return db.pragma('application_id', { simple: true }) as number;
}

/** Closes the writer connection, letting SQLite refresh its query statistics first. */
export function closeConnection(db: Db): void {
  db.pragma('optimize');
  db.close();
}
