import type { Db } from '../connection';
import { EFFECTIVE_CELL, GRADE_JOINS } from './effectiveGrade';

export interface RepCellCount {
  repId: number | null;
  repName: string | null;
  cell: string | null;
  n: number;
  overridden: number;
}

/** Clients per rep and effective cell under a model (one rep when repId is given), with how many are overridden. */
export function countByRepAndCell(db: Db, modelId: string, repId?: number): RepCellCount[] {
  return db
    .prepare(
      `SELECT c.rep_id AS repId, r.name AS repName, ${EFFECTIVE_CELL} AS cell,
              count(*) AS n, count(o.cell) AS overridden
       FROM clients c
       LEFT JOIN reps r ON r.id = c.rep_id
       ${GRADE_JOINS}
       WHERE (@repId IS NULL OR c.rep_id = @repId)
       GROUP BY c.rep_id, ${EFFECTIVE_CELL}`,
    )
    .all({ modelId, repId: repId ?? null }) as RepCellCount[];
}
