import type { ClientQuery } from '../../../../shared/contract';
import type { ModelDefinition } from '../../../../shared/grading';
import type { Db } from '../connection';
import { CLIENT_FROM, clientQuerySql } from './clientQuerySql';
import { EFFECTIVE_CELL } from './effectiveGrade';

export interface CellSinceSnapshot {
  clientId: number;
  from: string;
  to: string;
}

/**
 * Clients the query keeps whose effective cell under the model differs from their cell in the
 * snapshot (both graded). The steps are the model's business (shared/grading/calibration.ts).
 */
export function cellsChangedSince(db: Db, model: ModelDefinition, snapshotId: number, query: ClientQuery): CellSinceSnapshot[] {
  const sql = clientQuerySql(model, { ...query, sort: [] });
  const where = sql.where ? `${sql.where} AND` : 'WHERE';
  return db
    .prepare(
      `SELECT c.id AS clientId, s.cell AS "from", ${EFFECTIVE_CELL} AS "to"
       ${CLIENT_FROM}
       JOIN snapshot_grades s ON s.client_id = c.id AND s.snapshot_id = @snapshotId
       ${where} s.cell IS NOT NULL AND ${EFFECTIVE_CELL} IS NOT NULL AND s.cell <> ${EFFECTIVE_CELL}`,
    )
    .all({ ...sql.params, snapshotId }) as CellSinceSnapshot[];
}

/**
 * The snapshot of a model taken last, if any. By when it was taken, not by period: period texts
 * of months and quarters do not sort together ('2026-Q3' > '2026-10'), and "since the last
 * snapshot" means the one taken last.
 */
export function latestSnapshotIdOf(db: Db, modelId: string): number | undefined {
  return db.prepare('SELECT id FROM snapshots WHERE model_id = ? ORDER BY taken_at DESC, id DESC LIMIT 1').pluck().get(modelId) as number | undefined;
}
