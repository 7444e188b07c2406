import type { ClientQuery, ColumnCondition } from '../../../../shared/contract';
import { boardGrid, visitsPerMonthOfCell, zoneOfCell, type ModelDefinition, type ModelInput } from '../../../../shared/grading';
import { attributeInputsOfModel } from '../../../../shared/models';
import { EFFECTIVE_CELL, GRADE_JOINS } from './effectiveGrade';

export const CLIENT_FROM = `FROM clients c
  LEFT JOIN hospitals h ON h.id = c.hospital_id
  LEFT JOIN reps r ON r.id = c.rep_id
  ${GRADE_JOINS}`;

type Params = Record<string, string | number | null>;

function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A CASE over the effective cell, so values derived from the model can be filtered and sorted in SQL. */
function caseOverCell(model: ModelDefinition, valueOf: (code: string) => string | number | null, cell = EFFECTIVE_CELL): string {
  const branches = model.cells
    .map((c) => {
      const value = valueOf(c.code);
      return `WHEN ${sqlString(c.code)} THEN ${value === null ? 'NULL' : typeof value === 'number' ? String(value) : sqlString(value)}`;
    })
    .join(' ');
  return `(CASE ${cell} ${branches} ELSE NULL END)`;
}

interface FieldSql {
  /** The value, for filters and the equality part of sorting. */
  value: string;
  /** What to order by (pinyin keys for Chinese text). */
  sort: string;
  numeric: boolean;
}

/** What some fields need from the database to sort: the regions in pinyin order (read only when asked for). */
export interface FieldSqlOptions {
  regionOrder?: () => readonly string[];
}

/** More regions than this sort by their text, not by pinyin (a roll-up has a handful). */
export const MAX_RANKED_REGIONS = 500;

/**
 * The region's sort: its rank in pinyin order as a CASE over the regions there are (bound
 * parameters, never spliced). Regions have no pinyin key column: there are few of them, so
 * ranking them per query is cheaper than keeping a key on every client row. A region not in
 * the list (written since) sorts after the known ones, blanks last as everywhere.
 */
function regionSortSql(order: readonly string[] | undefined, params: Params): string {
  if (!order || order.length === 0 || order.length > MAX_RANKED_REGIONS) return 'c.region';
  const branches = order.map((region, rank) => {
    params[`regionRank${rank}`] = region;
    return `WHEN c.region = @regionRank${rank} THEN ${rank}`;
  });
  return `(CASE WHEN c.region IS NULL THEN NULL ${branches.join(' ')} ELSE ${order.length} END)`;
}

/**
 * SQL for every field of the client grid under one model. Potential and behaviour digit are
 * the board's row and column axis values of the effective cell.
 */
export function fieldSql(model: ModelDefinition, options: FieldSqlOptions = {}): (field: string, params: Params) => FieldSql {
  const grid = boardGrid(model);
  const axisValueOf = (axisIndex: 0 | 1) => (code: string) => {
    const layout = axisIndex === 0 ? model.layout.rows : model.layout.columns;
    const cell = model.cells.find((c) => c.code === code);
    return layout && cell ? (cell.axisValues[layout.axis] ?? null) : null;
  };
  const zone = caseOverCell(model, (code) => zoneOfCell(model, code)?.id ?? null);
  const fixed: Record<string, FieldSql> = {
    id: { value: 'c.id', sort: 'c.id', numeric: true },
    hospitalName: { value: 'h.name', sort: 'h.name_key', numeric: false },
    hospitalClass: { value: 'h.class', sort: 'h.class', numeric: false },
    department: { value: 'c.department', sort: 'c.department_key', numeric: false },
    name: { value: 'c.name', sort: 'c.name_key', numeric: false },
    title: { value: 'c.title', sort: 'c.title', numeric: false },
    bedsManaged: { value: 'c.beds_managed', sort: 'c.beds_managed', numeric: true },
    volumeOurs: { value: 'c.volume_ours', sort: 'c.volume_ours', numeric: true },
    volumeCompetitor: { value: 'c.volume_competitor', sort: 'c.volume_competitor', numeric: true },
    behaviour: { value: 'c.behaviour', sort: 'c.behaviour', numeric: false },
    repName: { value: 'r.name', sort: 'r.name_key', numeric: false },
    potential: { value: caseOverCell(model, axisValueOf(0)), sort: caseOverCell(model, (code) => rankInAxis(model, code, 0)), numeric: false },
    behaviourDigit: { value: caseOverCell(model, axisValueOf(1)), sort: caseOverCell(model, (code) => rankInAxis(model, code, 1)), numeric: false },
    formulaCell: { value: 'g.cell', sort: caseOverCell(model, (code) => cellOrder(grid.rows, code), 'g.cell'), numeric: false },
    overrideCell: { value: 'o.cell', sort: caseOverCell(model, (code) => cellOrder(grid.rows, code), 'o.cell'), numeric: false },
    cell: { value: EFFECTIVE_CELL, sort: caseOverCell(model, (code) => cellOrder(grid.rows, code)), numeric: false },
    zone: { value: zone, sort: caseOverCell(model, (code) => model.zones.findIndex((z) => z.id === zoneOfCell(model, code)?.id)), numeric: false },
    visitsPerMonth: { value: caseOverCell(model, (code) => visitsPerMonthOfCell(model, code)), sort: caseOverCell(model, (code) => visitsPerMonthOfCell(model, code)), numeric: true },
  };
  const inputs = new Map(attributeInputsOfModel(model).map((input) => [input.attribute, input]));
  let attributeParams = 0;
  let region: FieldSql | undefined;
  return (field, params) => {
    if (field === 'region') {
      region ??= { value: 'c.region', sort: regionSortSql(options.regionOrder?.(), params), numeric: false };
      return region;
    }
    const known = fixed[field];
    if (known) return known;
    // Free attributes: the JSON path is a bound parameter, never spliced into SQL.
    const key = field.slice('attr:'.length);
    const name = `attrPath${attributeParams++}`;
    params[name] = `$."${key.replace(/["\\]/g, '')}"`;
    const value = `json_extract(c.attributes, @${name})`;
    return attributeSql(value, inputs.get(key));
  };
}

/**
 * An attribute as the active model's input types it: numbers compare and sort as numbers
 * (the grid stores them as JSON numbers); a choice sorts in the order the input lists its
 * values (已保有, 发展中, 获取中), not by its code; anything else as text.
 */
function attributeSql(value: string, input: ModelInput | undefined): FieldSql {
  if (input?.type === 'number') return { value, sort: value, numeric: true };
  const choices = input?.type === 'choice' ? (input.values ?? []) : [];
  if (choices.length === 0) return { value, sort: value, numeric: false };
  // Blanks stay NULL (sorted last); a word the input does not list sorts after the listed ones.
  const branches = choices.map((choice, rank) => `WHEN ${value} = ${sqlString(choice.value)} THEN ${rank}`).join(' ');
  return { value, sort: `(CASE WHEN ${value} IS NULL THEN NULL ${branches} ELSE ${choices.length} END)`, numeric: false };
}

function cellOrder(rows: string[][], code: string): number {
  return rows.flat().indexOf(code);
}

function rankInAxis(model: ModelDefinition, code: string, axisIndex: 0 | 1): number | null {
  const layout = axisIndex === 0 ? model.layout.rows : model.layout.columns;
  const cell = model.cells.find((c) => c.code === code);
  const axis = model.axes.find((a) => a.id === layout?.axis);
  if (!layout || !cell || !axis) return null;
  return axis.values.findIndex((v) => v.value === cell.axisValues[layout.axis]);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

function conditionSql(condition: ColumnCondition, field: FieldSql, params: Params, n: number): string {
  const p = (suffix: string, value: string | number | null) => {
    params[`c${n}${suffix}`] = value;
    return `@c${n}${suffix}`;
  };
  const v = field.value;
  if (condition.kind === 'set') {
    const hasNull = condition.values.includes(null);
    const values = condition.values.filter((x): x is string => x !== null);
    const parts: string[] = [];
    if (values.length > 0) parts.push(`${v} IN (SELECT value FROM json_each(${p('set', JSON.stringify(values))}))`);
    if (hasNull) parts.push(`${v} IS NULL`);
    return parts.length === 0 ? '0' : `(${parts.join(' OR ')})`;
  }
  if (condition.op === 'blank') return condition.kind === 'text' ? `(${v} IS NULL OR ${v} = '')` : `${v} IS NULL`;
  if (condition.op === 'notBlank') return condition.kind === 'text' ? `(${v} IS NOT NULL AND ${v} <> '')` : `${v} IS NOT NULL`;
  if (condition.kind === 'text') {
    const text = condition.value ?? '';
    switch (condition.op) {
      case 'contains':
        return `${v} LIKE ${p('', `%${escapeLike(text)}%`)} ESCAPE '\\'`;
      case 'notContains':
        return `(${v} IS NULL OR ${v} NOT LIKE ${p('', `%${escapeLike(text)}%`)} ESCAPE '\\')`;
      case 'startsWith':
        return `${v} LIKE ${p('', `${escapeLike(text)}%`)} ESCAPE '\\'`;
      case 'endsWith':
        return `${v} LIKE ${p('', `%${escapeLike(text)}`)} ESCAPE '\\'`;
      case 'equals':
        return `${v} = ${p('', text)}`;
      case 'notEqual':
        return `(${v} IS NULL OR ${v} <> ${p('', text)})`;
    }
  }
  const value = condition.value ?? 0;
  switch (condition.op) {
    case 'equals':
      return `${v} = ${p('', value)}`;
    case 'notEqual':
      return `(${v} IS NULL OR ${v} <> ${p('', value)})`;
    case 'lessThan':
      return `${v} < ${p('', value)}`;
    case 'lessThanOrEqual':
      return `${v} <= ${p('', value)}`;
    case 'greaterThan':
      return `${v} > ${p('', value)}`;
    case 'greaterThanOrEqual':
      return `${v} >= ${p('', value)}`;
    case 'inRange':
      return `${v} BETWEEN ${p('', value)} AND ${p('To', condition.valueTo ?? value)}`;
  }
  return '1';
}

export interface ClientQuerySql {
  where: string;
  orderBy: string;
  zone: string;
  params: Params;
}

/** Turns the grid's query (quick search, chips, column filters, sort) into SQL over CLIENT_FROM. */
export function clientQuerySql(model: ModelDefinition, query: ClientQuery, options: FieldSqlOptions = {}): ClientQuerySql {
  const params: Params = { modelId: model.id };
  const field = fieldSql(model, options);
  const where: string[] = [];
  const search = query.search?.trim();
  if (search) {
    params.search = `%${escapeLike(search)}%`;
    params.searchLower = `%${escapeLike(search.toLowerCase().replace(/\s+/g, ''))}%`;
    where.push(
      `(c.name LIKE @search ESCAPE '\\' OR h.name LIKE @search ESCAPE '\\' OR c.department LIKE @search ESCAPE '\\'
        OR c.name_initials LIKE @searchLower ESCAPE '\\' OR h.name_initials LIKE @searchLower ESCAPE '\\'
        OR replace(c.name_key, ' ', '') LIKE @searchLower ESCAPE '\\')`,
    );
  }
  const zone = field('zone', params).value;
  if (query.zones?.length) {
    params.zones = JSON.stringify(query.zones);
    where.push(`${zone} IN (SELECT value FROM json_each(@zones))`);
  }
  if (query.cells?.length) {
    params.cells = JSON.stringify(query.cells);
    where.push(`${EFFECTIVE_CELL} IN (SELECT value FROM json_each(@cells))`);
  }
  if (query.repIds?.length) {
    const ids = query.repIds.filter((id): id is number => id !== null);
    const parts = ids.length ? [`c.rep_id IN (SELECT value FROM json_each(@repIds))`] : [];
    if (query.repIds.includes(null)) parts.push('c.rep_id IS NULL');
    params.repIds = JSON.stringify(ids);
    where.push(`(${parts.join(' OR ')})`);
  }
  if (query.regions?.length) {
    const names = query.regions.filter((name): name is string => name !== null);
    const parts = names.length ? ['c.region IN (SELECT value FROM json_each(@regions))'] : [];
    if (query.regions.includes(null)) parts.push('c.region IS NULL');
    params.regions = JSON.stringify(names);
    where.push(`(${parts.join(' OR ')})`);
  }
  if (query.overriddenOnly) where.push('o.cell IS NOT NULL');
  (query.conditions ?? []).forEach((condition, n) => where.push(conditionSql(condition, field(condition.field, params), params, n)));
  const order = (query.sort ?? []).map((s) => {
    const f = field(s.field, params);
    const dir = s.dir === 'desc' ? 'DESC' : 'ASC';
    // Blank values last in both directions, the way spreadsheets show them.
    return `(${f.sort} IS NULL), ${f.sort} ${dir}${f.numeric ? '' : `, ${f.value} ${dir}`}`;
  });
  return {
    where: where.length ? `WHERE ${where.join(' AND ')}` : '',
    orderBy: `ORDER BY ${[...order, 'c.id'].join(', ')}`,
    zone,
    params,
  };
}
