import type { Db } from '../connection';
import { EFFECTIVE_CELL, GRADE_JOINS } from './effectiveGrade';

export interface RegionCellCount {
  region: string | null;
  cell: string | null;
  n: number;
  overridden: number;
}

/** Clients per region and effective cell under a model, regions by name with no region last. */
export function countByRegionAndCell(db: Db, modelId: string): RegionCellCount[] {
  return db
    .prepare(
      `SELECT c.region, ${EFFECTIVE_CELL} AS cell, count(*) AS n, sum(o.cell IS NOT NULL) AS overridden
       FROM clients c
       ${GRADE_JOINS}
       GROUP BY c.region, 2 ORDER BY c.region IS NULL, c.region`,
    )
    .all({ modelId }) as RegionCellCount[];
}

export interface RegionClientRow {
  id: number;
  name: string;
  department: string | null;
  region: string | null;
  hospital: string | null;
  rep: string | null;
  cell: string | null;
}

/** Every client with its region, hospital, rep and effective cell under a model. */
export function readRegionClients(db: Db, modelId: string): RegionClientRow[] {
  return db
    .prepare(
      `SELECT c.id, c.name, c.department, c.region, h.name AS hospital, r.name AS rep, ${EFFECTIVE_CELL} AS cell
       FROM clients c LEFT JOIN hospitals h ON h.id = c.hospital_id LEFT JOIN reps r ON r.id = c.rep_id
       ${GRADE_JOINS}`,
    )
    .all({ modelId }) as RegionClientRow[];
}
