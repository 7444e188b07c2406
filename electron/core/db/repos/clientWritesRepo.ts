import type { Db } from '../connection';

/** Column values of a client row as stored (the grid's edits write them). */
export type ClientColumns = Record<string, string | number | null>;

const COLUMN = /^[a-z_]+$/;

function checkedColumns(columns: ClientColumns): string[] {
  const names = Object.keys(columns);
  if (!names.every((name) => COLUMN.test(name))) throw new Error('unexpected column name in a client change');
  return names;
}

export function findHospitalId(db: Db, name: string): number | undefined {
  return db.prepare('SELECT id FROM hospitals WHERE name = ?').pluck().get(name) as number | undefined;
}

export function insertHospital(db: Db, hospital: { name: string; nameKey: string | null; nameInitials: string | null }, now: string): number {
  return Number(
    db
      .prepare('INSERT INTO hospitals (name, name_key, name_initials, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run(hospital.name, hospital.nameKey, hospital.nameInitials, now, now).lastInsertRowid,
  );
}

export function hospitalClass(db: Db, id: number): string | null | undefined {
  const row = db.prepare('SELECT class FROM hospitals WHERE id = ?').get(id) as { class: string | null } | undefined;
  return row?.class;
}

export function updateHospitalClass(db: Db, id: number, value: string | null, now: string): void {
  db.prepare('UPDATE hospitals SET class = ?, updated_at = ? WHERE id = ?').run(value, now, id);
}

/** The stored rows of these clients (missing ids are absent from the map). */
export function readClientRows(db: Db, ids: readonly number[]): Map<number, ClientColumns> {
  const rows = db.prepare('SELECT * FROM clients WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as ClientColumns[];
  return new Map(rows.map((row) => [Number(row.id), row]));
}

export function repExists(db: Db, id: number): boolean {
  return db.prepare('SELECT 1 FROM reps WHERE id = ?').get(id) !== undefined;
}

export function updateClient(db: Db, id: number, columns: ClientColumns, now: string): void {
  const names = checkedColumns(columns);
  db.prepare(`UPDATE clients SET ${names.map((n) => `${n} = @${n}`).join(', ')}, updated_at = @now WHERE id = @id`).run({ ...columns, now, id });
}

export function insertClient(db: Db, columns: ClientColumns): number {
  const names = checkedColumns(columns);
  return Number(db.prepare(`INSERT INTO clients (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`).run(columns).lastInsertRowid);
}

/** Deletes clients; their grades, overrides and plan changes go with them (foreign-key cascades). */
export function deleteClientRows(db: Db, ids: readonly number[]): number {
  return db.prepare('DELETE FROM clients WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(ids)).changes;
}
