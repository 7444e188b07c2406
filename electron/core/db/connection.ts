import Database from 'better-sqlite3';

export type Db = Database.Database;

/** 'TGRD': marks a SQLite file as ours, so "open" can refuse foreign files before touching them. */
export const APPLICATION_ID = 0x54475244;

/**
 * Opens the writer connection with the durability settings of the design:
 * WAL, synchronous=FULL (a manager's override must survive a power cut), foreign keys on.
 */
export function openConnection(path: string): Db {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
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
