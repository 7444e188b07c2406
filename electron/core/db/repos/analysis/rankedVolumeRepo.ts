import type { Db } from '../../connection';
import { scopedGrades, type GradeScope } from './scopedGrades';

/** [clientId, cell, repId, volume] */
export type RankedClientRow = [clientId: number, cell: string | null, repId: number | null, volume: number | null];

/**
 * The clients of a scope by monthly volume, largest first (unknown as 0, ties by id), as a
 * cursor of plain rows: the Pareto reads them in one pass without holding client objects.
 */
export function rankedByVolume(db: Db, scope: GradeScope): IterableIterator<RankedClientRow> {
  const { cte, params } = scopedGrades(scope);
  return db
    .prepare(`WITH ${cte} SELECT client_id, cell, rep_id, volume FROM scoped ORDER BY COALESCE(volume, 0) DESC, client_id`)
    .raw(true)
    .iterate(params) as IterableIterator<RankedClientRow>;
}
