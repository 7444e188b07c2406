import type { Db } from '../connection';

export interface GradeHistoryRow {
  changeId: number;
  at: string;
  command: string;
  modelId: string;
  kind: 'formula' | 'override';
  from: string | null;
  to: string | null;
  reason: string | null;
}

/** A client's cell changes (formula and override) that are not undone, newest first, at most 100. */
export function readGradeHistory(db: Db, clientId: number): GradeHistoryRow[] {
  return db
    .prepare(
      `SELECT g.change_id AS changeId, l.at, l.command, g.model_id AS modelId, g.kind, g.from_cell AS "from", g.to_cell AS "to",
              json_extract(l.summary, '$.reason') AS reason
       FROM grade_changes g JOIN change_log l ON l.id = g.change_id
       WHERE g.client_id = ? AND l.undone = 0 ORDER BY g.change_id DESC LIMIT 100`,
    )
    .all(clientId) as GradeHistoryRow[];
}
