import type { Attributes, ClientRow } from '../../../../shared/domain/schemas';
import type { Db } from '../connection';

export interface ClientListQuery {
  offset: number;
  limit: number;
  search?: string | undefined;
  repId?: number | undefined;
}

/** The attributes a grading model can read for each client, as the engine expects them. */
export interface GradingInputRow {
  id: number;
  attrs: Record<string, string | number | null>;
}

interface ClientDbRow extends Omit<ClientRow, 'attributes' | 'zoneId'> {
  attributes: string;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

function whereClause(query: Omit<ClientListQuery, 'offset' | 'limit'>): { sql: string; params: Record<string, unknown> } {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  const search = query.search?.trim();
  if (search) {
    parts.push(`(c.name LIKE @search ESCAPE '\\' OR h.name LIKE @search ESCAPE '\\' OR c.department LIKE @search ESCAPE '\\')`);
    params.search = `%${escapeLike(search)}%`;
  }
  if (query.repId !== undefined) {
    parts.push('c.rep_id = @repId');
    params.repId = query.repId;
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/** A page of clients with their formula cell, override and effective cell for one model. */
export function listClients(db: Db, modelId: string, query: ClientListQuery): { total: number; rows: Omit<ClientRow, 'zoneId'>[] } {
  const where = whereClause(query);
  const from = `FROM clients c
    LEFT JOIN hospitals h ON h.id = c.hospital_id
    LEFT JOIN reps r ON r.id = c.rep_id
    LEFT JOIN grades g ON g.client_id = c.id AND g.model_id = @modelId
    LEFT JOIN overrides o ON o.client_id = c.id AND o.model_id = @modelId`;
  const params = { ...where.params, modelId };
  const total = (db.prepare(`SELECT count(*) AS n ${from} ${where.sql}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT c.id, c.hospital_id AS hospitalId, h.name AS hospitalName, h.class AS hospitalClass,
              c.department, c.name, c.title, c.beds_managed AS bedsManaged, c.volume_ours AS volumeOurs,
              c.volume_competitor AS volumeCompetitor, c.behaviour, c.rep_id AS repId, r.name AS repName,
              c.attributes, g.cell AS formulaCell, o.cell AS overrideCell, o.reason AS overrideReason,
              COALESCE(o.cell, g.cell) AS cell
       ${from} ${where.sql}
       ORDER BY c.id LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: query.limit, offset: query.offset }) as ClientDbRow[];
  return {
    total,
    rows: rows.map((row) => ({ ...row, attributes: JSON.parse(row.attributes) as Attributes })),
  };
}

/** Every client's grading inputs in one pass (a regrade reads these and nothing else). */
export function readGradingInputs(db: Db): GradingInputRow[] {
  const rows = db
    .prepare(
      `SELECT c.id, h.class AS hospitalClass, h.revenue_wan AS hospitalRevenueWan, h.beds AS hospitalBeds,
              c.title, c.beds_managed AS bedsManaged, c.volume_ours AS volumeOurs,
              c.volume_competitor AS volumeCompetitor, c.behaviour, c.attributes
       FROM clients c LEFT JOIN hospitals h ON h.id = c.hospital_id`,
    )
    .all() as (Record<string, string | number | null> & { id: number; attributes: string })[];
  return rows.map(({ id, attributes, ...named }) => ({
    id,
    attrs: { ...(JSON.parse(attributes) as Record<string, string | number | null>), ...named },
  }));
}
