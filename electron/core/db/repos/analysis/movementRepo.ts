import type { Db } from '../../connection';
import { scopedGrades, type GradeScope } from './scopedGrades';

/**
 * [fromCell, toCell, n, mover, repId, volume, overridden, nameKey]: a group of clients whose
 * cell did not change (mover null; the other fields are not theirs), or one mover (n = 1) with
 * its rep and volume at the later point, whether that cell is an override (1) and its name's
 * sort key (null for a client deleted since).
 */
export type MovementRow = [
  fromCell: string | null,
  toCell: string | null,
  n: number,
  mover: number | null,
  repId: number | null,
  volume: number | null,
  overridden: number,
  nameKey: string | null,
];

/**
 * Clients in snapshot `fromId` and in the later scope (a snapshot or today, narrowed to a rep
 * and region as of then), in one pass: those who stayed counted per cell, the movers one by one.
 */
export function movementRows(db: Db, fromId: number, to: GradeScope): IterableIterator<MovementRow> {
  const { cte, params } = scopedGrades(to);
  return db
    .prepare(
      `WITH ${cte},
       pairs AS (
         SELECT a.cell AS from_cell, s.cell AS to_cell, count(*) AS n,
                CASE WHEN a.cell IS NOT s.cell THEN s.client_id END AS mover,
                max(s.rep_id) AS rep_id, max(s.volume) AS volume, max(s.overridden) AS overridden
         FROM scoped s JOIN snapshot_grades a ON a.snapshot_id = @fromId AND a.client_id = s.client_id
         GROUP BY 1, 2, 4)
       SELECT p.from_cell, p.to_cell, p.n, p.mover, p.rep_id, p.volume, p.overridden, k.name_key
       FROM pairs p LEFT JOIN clients k ON k.id = p.mover`,
    )
    .raw(true)
    .iterate({ ...params, fromId }) as IterableIterator<MovementRow>;
}

/** The reason of each listed client's current override under a model (clients without one are left out). */
export function currentOverrideReasons(db: Db, modelId: string, clientIds: readonly number[]): Map<number, string> {
  if (clientIds.length === 0) return new Map();
  const rows = db
    .prepare(
      `SELECT o.client_id AS clientId, o.reason FROM json_each(?) j JOIN overrides o ON o.client_id = j.value AND o.model_id = ?`,
    )
    .all(JSON.stringify(clientIds), modelId) as { clientId: number; reason: string }[];
  return new Map(rows.map((row) => [row.clientId, row.reason]));
}

/**
 * The reason of the override that put each listed client in `cell` as of `at` (a snapshot's
 * time), under a model: the current override when it was already made by then, else the most
 * recent override to that cell in the grade history recorded by then (not undone).
 * Clients for which neither says anything are left out.
 */
export function overrideReasonsAt(db: Db, modelId: string, at: string, moves: readonly { clientId: number; cell: string | null }[]): Map<number, string> {
  if (moves.length === 0) return new Map();
  const rows = db
    .prepare(
      `WITH m(client_id, cell) AS (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(@moves))
       SELECT m.client_id AS clientId, COALESCE(
         (SELECT o.reason FROM overrides o
          WHERE o.client_id = m.client_id AND o.model_id = @modelId AND o.cell = m.cell AND o.created_at <= @at),
         (SELECT json_extract(l.summary, '$.reason') FROM grade_changes gc JOIN change_log l ON l.id = gc.change_id
          WHERE gc.client_id = m.client_id AND gc.model_id = @modelId AND gc.kind = 'override' AND gc.to_cell = m.cell
            AND l.undone = 0 AND l.at <= @at
          ORDER BY gc.change_id DESC LIMIT 1)) AS reason
       FROM m`,
    )
    .all({ modelId, at, moves: JSON.stringify(moves.map((move) => [move.clientId, move.cell])) }) as { clientId: number; reason: string | null }[];
  return new Map(rows.flatMap((row) => (row.reason === null ? [] : [[row.clientId, row.reason] as const])));
}
