import type { Attributes } from '../../../../shared/domain/schemas';
import type { Db } from '../connection';
import { EFFECTIVE_CELL, GRADE_JOINS } from './effectiveGrade';

/** What a date-fixed cadence counts from, per client with a rep (see cadenceContacts). */
export interface CadenceStartRow {
  id: number;
  attributes: Attributes;
  /**
   * When the client entered its effective cell under the model: the latest change (not undone)
   * that moved it there, else when its override was set, else when the client was added.
   */
  enteredAt: string;
}

export function readCadenceStarts(db: Db, modelId: string): CadenceStartRow[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.attributes,
              COALESCE(
                (SELECT max(l.at) FROM grade_changes gc JOIN change_log l ON l.id = gc.change_id
                 WHERE gc.client_id = c.id AND gc.model_id = @modelId AND l.undone = 0 AND gc.to_cell = ${EFFECTIVE_CELL}),
                o.created_at, c.created_at) AS enteredAt
       FROM clients c
       ${GRADE_JOINS}
       WHERE c.rep_id IS NOT NULL
       ORDER BY c.id`,
    )
    .all({ modelId }) as { id: number; attributes: string; enteredAt: string }[];
  return rows.map((row) => ({ id: row.id, attributes: JSON.parse(row.attributes) as Attributes, enteredAt: row.enteredAt }));
}
