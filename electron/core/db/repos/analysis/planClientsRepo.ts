import type { Db } from '../../connection';
import { scopedGrades } from './scopedGrades';

/** [id, repId, hospitalId, cell, volume, inRegion (0/1)] */
export type ScopedPlanRow = [id: number, repId: number | null, hospitalId: number | null, cell: string | null, volume: number | null, inRegion: number];

/**
 * Today's clients as planning sees them (effective cell, rep, volume), for one rep or all, in
 * id order, each marked whether it is in `region` ('' = no region; every client when absent).
 * Every assigned client is listed, since a rep's cuts depend on all of the rep's clients;
 * unassigned clients only when in the region.
 */
export function planClientsMarked(db: Db, modelId: string, repId: number | undefined, region: string | undefined): IterableIterator<ScopedPlanRow> {
  const { cte, params } = scopedGrades({ modelId, repId });
  const inRegion = region === undefined ? '1' : region === '' ? '(region IS NULL)' : '(region IS @inRegion)';
  const bound = region ? { ...params, inRegion: region } : params;
  return db
    .prepare(
      `WITH ${cte}
       SELECT client_id, rep_id, hospital_id, cell, volume, ${inRegion} AS in_region
       FROM scoped WHERE rep_id IS NOT NULL OR ${inRegion} ORDER BY client_id`,
    )
    .raw(true)
    .iterate(bound) as IterableIterator<ScopedPlanRow>;
}
