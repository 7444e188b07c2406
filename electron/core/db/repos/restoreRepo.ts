import { AppFailure } from '../../../../shared/contract';
import type { Db } from '../connection';
import { installChangeCapture } from '../changeCapture';
import { dropRedoStack } from './changeLogRepo';

/** The schema name the restore's prepared copy is attached under. */
const SOURCE = 'restore_source';
/** Kept from the live database: this computer's preferences (language, grid columns), not data. */
const DEVICE_SETTINGS = ['user'];
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

interface TableShape {
  name: string;
  columns: string[];
  /** Rowid tables are copied with their rowids: the change log's row images name them. */
  hasRowid: boolean;
}

function checked(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`unexpected identifier in the schema: ${name}`);
  return name;
}

function tablesOf(db: Db, schema: string): TableShape[] {
  const tables = db
    .prepare("SELECT name, wr FROM pragma_table_list WHERE schema = ? AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all(schema) as { name: string; wr: number }[];
  return tables.map((table) => ({
    name: checked(table.name),
    columns: (db.prepare('SELECT name FROM pragma_table_xinfo(?, ?) WHERE hidden = 0 ORDER BY cid').pluck().all(table.name, schema) as string[]).map(checked),
    hasRowid: table.wr === 0,
  }));
}

/** The copy was migrated by this very app, so its tables must be exactly the live ones. */
function sameShape(live: TableShape[], source: TableShape[]): boolean {
  const key = (tables: TableShape[]) => JSON.stringify(tables.map((table) => [table.name, table.columns, table.hasRowid]));
  return key(live) === key(source);
}

/**
 * Change capture is made of TEMP triggers named capture_<table>_<op> (installChangeCapture).
 * A restore is not an edit to record row by row: the triggers are dropped inside the restore's
 * transaction and installed again before it commits (a rollback brings the old ones back).
 */
function suspendChangeCapture(db: Db): void {
  const triggers = db.prepare("SELECT name FROM sqlite_temp_schema WHERE type = 'trigger' AND name LIKE 'capture\\_%' ESCAPE '\\'").pluck().all() as string[];
  for (const trigger of triggers) db.exec(`DROP TRIGGER temp.${checked(trigger)}`);
}

/**
 * Replaces the rows of every table of the live database by those of the prepared copy, in one
 * transaction, on the core's own connection (no Db object is swapped, no file is renamed under
 * it). `afterCopy` runs inside the same transaction (history entry, regrade); any failure rolls
 * everything back, capture triggers included.
 *
 * Foreign keys are switched off for the copy (the pragma cannot change inside a transaction):
 * every row goes and comes back, so cascades would only do work to be undone, and a table
 * without triggers or enforced references empties in one step. They are checked in full before
 * the commit instead, and switched on again whatever happens.
 */
export function replaceAllRows(db: Db, sourcePath: string, afterCopy: () => void): void {
  db.prepare(`ATTACH DATABASE ? AS ${SOURCE}`).run(sourcePath);
  db.pragma('foreign_keys = OFF');
  try {
    const live = tablesOf(db, 'main');
    if (!sameShape(live, tablesOf(db, SOURCE))) {
      throw new AppFailure('backups.restoreFailed', { reason: 'schema mismatch' }, 'the prepared copy does not have the live tables');
    }
    const keep = db.prepare(`SELECT key, value FROM main.settings WHERE key IN (${DEVICE_SETTINGS.map(() => '?').join(', ')})`).all(...DEVICE_SETTINGS) as {
      key: string;
      value: string;
    }[];
    db.transaction(() => {
      suspendChangeCapture(db);
      for (const table of live) db.exec(`DELETE FROM main.${table.name}`);
      for (const table of live) {
        const columns = [...(table.hasRowid ? ['rowid'] : []), ...table.columns].join(', ');
        db.exec(`INSERT INTO main.${table.name} (${columns}) SELECT ${columns} FROM ${SOURCE}.${table.name}`);
      }
      const put = db.prepare('INSERT INTO main.settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
      for (const row of keep) put.run(row.key, row.value);
      afterCopy();
      const broken = (db.prepare('SELECT count(*) FROM pragma_foreign_key_check').pluck().get() as number);
      if (broken > 0) throw new AppFailure('backups.corrupt', undefined, `foreign_key_check after the copy: ${broken} rows`);
      installChangeCapture(db);
    })();
  } finally {
    db.pragma('foreign_keys = ON');
    db.prepare(`DETACH DATABASE ${SOURCE}`).run();
  }
}

/**
 * A restore brings the backup's own change log with its rows, so undo and redo stay true to
 * the data they act on. The restore itself is written into that log as a step that cannot be
 * replayed: Ctrl+Z stops there instead of quietly taking back an edit made long before the
 * backup (the way back from a restore is its before-restore backup, 撤销恢复), and the
 * backup's redo stack is dropped as after any new step.
 */
export function recordRestore(db: Db, at: string, summary: { backup: string; keptAside: string }): void {
  dropRedoStack(db);
  db.prepare("INSERT INTO change_log (at, command, summary, replayable) VALUES (?, 'backups.restore', ?, 0)").run(at, JSON.stringify(summary));
}
