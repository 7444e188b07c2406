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

interface ClientDbRow extends Omit<ClientRow, 'attributes' | 'zoneId' | 'overrideAgrees' | 'overrideFromOlderModel'> {
  attributes: string;
  overrideAgrees: number;
  overrideFromOlderModel: number;
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
export function listClients(db: Db, model: { id: string; version: number }, query: ClientListQuery): { total: number; rows: Omit<ClientRow, 'zoneId'>[] } {
  const where = whereClause(query);
  const from = `FROM clients c
    LEFT JOIN hospitals h ON h.id = c.hospital_id
    LEFT JOIN reps r ON r.id = c.rep_id
    LEFT JOIN grades g ON g.client_id = c.id AND g.model_id = @modelId
    LEFT JOIN overrides o ON o.client_id = c.id AND o.model_id = @modelId`;
  const params = { ...where.params, modelId: model.id };
  const total = (db.prepare(`SELECT count(*) AS n ${from} ${where.sql}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT c.id, c.hospital_id AS hospitalId, h.name AS hospitalName, h.class AS hospitalClass,
              c.department, c.name, c.title, c.beds_managed AS bedsManaged, c.volume_ours AS volumeOurs,
              c.volume_competitor AS volumeCompetitor, c.behaviour, c.rep_id AS repId, r.name AS repName,
              c.attributes, g.cell AS formulaCell, o.cell AS overrideCell, o.reason AS overrideReason,
              (o.cell IS NOT NULL AND o.cell IS g.cell) AS overrideAgrees,
              (o.cell IS NOT NULL AND o.model_version < @modelVersion) AS overrideFromOlderModel,
              COALESCE(o.cell, g.cell) AS cell
       ${from} ${where.sql}
       ORDER BY c.id LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, modelVersion: model.version, limit: query.limit, offset: query.offset }) as ClientDbRow[];
  return {
    total,
    rows: rows.map((row) => ({
      ...row,
      overrideAgrees: row.overrideAgrees === 1,
      overrideFromOlderModel: row.overrideFromOlderModel === 1,
      attributes: JSON.parse(row.attributes) as Attributes,
    })),
  };
}

/** The columns a model can read, in the order readGradingInputs selects them after the id. */
const GRADING_COLUMNS = [
  'hospitalClass',
  'hospitalRevenueWan',
  'hospitalBeds',
  'title',
  'bedsManaged',
  'volumeOurs',
  'volumeCompetitor',
  'behaviour',
] as const;

/**
 * Every client's grading inputs in one pass (a regrade reads these and nothing else).
 * Raw rows and a fixed column list keep this cheap at 100k clients; free attributes are
 * parsed only when a client has some.
 */
export function readGradingInputs(db: Db, clientId?: number): GradingInputRow[] {
  const rows = db
    .prepare(
      `SELECT c.id, h.class, h.revenue_wan, h.beds, c.title, c.beds_managed, c.volume_ours,
              c.volume_competitor, c.behaviour, c.attributes
       FROM clients c LEFT JOIN hospitals h ON h.id = c.hospital_id
       ${clientId === undefined ? '' : 'WHERE c.id = ?'}`,
    )
    .raw()
    .all(...(clientId === undefined ? [] : [clientId])) as (string | number | null)[][];
  return rows.map((row) => {
    const rawAttributes = row[9] as string;
    const attrs: Record<string, string | number | null> =
      rawAttributes === '{}' ? {} : (JSON.parse(rawAttributes) as Record<string, string | number | null>);
    for (let i = 0; i < GRADING_COLUMNS.length; i++) attrs[GRADING_COLUMNS[i]!] = row[i + 1] ?? null;
    return { id: row[0] as number, attrs };
  });
}
