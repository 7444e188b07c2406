import type { Db } from '../connection';
import { EFFECTIVE_CELL, GRADE_JOINS } from './effectiveGrade';

/** One client as the exports show it. */
export interface ExportRow {
  id: number;
  region: string | null;
  repId: number | null;
  repName: string | null;
  hospitalName: string | null;
  hospitalClass: string | null;
  revenueWan: number | null;
  hospitalBeds: number | null;
  department: string | null;
  name: string;
  title: string | null;
  bedsManaged: number | null;
  volumeOurs: number | null;
  volumeCompetitor: number | null;
  behaviour: string | null;
  attributes: string;
  formulaCell: string | null;
  overrideCell: string | null;
  overrideReason: string | null;
  cell: string | null;
}

/** Which clients an export holds: all, one region's, or (region '') those without one. */
function regionFilter(region: string | undefined): { sql: string; params: Record<string, string> } {
  if (region === undefined) return { sql: '', params: {} };
  if (region === '') return { sql: 'WHERE c.region IS NULL', params: {} };
  return { sql: 'WHERE c.region = @region', params: { region } };
}

/** Every client with what the exports show, in the order managers read them: rep, hospital, department, name (pinyin). */
export function exportRows(db: Db, modelId: string, region: string | undefined): IterableIterator<ExportRow> {
  const filter = regionFilter(region);
  return db
    .prepare(
      `SELECT c.id, c.region, c.rep_id AS repId, r.name AS repName, h.name AS hospitalName, h.class AS hospitalClass,
              h.revenue_wan AS revenueWan, h.beds AS hospitalBeds, c.department, c.name, c.title, c.beds_managed AS bedsManaged,
              c.volume_ours AS volumeOurs, c.volume_competitor AS volumeCompetitor, c.behaviour, c.attributes,
              g.cell AS formulaCell, o.cell AS overrideCell, o.reason AS overrideReason, ${EFFECTIVE_CELL} AS cell
       FROM clients c LEFT JOIN hospitals h ON h.id = c.hospital_id LEFT JOIN reps r ON r.id = c.rep_id
       ${GRADE_JOINS}
       ${filter.sql}
       ORDER BY r.name_key IS NULL, r.name_key, r.id, h.name_key IS NULL, h.name_key, c.department_key, c.name_key, c.id`,
    )
    .iterate({ modelId, ...filter.params }) as IterableIterator<ExportRow>;
}

/** The clients' extra attributes, in the order they first appear (a file's column order survives the round trip). */
export function attributeKeys(db: Db, region: string | undefined): string[] {
  const filter = regionFilter(region);
  return db
    .prepare(`SELECT j.key FROM clients c, json_each(c.attributes) j ${filter.sql} GROUP BY j.key ORDER BY min(c.id), min(j.id), j.key`)
    .pluck()
    .all(filter.params) as string[];
}
