import type { ClientQuery } from '../../../../shared/contract';
import { zoneOfCell, type ModelDefinition } from '../../../../shared/grading';
import type { Attributes, ClientRow } from '../../../../shared/domain/schemas';
import { CLIENT_FROM, clientQuerySql, fieldSql, type FieldSqlOptions } from './clientQuerySql';
import { EFFECTIVE_CELL, GRADE_JOINS } from './effectiveGrade';
import type { Db } from '../connection';
import { searchKeys } from '../../clients/searchKeys';

/** The attributes a grading model can read for each client, as the engine expects them. */
export interface GradingInputRow {
  id: number;
  attrs: Record<string, string | number | null>;
}

export interface ClientPage {
  total: number;
  zoneCounts: Record<string, number>;
  rows: Omit<ClientRow, 'zoneId'>[];
}

interface ClientDbRow extends Omit<ClientRow, 'attributes' | 'zoneId' | 'overrideAgrees' | 'overrideFromOlderModel'> {
  attributes: string;
  overrideAgrees: number;
  overrideFromOlderModel: number;
}

const ROW_COLUMNS = `c.id, c.hospital_id AS hospitalId, h.name AS hospitalName, h.class AS hospitalClass,
  c.department, c.name, c.title, c.beds_managed AS bedsManaged, c.volume_ours AS volumeOurs,
  c.volume_competitor AS volumeCompetitor, c.behaviour, c.rep_id AS repId, r.name AS repName,
  c.region, c.attributes, g.cell AS formulaCell, o.cell AS overrideCell, o.reason AS overrideReason,
  (o.cell IS NOT NULL AND o.cell IS g.cell) AS overrideAgrees,
  (o.cell IS NOT NULL AND o.model_version < @modelVersion) AS overrideFromOlderModel,
  ${EFFECTIVE_CELL} AS cell`;

function toClientRow(row: ClientDbRow): Omit<ClientRow, 'zoneId'> {
  return {
    ...row,
    overrideAgrees: row.overrideAgrees === 1,
    overrideFromOlderModel: row.overrideFromOlderModel === 1,
    attributes: JSON.parse(row.attributes) as Attributes,
  };
}

/**
 * The regions there are, in pinyin order (Chinese text sorts by its pinyin key, as names and
 * hospitals do), read from the partial index on clients.region.
 */
export function regionsInPinyinOrder(db: Db): string[] {
  return pinyinOrder(db.prepare('SELECT DISTINCT region FROM clients WHERE region IS NOT NULL').pluck().all() as string[]);
}

function pinyinOrder(regions: readonly string[]): string[] {
  const keyed = regions.map((region) => ({ region, key: searchKeys(region).key ?? '' }));
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return keyed.sort((a, b) => compare(a.key, b.key) || compare(a.region, b.region)).map((entry) => entry.region);
}

/**
 * Clients per region over all clients, as the region facets list them (no region first, then
 * pinyin order). The grid and the board ask for this on every load and after every change, so
 * it is read from the partial index on clients.region, not by a scan of the joined rows.
 */
function regionCounts(db: Db): { value: string | null; count: number }[] {
  const named = new Map(
    (db.prepare('SELECT region, count(*) AS n FROM clients WHERE region IS NOT NULL GROUP BY region').raw().all() as [string, number][]),
  );
  const total = db.prepare('SELECT count(*) FROM clients').pluck().get() as number;
  const blank = total - [...named.values()].reduce((sum, n) => sum + n, 0);
  const ordered = pinyinOrder([...named.keys()]).map((region) => ({ value: region, count: named.get(region)! }));
  return blank > 0 ? [{ value: null, count: blank }, ...ordered] : ordered;
}

/** What sorting needs from the database (asked for only when a query sorts by such a field). */
const sortOptions = (db: Db): FieldSqlOptions => ({ regionOrder: () => regionsInPinyinOrder(db) });

/**
 * One page of the grid: filtered, sorted and counted in SQL, so the renderer never holds
 * more than the rows it shows, and what it shows matches what SQL counted.
 */
export interface ClientCounts {
  total: number;
  zoneCounts: Record<string, number>;
}

/** Rows and rows per zone that a query matches (the grid's footer and scroll height). */
/**
 * The counts of every client (no filter), without joining each client to its grade: the
 * formula cells counted on the grades index, moved by the (few) overrides. At 500,000 clients
 * this is what keeps the grid's first block fast after each change.
 */
function countAllClients(db: Db, model: ModelDefinition): ClientCounts {
  const total = db.prepare('SELECT count(*) FROM clients').pluck().get() as number;
  const byCell = new Map<string | null, number>();
  let graded = 0;
  for (const { cell, n } of db.prepare('SELECT cell, count(*) AS n FROM grades WHERE model_id = ? GROUP BY cell').all(model.id) as { cell: string | null; n: number }[]) {
    byCell.set(cell, n);
    graded += n;
  }
  byCell.set(null, (byCell.get(null) ?? 0) + total - graded);
  const moves = db
    .prepare('SELECT g.cell AS formula, o.cell AS override FROM overrides o LEFT JOIN grades g ON g.model_id = o.model_id AND g.client_id = o.client_id WHERE o.model_id = ?')
    .all(model.id) as { formula: string | null; override: string }[];
  for (const { formula, override } of moves) {
    byCell.set(formula, (byCell.get(formula) ?? 0) - 1);
    byCell.set(override, (byCell.get(override) ?? 0) + 1);
  }
  const zoneCounts: Record<string, number> = {};
  for (const [cell, n] of byCell) {
    const zone = cell === null ? null : (zoneOfCell(model, cell)?.id ?? null);
    if (zone !== null && n > 0) zoneCounts[zone] = (zoneCounts[zone] ?? 0) + n;
  }
  return { total, zoneCounts };
}

export function countClients(db: Db, model: ModelDefinition, query: ClientQuery): ClientCounts {
  const sql = clientQuerySql(model, query);
  if (sql.where === '') return countAllClients(db, model);
  const counts = db
    .prepare(`SELECT ${sql.zone} AS zone, count(*) AS n ${CLIENT_FROM} ${sql.where} GROUP BY 1`)
    .all(sql.params) as { zone: string | null; n: number }[];
  const zoneCounts: Record<string, number> = {};
  let total = 0;
  for (const { zone, n } of counts) {
    total += n;
    if (zone !== null) zoneCounts[zone] = n;
  }
  return { total, zoneCounts };
}

/**
 * One page of the grid: filtered, sorted and counted in SQL, so the renderer never holds
 * more than the rows it shows, and what it shows matches what SQL counted. Counts can be
 * passed in when the caller already has them for this query and data.
 */
export function pageClients(
  db: Db,
  model: ModelDefinition,
  modelVersion: number,
  query: ClientQuery,
  offset: number,
  limit: number,
  knownCounts?: ClientCounts,
): ClientPage {
  const sql = clientQuerySql(model, query, sortOptions(db));
  const { total, zoneCounts } = knownCounts ?? countClients(db, model, query);
  const rows = db
    .prepare(`SELECT ${ROW_COLUMNS} ${CLIENT_FROM} ${sql.where} ${sql.orderBy} LIMIT @limit OFFSET @offset`)
    .all({ ...sql.params, modelVersion, limit, offset }) as ClientDbRow[];
  return { total, zoneCounts, rows: rows.map(toClientRow) };
}

/** Rows by id, in the order given (after an edit, for the grid to refresh them). */
export function clientRowsById(db: Db, model: { id: string; version: number }, ids: readonly number[]): Omit<ClientRow, 'zoneId'>[] {
  const rows = db
    .prepare(`SELECT ${ROW_COLUMNS} FROM json_each(@ids) j JOIN clients c ON c.id = j.value
      LEFT JOIN hospitals h ON h.id = c.hospital_id LEFT JOIN reps r ON r.id = c.rep_id
      ${GRADE_JOINS}`)
    .all({ ids: JSON.stringify(ids), modelId: model.id, modelVersion: model.version }) as ClientDbRow[];
  const byId = new Map(rows.map((row) => [row.id, toClientRow(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * The inputs the clients and hospitals tables keep in columns, in the order readGradingInputs
 * selects them after the id; every other input lives in `attributes`.
 */
export const GRADING_COLUMNS = [
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
export function readGradingInputs(db: Db, clientIds?: readonly number[]): GradingInputRow[] {
  const rows = db
    .prepare(
      `SELECT c.id, h.class, h.revenue_wan, h.beds, c.title, c.beds_managed, c.volume_ours,
              c.volume_competitor, c.behaviour, c.attributes
       FROM clients c LEFT JOIN hospitals h ON h.id = c.hospital_id
       ${clientIds === undefined ? '' : 'WHERE c.id IN (SELECT value FROM json_each(?))'}`,
    )
    .raw()
    .all(...(clientIds === undefined ? [] : [JSON.stringify(clientIds)])) as (string | number | null)[][];
  return rows.map((row) => {
    const rawAttributes = row[9] as string;
    const attrs: Record<string, string | number | null> =
      rawAttributes === '{}' ? {} : (JSON.parse(rawAttributes) as Record<string, string | number | null>);
    for (let i = 0; i < GRADING_COLUMNS.length; i++) attrs[GRADING_COLUMNS[i]!] = row[i + 1] ?? null;
    return { id: row[0] as number, attrs };
  });
}

/** The distinct values of one grid column under a query, with counts (the filter's checklist). */
export function clientFacets(db: Db, model: ModelDefinition, field: string, query: ClientQuery, limit: number): { value: string | number | null; count: number }[] {
  const sql = clientQuerySql(model, query);
  if (field === 'region' && sql.where === '') return regionCounts(db).slice(0, limit);
  const column = fieldSql(model, sortOptions(db))(field, sql.params);
  return db
    .prepare(`SELECT ${column.value} AS value, count(*) AS count ${CLIENT_FROM} ${sql.where} GROUP BY 1 ORDER BY ${column.sort === column.value ? '1' : `min(${column.sort})`} LIMIT @facetLimit`)
    .all({ ...sql.params, facetLimit: limit }) as { value: string | number | null; count: number }[];
}

/** Every client id a query keeps, in its order (select all). */
export function clientIdsOf(db: Db, model: ModelDefinition, query: ClientQuery): number[] {
  const sql = clientQuerySql(model, query, sortOptions(db));
  return db.prepare(`SELECT c.id ${CLIENT_FROM} ${sql.where} ${sql.orderBy}`).pluck().all(sql.params) as number[];
}
