import { EFFECTIVE_CELL, GRADE_JOINS } from './effectiveGrade';
import type { Db } from '../connection';

export type GradeRow = [clientId: number, cell: string | null, problems: string | null];

/** The stored formula cells of one model, for all clients or the given ones. */
export function storedGrades(db: Db, modelId: string, clientIds?: readonly number[]): GradeRow[] {
  return (
    clientIds === undefined
      ? db.prepare('SELECT client_id, cell, problems FROM grades WHERE model_id = ?').raw().all(modelId)
      : db
          .prepare('SELECT client_id, cell, problems FROM grades WHERE model_id = ? AND client_id IN (SELECT value FROM json_each(?))')
          .raw()
          .all(modelId, JSON.stringify(clientIds))
  ) as GradeRow[];
}

/** Writes formula cells; call inside a transaction. */
export function gradeWriter(db: Db): (modelId: string, clientId: number, cell: string | null, problems: string | null) => void {
  const upsert = db.prepare(
    `INSERT INTO grades (model_id, client_id, cell, problems) VALUES (?, ?, ?, ?)
     ON CONFLICT(model_id, client_id) DO UPDATE SET cell = excluded.cell, problems = excluded.problems`,
  );
  return (modelId, clientId, cell, problems) => void upsert.run(modelId, clientId, cell, problems);
}

/** The clients of these hospitals (a class change regrades them all). */
export function clientIdsOfHospitals(db: Db, hospitalIds: readonly number[]): number[] {
  if (hospitalIds.length === 0) return [];
  return db.prepare('SELECT id FROM clients WHERE hospital_id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(hospitalIds)) as number[];
}

/** Reads one client's formula and effective cell under a model (statement prepared once). */
export function gradeReader(db: Db, modelId: string): (clientId: number) => { formula: string | null; cell: string | null } | undefined {
  const statement = db.prepare(`SELECT g.cell AS formula, ${EFFECTIVE_CELL} AS cell FROM clients c ${GRADE_JOINS} WHERE c.id = @id`);
  return (clientId) => statement.get({ modelId, id: clientId }) as { formula: string | null; cell: string | null } | undefined;
}
