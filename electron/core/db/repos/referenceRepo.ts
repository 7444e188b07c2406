import type { Hospital, Rep } from '../../../../shared/domain/schemas';
import type { Db } from '../connection';

export function listReps(db: Db): Rep[] {
  return db
    .prepare(
      `SELECT id, name, visits_per_day AS visitsPerDay, working_days_override AS workingDaysOverride
       FROM reps ORDER BY name COLLATE NOCASE`,
    )
    .all() as Rep[];
}

export function listHospitals(db: Db): Hospital[] {
  return db
    .prepare(
      `SELECT id, name, class AS hospitalClass, revenue_wan AS revenueWan, beds
       FROM hospitals ORDER BY name`,
    )
    .all() as Hospital[];
}

export function countRows(db: Db, table: 'reps' | 'hospitals' | 'clients'): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}
