import type { Db } from '../db/connection';

/** Tables whose rows commands change directly, with their primary keys: what undo can restore. */
export const ROW_TABLES = {
  clients: ['id'],
  hospitals: ['id'],
  reps: ['id'],
  overrides: ['client_id', 'model_id'],
  calendar_days: ['date'],
  rep_days_off: ['rep_id', 'date'],
  plan_edits: ['id'],
} as const satisfies Record<string, readonly string[]>;
export type RowTable = keyof typeof ROW_TABLES;

export type RowImage = Record<string, string | number | null>;

export function isRowTable(entity: string): entity is RowTable {
  return Object.prototype.hasOwnProperty.call(ROW_TABLES, entity);
}

/** The whole row as stored, for the change log. */
export function readRow(db: Db, table: RowTable, key: RowImage): RowImage | null {
  const columns = ROW_TABLES[table];
  const where = columns.map((column) => `${column} = @${column}`).join(' AND ');
  return (db.prepare(`SELECT * FROM ${table} WHERE ${where}`).get(key) as RowImage | undefined) ?? null;
}

/**
 * Puts a row back to an image (or removes it when the image is null). An upsert, never
 * REPLACE, because REPLACE deletes first and would cascade to the row's grades and overrides.
 */
export function writeRow(db: Db, table: RowTable, image: RowImage | null, keyFrom: RowImage): void {
  const keyColumns = ROW_TABLES[table];
  if (image === null) {
    const where = keyColumns.map((column) => `${column} = @${column}`).join(' AND ');
    db.prepare(`DELETE FROM ${table} WHERE ${where}`).run(Object.fromEntries(keyColumns.map((c) => [c, keyFrom[c] ?? null])));
    return;
  }
  const columns = Object.keys(image);
  if (!columns.every((column) => /^[a-z_]+$/.test(column))) throw new Error(`unexpected column in a ${table} row image`);
  const updates = columns.filter((c) => !(keyColumns as readonly string[]).includes(c)).map((c) => `${c} = excluded.${c}`);
  db.prepare(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})
     ON CONFLICT(${keyColumns.join(', ')}) DO ${updates.length ? `UPDATE SET ${updates.join(', ')}` : 'NOTHING'}`,
  ).run(image);
}
