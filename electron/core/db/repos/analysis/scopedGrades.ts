import { EFFECTIVE_CELL, GRADE_JOINS } from '../effectiveGrade';

/**
 * Which grades an analysis reads: today's effective cells under a model (override first,
 * else formula), or a period snapshot's, narrowed to a rep and a region.
 */
export interface GradeScope {
  modelId: string;
  repId?: number | undefined;
  /** A region's clients; '' = the clients without a region. */
  region?: string | undefined;
  /** The cells, reps and volumes a snapshot holds; today's when absent. */
  snapshotId?: number | undefined;
  /**
   * Leave out snapshot clients deleted since (their region is not known). Always so under a
   * region filter; also asked for when clients are grouped by region.
   */
  existingOnly?: boolean;
}

/** The clients of a scope with their grade as one named query, and its bound parameters. */
export interface ScopedSql {
  /** `scoped(client_id, cell, overridden, rep_id, volume, region, hospital_id)`, to follow `WITH`. */
  cte: string;
  params: Record<string, string | number>;
}

/**
 * The one source of every analysis query, so the filters cannot drift between charts:
 * - today: every client, its effective cell, overridden = an override exists, its rep and volume;
 * - a snapshot: every client it froze (deleted ones too), overridden = the effective cell is not
 *   the formula's, the rep and volume frozen with it, and the region from the clients table.
 * Only the clauses a filter needs are written, so a rep filter can use the rep index. Without
 * one, today's clients are read in table order (NOT INDEXED): left to itself the planner walks
 * an index of clients and looks every row up, which takes twice as long for all clients.
 */
export function scopedGrades(scope: GradeScope): ScopedSql {
  const params: Record<string, string | number> = { modelId: scope.modelId };
  const where: string[] = [];
  const snapshot = scope.snapshotId !== undefined;
  if (snapshot) {
    params.snapshotId = scope.snapshotId!;
    where.push('sg.snapshot_id = @snapshotId');
  }
  if (scope.repId !== undefined) {
    params.repId = scope.repId;
    where.push(snapshot ? 'sg.rep_id = @repId' : 'c.rep_id = @repId');
  }
  if (scope.region !== undefined) {
    if (scope.region === '') where.push('c.region IS NULL');
    else {
      params.region = scope.region;
      where.push('c.region = @region');
    }
  }
  if (snapshot && (scope.existingOnly || scope.region !== undefined)) where.push('c.id IS NOT NULL');
  const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const cte = snapshot
    ? `scoped AS (
         SELECT sg.client_id, sg.cell, (sg.cell IS NOT sg.formula_cell) AS overridden, sg.rep_id, sg.volume_ours AS volume, c.region, c.hospital_id
         FROM snapshot_grades sg LEFT JOIN clients c ON c.id = sg.client_id
         ${filter})`
    : `scoped AS (
         SELECT c.id AS client_id, ${EFFECTIVE_CELL} AS cell, (o.cell IS NOT NULL) AS overridden, c.rep_id, c.volume_ours AS volume, c.region, c.hospital_id
         FROM clients c${scope.repId === undefined ? ' NOT INDEXED' : ''}
         ${GRADE_JOINS}
         ${filter})`;
  return { cte, params };
}
