import { CLIENT_FIELDS, type ClientQuery, type ColumnCondition } from '../../../../shared/contract';

/**
 * The grid's sort and filter models, plus the page's own filters (quick search, chips,
 * "overridden only"), turned into the contract's client query. Pure: no grid, no DOM.
 */

/** The page's filters outside the grid (kept in the filter store). */
export interface PageFilters {
  search: string;
  zones: readonly string[];
  cells: readonly string[];
  repIds: readonly (number | null)[];
  /** Regions (regional roll-ups); null = clients without a region. */
  regions: readonly (string | null)[];
  overriddenOnly: boolean;
}

export const NO_PAGE_FILTERS: PageFilters = { search: '', zones: [], cells: [], repIds: [], regions: [], overriddenOnly: false };

export interface GridSortItem {
  colId: string;
  sort: 'asc' | 'desc' | null | undefined;
}

/** Our set-like filter's model (built from Community pieces): keep rows whose value is one of these. */
export interface FacetFilterModel {
  filterType: 'facet';
  values: (string | null)[];
}

const TEXT_OPS = ['contains', 'notContains', 'equals', 'notEqual', 'startsWith', 'endsWith', 'blank', 'notBlank'] as const;
const NUMBER_OPS = ['equals', 'notEqual', 'lessThan', 'lessThanOrEqual', 'greaterThan', 'greaterThanOrEqual', 'inRange', 'blank', 'notBlank'] as const;
type TextOp = (typeof TEXT_OPS)[number];
type NumberOp = (typeof NUMBER_OPS)[number];

/** The filter options the grid may offer: exactly what the core runs in SQL. */
export const TEXT_FILTER_OPTIONS: readonly TextOp[] = TEXT_OPS;
export const NUMBER_FILTER_OPTIONS: readonly NumberOp[] = NUMBER_OPS;

/** The contract's limits (ClientQuerySchema): longer input is cut, never sent to be refused. */
export const MAX_SEARCH = 200;
const MAX_TEXT = 200;
const MAX_SORT = 5;
const MAX_CONDITIONS = 40;
const MAX_SET_VALUES = 1000;
const MAX_REGIONS = 500;
const MAX_REGION_TEXT = 100;

/** A grid column id the core can sort and filter: a known field or a free attribute ('attr:<key>'). */
export function isQueryField(colId: string): boolean {
  return (CLIENT_FIELDS as readonly string[]).includes(colId) || /^attr:[^"\\]{1,64}$/.test(colId);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function textCondition(field: string, model: Record<string, unknown>): ColumnCondition | null {
  const op = model.type;
  if (typeof op !== 'string' || !(TEXT_OPS as readonly string[]).includes(op)) return null;
  if (op === 'blank' || op === 'notBlank') return { kind: 'text', field, op: op as TextOp };
  const value = typeof model.filter === 'string' ? model.filter.slice(0, MAX_TEXT) : typeof model.filter === 'number' ? String(model.filter) : '';
  // An empty text matches everything: the grid treats it as "no filter", and so do we.
  if (value === '') return null;
  return { kind: 'text', field, op: op as TextOp, value };
}

function numberCondition(field: string, model: Record<string, unknown>): ColumnCondition | null {
  const op = model.type;
  if (typeof op !== 'string' || !(NUMBER_OPS as readonly string[]).includes(op)) return null;
  if (op === 'blank' || op === 'notBlank') return { kind: 'number', field, op: op as NumberOp };
  const value = typeof model.filter === 'number' && Number.isFinite(model.filter) ? model.filter : null;
  if (value === null) return null;
  if (op === 'inRange') {
    const to = typeof model.filterTo === 'number' && Number.isFinite(model.filterTo) ? model.filterTo : null;
    if (to === null) return null;
    return { kind: 'number', field, op: 'inRange', value: Math.min(value, to), valueTo: Math.max(value, to) };
  }
  return { kind: 'number', field, op: op as NumberOp, value };
}

function simpleCondition(field: string, model: Record<string, unknown>): ColumnCondition | null {
  if (model.filterType === 'text') return textCondition(field, model);
  if (model.filterType === 'number') return numberCondition(field, model);
  return null;
}

/**
 * One column's filter model as conditions (ANDed by the core). Returns null when the model
 * cannot be expressed (an OR of several conditions): the caller reports it instead of
 * silently showing other rows than the filter says.
 */
export function conditionsOfColumn(field: string, model: unknown): ColumnCondition[] | null {
  if (!isObject(model) || !isQueryField(field)) return [];
  if (model.filterType === 'facet') {
    const values = Array.isArray(model.values) ? model.values : [];
    const clean = values
      .filter((v): v is string | null => v === null || typeof v === 'string' || typeof v === 'number')
      .map((v) => (v === null ? null : String(v).slice(0, MAX_TEXT)));
    return [{ kind: 'set', field, values: [...new Set(clean)].slice(0, MAX_SET_VALUES) }];
  }
  if (Array.isArray(model.conditions)) {
    const parts = model.conditions.filter(isObject).map((c) => simpleCondition(field, { filterType: model.filterType, ...c }));
    const kept = parts.filter((c): c is ColumnCondition => c !== null);
    if (model.operator === 'OR' && kept.length > 1) return null;
    return kept;
  }
  const single = simpleCondition(field, model);
  return single ? [single] : [];
}

export interface GridQueryInput {
  sortModel?: readonly GridSortItem[];
  filterModel?: Record<string, unknown> | null;
  filters?: PageFilters;
  /** Leave this column's own filter out (a set filter lists values under the other filters). */
  excludeField?: string;
}

/** The contract query for what the grid shows. */
export function gridToQuery({ sortModel = [], filterModel = {}, filters = NO_PAGE_FILTERS, excludeField }: GridQueryInput): ClientQuery {
  const query: ClientQuery = {};
  const search = filters.search.trim().slice(0, MAX_SEARCH);
  if (search) query.search = search;
  if (filters.zones.length) query.zones = [...new Set(filters.zones)];
  if (filters.cells.length) query.cells = [...new Set(filters.cells)];
  if (filters.repIds.length) query.repIds = [...new Set(filters.repIds)];
  if (filters.regions.length) query.regions = [...new Set(filters.regions.map((r) => (r === null ? null : r.slice(0, MAX_REGION_TEXT))))].slice(0, MAX_REGIONS);
  if (filters.overriddenOnly) query.overriddenOnly = true;

  const conditions: ColumnCondition[] = [];
  for (const [field, model] of Object.entries(filterModel ?? {})) {
    if (field === excludeField) continue;
    conditions.push(...(conditionsOfColumn(field, model) ?? []));
  }
  if (conditions.length) query.conditions = conditions.slice(0, MAX_CONDITIONS);

  const sort = sortModel
    .filter((s): s is GridSortItem & { sort: 'asc' | 'desc' } => (s.sort === 'asc' || s.sort === 'desc') && isQueryField(s.colId))
    .slice(0, MAX_SORT)
    .map((s) => ({ field: s.colId, dir: s.sort }));
  if (sort.length) query.sort = sort;
  return query;
}

/** Columns whose filter the core cannot run as given (an OR of two conditions). */
export function unsupportedFilters(filterModel: Record<string, unknown> | null | undefined): string[] {
  return Object.entries(filterModel ?? {})
    .filter(([field, model]) => conditionsOfColumn(field, model) === null)
    .map(([field]) => field);
}

/** A query with no filter at all (search, chips and column filters empty)? */
export function isUnfiltered(query: ClientQuery): boolean {
  return (
    !query.search &&
    !query.zones?.length &&
    !query.cells?.length &&
    !query.repIds?.length &&
    !query.regions?.length &&
    !query.overriddenOnly &&
    !query.conditions?.length
  );
}
