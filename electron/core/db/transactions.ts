import type { Db } from './connection';

/**
 * A transaction held open across awaits, for a host that owns the database alone (the CLI's
 * streaming import). Everything else uses db.transaction(), which cannot await.
 */
export const beginImmediate = (db: Db): void => void db.exec('BEGIN IMMEDIATE');
export const commit = (db: Db): void => void db.exec('COMMIT');
export const rollback = (db: Db): void => {
  if (db.inTransaction) db.exec('ROLLBACK');
};
