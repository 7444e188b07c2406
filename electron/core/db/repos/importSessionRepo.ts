import type { Db } from '../connection';
import { EFFECTIVE_CELL, GRADE_JOINS } from './effectiveGrade';

/**
 * The statements of one import session (transfer/importSession.ts), prepared once per
 * session: an import of 50,000 rows runs them hundreds of thousands of times.
 */
export function importSessionStatements(db: Db) {
  return {
    insertClient: db.prepare(
      `INSERT INTO clients (id, hospital_id, department, name, title, beds_managed, volume_ours, volume_competitor, behaviour, rep_id,
         attributes, created_at, updated_at, name_key, name_initials, department_key, region)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertHospital: db.prepare(
      'INSERT INTO hospitals (name, class, revenue_wan, beds, name_key, name_initials, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    insertRep: db.prepare('INSERT INTO reps (name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?)'),
    insertGrade: db.prepare(
      `INSERT INTO grades (model_id, client_id, cell, problems) VALUES (?, ?, ?, ?)
       ON CONFLICT(model_id, client_id) DO UPDATE SET cell = excluded.cell, problems = excluded.problems`,
    ),
    readClient: db.prepare('SELECT * FROM clients WHERE id = ?'),
    readHospital: db.prepare('SELECT * FROM hospitals WHERE id = ?'),
    effectiveCell: db.prepare(`SELECT ${EFFECTIVE_CELL} FROM clients c ${GRADE_JOINS} WHERE c.id = @id`).pluck(),
    upsertOverride: db.prepare(
      `INSERT INTO overrides (client_id, model_id, cell, reason, model_version, created_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(client_id, model_id) DO UPDATE SET cell = excluded.cell, reason = excluded.reason,
         model_version = excluded.model_version, created_at = excluded.created_at`,
    ),
    removeOverride: db.prepare('DELETE FROM overrides WHERE client_id = ? AND model_id = ?'),
  };
}

export type ImportSessionStatements = ReturnType<typeof importSessionStatements>;

/** A larger page cache while an import runs keeps its pages out of the WAL until the commit; returns the previous size. */
export function enlargeCache(db: Db): number {
  const previous = Number(db.pragma('cache_size', { simple: true }));
  db.pragma('cache_size = -131072');
  return previous;
}

export function restoreCache(db: Db, size: number): void {
  db.pragma(`cache_size = ${Number(size) || -2000}`);
}

/** Every existing client as the matcher needs it: id, hospital name, department, name, region. */
export function matchableClients(db: Db): [number, string | null, string | null, string, string | null][] {
  return db
    .prepare('SELECT c.id, h.name AS hospital, c.department, c.name, c.region FROM clients c LEFT JOIN hospitals h ON h.id = c.hospital_id')
    .raw()
    .all() as [number, string | null, string | null, string, string | null][];
}

export interface HospitalRow {
  id: number;
  name: string;
  class: string | null;
  revenue_wan: number | null;
  beds: number | null;
}

export function allHospitals(db: Db): HospitalRow[] {
  return db.prepare('SELECT id, name, class, revenue_wan, beds FROM hospitals').all() as HospitalRow[];
}

export function allRepNames(db: Db): [number, string][] {
  return db.prepare('SELECT id, name FROM reps').raw().all() as [number, string][];
}

export function maxClientId(db: Db): number {
  return (db.prepare('SELECT max(id) FROM clients').pluck().get() as number | null) ?? 0;
}

const COLUMN = /^[a-z_]+$/;

/** Writes the given columns of a hospital (the file's class, revenue or beds). */
export function patchHospital(db: Db, id: number, patch: Partial<Omit<HospitalRow, 'id'>>, now: string): void {
  const columns = Object.keys(patch);
  if (!columns.every((column) => COLUMN.test(column))) throw new Error('unexpected column in a hospital change');
  db.prepare(`UPDATE hospitals SET ${columns.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @now WHERE id = @id`).run({ ...patch, now, id });
}

export function countClientsOfHospital(db: Db, hospitalId: number): number {
  return db.prepare('SELECT count(*) FROM clients WHERE hospital_id = ?').pluck().get(hospitalId) as number;
}

export interface FileGradeState {
  id: number;
  formula: string | null;
  overrideCell: string | null;
  reason: string | null;
  model_version: number | null;
  created_at: string | null;
}

/** The formula cell and override of each client the file gives a grade to. */
export function fileGradeStates(db: Db, modelId: string, clientIds: readonly number[]): FileGradeState[] {
  return db
    .prepare(
      `SELECT j.value AS id, g.cell AS formula, o.cell AS overrideCell, o.reason, o.model_version, o.created_at
       FROM json_each(?) j LEFT JOIN grades g ON g.client_id = j.value AND g.model_id = ?
       LEFT JOIN overrides o ON o.client_id = j.value AND o.model_id = ?`,
    )
    .all(JSON.stringify(clientIds), modelId, modelId) as FileGradeState[];
}

/** New clients' overrides from the file, in one statement: [clientId, cell, reason] each. */
export function insertFreshOverrides(db: Db, rows: readonly [number, string, string][], model: { id: string; version: number }, now: string): void {
  db.prepare(
    `INSERT INTO overrides (client_id, model_id, cell, reason, model_version, created_at)
     SELECT j.value ->> 0, @model, j.value ->> 1, j.value ->> 2, @version, @now FROM json_each(@list) j`,
  ).run({ model: model.id, version: model.version, now, list: JSON.stringify(rows) });
}
