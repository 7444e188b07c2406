import type { Db } from './connection';

/** Rows that break a foreign key (PRAGMA foreign_key_check); 0 on a sound database. */
export function countForeignKeyViolations(db: Db): number {
  return (db.pragma('foreign_key_check') as unknown[]).length;
}
