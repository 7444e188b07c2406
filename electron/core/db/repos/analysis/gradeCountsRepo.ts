import type { Db } from '../../connection';
import { scopedGrades, type GradeScope } from './scopedGrades';

/** Clients of one (region, rep, cell) group of a scope. */
export interface GradeCount {
  /** null for clients without a region, and when not grouped by region. */
  region: string | null;
  /** null for unassigned clients, and when not grouped by rep. */
  repId: number | null;
  /** null without a rep, and for a rep deleted since a snapshot. */
  repName: string | null;
  cell: string | null;
  n: number;
  overridden: number;
  /** Σ monthly volume (unknown as 0). */
  volume: number;
}

/** What a count is grouped by besides the cell: the rep (with its name) and the region. */
export interface GradeCountGroups {
  byRep?: boolean;
  byRegion?: boolean;
}

/**
 * Clients of a scope counted per cell (and per rep and region when asked; the others are
 * null), with the overridden ones and their volume: every distribution, trend and roll-up of
 * the analysis page is a sum of these rows.
 */
export function gradeCounts(db: Db, scope: GradeScope, groups: GradeCountGroups = {}): GradeCount[] {
  const { cte, params } = scopedGrades(scope);
  const keys = [...(groups.byRegion ? ['region'] : []), ...(groups.byRep ? ['rep_id'] : []), 'cell'];
  return db
    .prepare(
      `WITH ${cte},
       grouped AS (
         SELECT ${groups.byRegion ? 'region' : 'NULL'} AS region, ${groups.byRep ? 'rep_id' : 'NULL'} AS rep_id, cell,
                count(*) AS n, sum(overridden) AS overridden, sum(COALESCE(volume, 0)) AS volume
         FROM scoped GROUP BY ${keys.join(', ')})
       SELECT g.region, g.rep_id AS repId, r.name AS repName, g.cell, g.n, g.overridden, g.volume
       FROM grouped g LEFT JOIN reps r ON r.id = g.rep_id`,
    )
    .all(params) as GradeCount[];
}

export interface SnapshotPoint {
  id: number;
  period: string;
  label: string | null;
  takenAt: string;
}

/** Every snapshot, oldest first (by the time taken, then id). */
export function snapshotsOldestFirst(db: Db): SnapshotPoint[] {
  return db.prepare('SELECT id, period, label, taken_at AS takenAt FROM snapshots ORDER BY taken_at, id').all() as SnapshotPoint[];
}
