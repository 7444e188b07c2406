import type { CellClassParams, ColDef, ICellEditorParams, TooltipCallbackParams, ValueFormatterParams, ValueGetterParams } from 'ag-grid-community';
import type { Api, ClientChanges, ClientQuery } from '../../../../shared/contract';
import type { ClientRow, LocalizedText } from '../../../../shared/domain/schemas';
import {
  choiceLabel,
  choicesOf,
  enteredAttributesOfModel,
  isBuiltinAttribute,
  parseInputValue,
  visitsPerMonthOfCell,
  type BuiltinAttribute,
  type Dictionary,
  type ModelDefinition,
  type ModelInput,
} from '../../../../shared/grading';
import type { Locale } from '../../../../shared/i18n/locales';
import { vocabularyOfModel } from '../../../../shared/models';
import { inputHeader } from '../../../../shared/transfer/synonyms';
import { NUMBER_FILTER_OPTIONS, TEXT_FILTER_OPTIONS } from './gridQuery';
import {
  NUMBER_LIMITS,
  parseAttribute,
  parseRepName,
  parseText,
  parseWholeNumber,
  parseWord,
  type Invalid,
  type NumberField,
  type Parsed,
  type TextField,
} from './validators';

/**
 * The client grid's columns as data, and the AG Grid column definitions built from them.
 * No React and no DOM here: renderers, editors and filters are referred to by the names
 * the grid registers (GRID_COMPONENTS in ClientGrid), so the definitions are unit-testable.
 */

export type Translate = (key: string, params?: Record<string, unknown>) => string;
export type DictionaryId = 'title' | 'hospitalClass' | 'behaviour';
/** 'input': one of the active model's inputs kept in attributes, typed by its declaration. */
export type EditKind = 'text' | 'number' | 'word' | 'rep' | 'attribute' | 'input';
export type FilterKind = 'text' | 'number' | 'facet';
/** How a facet filter shows its values ('choice': by the model input's value labels). */
export type FacetLabel = 'plain' | 'zone' | 'cell' | 'region' | 'choice';

export interface ZoneInfo {
  id: string;
  name: LocalizedText;
  color: string;
}

/** What cell value getters, formatters and editors read; one mutable object given to the grid as `context`. */
export interface GridContext {
  locale: Locale;
  t: Translate;
  api: Api | null;
  model: ModelDefinition | null;
  zones: Map<string, ZoneInfo>;
  reps: { id: number; name: string }[];
  /** The stored dictionaries by id: the built-in word fields' and the model inputs'. */
  dictionaries: Partial<Record<string, Dictionary>>;
  /** The active model's inputs kept in attributes, by attribute (columns 'attr:<attribute>'). */
  inputs: ReadonlyMap<string, ModelInput>;
  /** Words each dropdown offers (dictionary match words, Chinese first). */
  choices: Partial<Record<DictionaryId, string[]>>;
  /** Refused edits, by `${rowId}:${colId}` → message, shown at the cell until the next edit. */
  cellErrors: Map<string, string>;
  /** The query without one column's filter (what a set filter lists values under). */
  queryWithout(field: string): ClientQuery;
}

export function emptyGridContext(t: Translate, locale: Locale): GridContext {
  return {
    locale,
    t,
    api: null,
    model: null,
    zones: new Map(),
    reps: [],
    dictionaries: {},
    inputs: new Map(),
    choices: {},
    cellErrors: new Map(),
    queryWithout: () => ({}),
  };
}

export interface ColumnSpec {
  colId: string;
  /** i18n key of the header (grid.col.*), or the header itself for free attributes. */
  header: string;
  filter: FilterKind | null;
  edit: EditKind | null;
  dictionary?: DictionaryId;
  /** The model input the column edits (edit 'input'). */
  input?: ModelInput;
  facetLabel?: FacetLabel;
  width: number;
  hide?: boolean;
  pinned?: 'left';
  numeric?: boolean;
}

/** Every column, in the default order: name and cell first (pinned), the grading inputs, then the other results. */
export const COLUMN_SPECS: readonly ColumnSpec[] = [
  { colId: 'id', header: 'grid.col.id', filter: 'number', edit: null, width: 80, hide: true, numeric: true },
  { colId: 'name', header: 'grid.col.name', filter: 'text', edit: 'text', width: 100, pinned: 'left' },
  // The cell that counts stays in view beside the name, coloured by zone, with the zone's name.
  { colId: 'cell', header: 'grid.col.cell', filter: 'facet', facetLabel: 'cell', edit: null, width: 176, pinned: 'left' },
  // Regional roll-ups: shown by default once the database holds more than one region (regions.ts).
  { colId: 'region', header: 'grid.col.region', filter: 'facet', facetLabel: 'region', edit: 'text', width: 96, hide: true },
  { colId: 'hospitalName', header: 'grid.col.hospitalName', filter: 'text', edit: 'text', width: 190 },
  { colId: 'hospitalClass', header: 'grid.col.hospitalClass', filter: 'facet', edit: 'word', dictionary: 'hospitalClass', width: 110 },
  { colId: 'department', header: 'grid.col.department', filter: 'text', edit: 'text', width: 110 },
  { colId: 'title', header: 'grid.col.title', filter: 'facet', edit: 'word', dictionary: 'title', width: 120 },
  { colId: 'bedsManaged', header: 'grid.col.bedsManaged', filter: 'number', edit: 'number', width: 90, numeric: true },
  { colId: 'volumeOurs', header: 'grid.col.volumeOurs', filter: 'number', edit: 'number', width: 130, numeric: true },
  { colId: 'volumeCompetitor', header: 'grid.col.volumeCompetitor', filter: 'number', edit: 'number', width: 130, numeric: true },
  { colId: 'behaviour', header: 'grid.col.behaviour', filter: 'facet', edit: 'word', dictionary: 'behaviour', width: 100 },
  { colId: 'repName', header: 'grid.col.repName', filter: 'facet', edit: 'rep', width: 90 },
  { colId: 'potential', header: 'grid.col.potential', filter: 'facet', edit: null, width: 90 },
  { colId: 'behaviourDigit', header: 'grid.col.behaviourDigit', filter: 'facet', edit: null, width: 90 },
  { colId: 'formulaCell', header: 'grid.col.formulaCell', filter: 'facet', facetLabel: 'cell', edit: null, width: 96 },
  { colId: 'overrideCell', header: 'grid.col.overrideCell', filter: 'facet', facetLabel: 'cell', edit: null, width: 110 },
  { colId: 'zone', header: 'grid.col.zone', filter: 'facet', facetLabel: 'zone', edit: null, width: 96, hide: true },
  { colId: 'visitsPerMonth', header: 'grid.col.visitsPerMonth', filter: 'number', edit: null, width: 110, numeric: true },
];

/** A model's attributes that are not built-in fields: they are kept in the client's attributes, each with its own column. */
export function freeAttributesOf(attributes: readonly string[]): string[] {
  return [...new Set(attributes)].filter((name) => !isBuiltinAttribute(name) && /^[^"\\]{1,64}$/.test(name));
}

/** A model input's column: typed editor, filter and sort (number range, choice facet, text). */
function inputSpec(input: ModelInput): ColumnSpec {
  const base = { colId: `attr:${input.attribute}`, header: input.attribute, edit: 'input' as const, input };
  switch (input.type) {
    case 'number':
      return { ...base, filter: 'number', numeric: true, width: 130 };
    case 'choice':
      return { ...base, filter: 'facet', facetLabel: 'choice', width: 120 };
    case 'date':
      return { ...base, filter: 'text', width: 120 };
    case 'text':
      return { ...base, filter: 'text', width: 140 };
  }
}

/**
 * The columns for a model: the fixed ones, with its inputs (typed, in the order it declares
 * them) and any other attribute it reads before the computed results.
 */
export function columnSpecs(freeAttributes: readonly string[], inputs: readonly ModelInput[] = []): ColumnSpec[] {
  const typed = inputs.filter((input) => !isBuiltinAttribute(input.attribute) && /^[^"\\]{1,64}$/.test(input.attribute));
  const declared = new Set(typed.map((input) => input.attribute));
  const attributeSpecs: ColumnSpec[] = [
    ...typed.map(inputSpec),
    ...freeAttributesOf(freeAttributes)
      .filter((name) => !declared.has(name))
      .map((name): ColumnSpec => ({ colId: `attr:${name}`, header: name, filter: 'text', edit: 'attribute', width: 120 })),
  ];
  const at = COLUMN_SPECS.findIndex((spec) => spec.colId === 'potential');
  return [...COLUMN_SPECS.slice(0, at), ...attributeSpecs, ...COLUMN_SPECS.slice(at)];
}

/** The built-in columns of the pharma grading table, by the model attribute each one edits. */
const PHARMA_COLUMNS: readonly [string, BuiltinAttribute][] = [
  ['hospitalClass', 'hospitalClass'],
  ['title', 'title'],
  ['bedsManaged', 'bedsManaged'],
  ['volumeOurs', 'volumeOurs'],
  ['volumeCompetitor', 'volumeCompetitor'],
  ['behaviour', 'behaviour'],
];

/**
 * Which built-in columns the model hides by default: under a model that does not speak of
 * doctors (B2B, retail, staff), the pharma columns it does not read. The column chooser still
 * shows them, and a choice the user saved wins (regions.ts defaultVisibility).
 */
export function modelDefaultHidden(model: ModelDefinition | null): Record<string, boolean> {
  if (!model) return {};
  const pharma = vocabularyOfModel(model).client === 'doctor';
  const reads = new Set(enteredAttributesOfModel(model));
  return Object.fromEntries(PHARMA_COLUMNS.map(([colId, attribute]) => [colId, !pharma && !reads.has(attribute)]));
}

// ---------------------------------------------------------------------------------------------
// Values computed from the effective cell and the active model (the core computes the same in SQL).

function axisValueOfCell(model: ModelDefinition | null, cell: string | null | undefined, line: 'rows' | 'columns'): string | null {
  if (!model || !cell) return null;
  const layout = model.layout[line];
  const found = model.cells.find((c) => c.code === cell);
  return layout && found ? (found.axisValues[layout.axis] ?? null) : null;
}

/** The potential letter (the board's row value) of a cell: A1 → A. */
export const potentialOf = (model: ModelDefinition | null, cell: string | null | undefined) => axisValueOfCell(model, cell, 'rows');
/** The behaviour digit (the board's column value) of a cell: A1 → 1. */
export const behaviourDigitOf = (model: ModelDefinition | null, cell: string | null | undefined) => axisValueOfCell(model, cell, 'columns');

export function visitsOf(model: ModelDefinition | null, cell: string | null | undefined): number | null {
  return model && cell ? visitsPerMonthOfCell(model, cell) : null;
}

/** A value of a column as text, as the grid shows it and as copying writes it (a choice by its label, which pastes back). */
export function formatValue(colId: string, value: unknown, ctx: Pick<GridContext, 'zones' | 'locale'> & Partial<Pick<GridContext, 'inputs'>>): string {
  if (value === null || value === undefined) return '';
  if (colId === 'zone') return ctx.zones.get(String(value))?.name[ctx.locale] ?? String(value);
  if (colId.startsWith('attr:')) {
    const input = ctx.inputs?.get(colId.slice(5));
    if (input?.type === 'choice' && typeof value === 'string' && value !== '') return choiceLabel(input, value, ctx.locale);
    // Amounts read better grouped (2,500,000); the grouping pastes back as the same number.
    if (input?.type === 'number' && typeof value === 'number') return value.toLocaleString(ctx.locale, { maximumFractionDigits: 6 });
  }
  if (colId === 'visitsPerMonth' && typeof value === 'number') return String(Math.round(value * 10) / 10);
  return String(value);
}

/** A row's value for a column, as display text. */
export function displayValue(row: ClientRow, colId: string, ctx: Pick<GridContext, 'zones' | 'locale' | 'model'> & Partial<Pick<GridContext, 'inputs'>>): string {
  return formatValue(colId, rawValue(row, colId, ctx), ctx);
}

/** A row's raw value for a column id (the contract field names). */
export function rawValue(row: ClientRow, colId: string, ctx: Pick<GridContext, 'model'>): string | number | null {
  switch (colId) {
    case 'potential':
      return potentialOf(ctx.model, row.cell);
    case 'behaviourDigit':
      return behaviourDigitOf(ctx.model, row.cell);
    case 'zone':
      return row.zoneId;
    case 'visitsPerMonth':
      return visitsOf(ctx.model, row.cell);
    default:
      if (colId.startsWith('attr:')) return row.attributes[colId.slice(5)] ?? null;
      return (row as unknown as Record<string, string | number | null>)[colId] ?? null;
  }
}

// ---------------------------------------------------------------------------------------------
// Edits: what a typed, chosen or pasted value means as contract changes.

const NUMBER_FIELDS = new Set<string>(Object.keys(NUMBER_LIMITS));
const TEXT_FIELDS = new Set<string>(['name', 'hospitalName', 'department', 'region']);
const WORD_FIELDS = new Set<string>(['title', 'hospitalClass', 'behaviour']);

/** Columns a user can edit (in place, in bulk or by pasting). */
export function isEditableColumn(colId: string): boolean {
  return NUMBER_FIELDS.has(colId) || TEXT_FIELDS.has(colId) || WORD_FIELDS.has(colId) || colId === 'repName' || colId.startsWith('attr:');
}

/**
 * The contract changes for one column's new value, or why it is refused. The value is what
 * an editor returns or a pasted text: rep names map to rep ids; words are checked against
 * the grading dictionaries; numbers must be whole and >= 0.
 */
export function changeFor(
  colId: string,
  value: unknown,
  ctx: Pick<GridContext, 'dictionaries' | 'reps' | 't'> & Partial<Pick<GridContext, 'inputs'>>,
): Parsed<ClientChanges> {
  const text = value === null || value === undefined ? null : typeof value === 'number' ? value : String(value);
  const wrap = <T>(parsed: Parsed<T>, make: (v: T) => ClientChanges): Parsed<ClientChanges> =>
    parsed.ok ? { ok: true, value: make(parsed.value) } : parsed;
  if (NUMBER_FIELDS.has(colId)) {
    const field = colId as NumberField;
    return wrap(parseWholeNumber(text, NUMBER_LIMITS[field]), (v) => ({ [field]: v }));
  }
  if (TEXT_FIELDS.has(colId)) {
    const field = colId as TextField;
    return wrap(parseText(text === null ? null : String(text), field), (v) => (field === 'name' ? { name: v ?? '' } : { [field]: v }));
  }
  if (WORD_FIELDS.has(colId)) {
    const field = colId as DictionaryId;
    return wrap(parseWord(text === null ? null : String(text), ctx.dictionaries[field]), (v) => ({ [field]: v }));
  }
  if (colId === 'repName') {
    return wrap(parseRepName(text === null ? null : String(text), ctx.reps, [ctx.t('common.unassignedRep')]), (repId) => ({ repId }));
  }
  if (colId.startsWith('attr:')) {
    const key = colId.slice(5);
    const input = ctx.inputs?.get(key);
    if (input) {
      // The one check of a model input's value (shared with the import and the core): 已保有 → R, 150万 → 1500000.
      const dictionary = input.dictionary === undefined ? undefined : ctx.dictionaries[input.dictionary];
      const parsed = parseInputValue(input, text, { dictionary });
      return parsed.ok ? { ok: true, value: { attributes: { [key]: parsed.value } } } : { ok: false, error: parsed.error };
    }
    return wrap(parseAttribute(text), (v) => ({ attributes: { [key]: v } }));
  }
  return { ok: false, error: { key: 'notNumber' } };
}

/** An invalid value's message in the current language. */
export function invalidMessage(invalid: Invalid, t: Translate): string {
  return t(`grid.invalid.${invalid.key}`, invalid.params ?? {});
}

// ---------------------------------------------------------------------------------------------
// AG Grid column definitions.

export const cellErrorKey = (rowId: number | string, colId: string) => `${rowId}:${colId}`;

const ctxOf = (params: { context: unknown }) => params.context as GridContext;

function hasCellError(params: CellClassParams<ClientRow>): boolean {
  const colId = params.colDef.colId;
  return !!params.data && !!colId && ctxOf(params).cellErrors.has(cellErrorKey(params.data.id, colId));
}

/** The board's row or column axis name under the model (客户生命周期 for B2B), for the potential and behaviour-digit columns. */
function axisName(model: ModelDefinition | null | undefined, line: 'rows' | 'columns', locale: Locale): string | null {
  const axisId = model?.layout[line]?.axis;
  return model?.axes.find((axis) => axis.id === axisId)?.name[locale] ?? null;
}

function headerOf(spec: ColumnSpec, t: Translate, locale: Locale, model: ModelDefinition | null | undefined): string {
  if (spec.input) return inputHeader(spec.input, locale);
  if (spec.colId === 'potential' && model && vocabularyOfModel(model).client !== 'doctor') return axisName(model, 'rows', locale) ?? t(spec.header);
  if (spec.colId === 'behaviourDigit' && model && vocabularyOfModel(model).client !== 'doctor') return axisName(model, 'columns', locale) ?? t(spec.header);
  if (!spec.colId.startsWith('attr:')) return t(spec.header);
  const name = spec.colId.slice(5);
  const label = t(`models.attr.${name}`);
  return label === `models.attr.${name}` ? name : label;
}

function filterOf(spec: ColumnSpec): Pick<ColDef<ClientRow>, 'filter' | 'filterParams'> {
  switch (spec.filter) {
    case 'text':
      return { filter: 'agTextColumnFilter', filterParams: { filterOptions: [...TEXT_FILTER_OPTIONS], maxNumConditions: 1, debounceMs: 400, buttons: ['reset'] } };
    case 'number':
      return {
        filter: 'agNumberColumnFilter',
        filterParams: { filterOptions: [...NUMBER_FILTER_OPTIONS], maxNumConditions: 1, debounceMs: 400, inRangeInclusive: true, buttons: ['reset'] },
      };
    case 'facet':
      return { filter: 'facetFilter', filterParams: { field: spec.colId, label: spec.facetLabel ?? 'plain' } };
    default:
      return { filter: false };
  }
}

/** A text editor that refuses what changeFor refuses, with the reason at the cell. */
function textEditor(spec: ColumnSpec, maxLength: number): Partial<ColDef<ClientRow>> {
  return {
    editable: true,
    cellEditor: 'agTextCellEditor',
    cellEditorParams: {
      maxLength,
      getValidationErrors: (params: { value: unknown; cellEditorParams: ICellEditorParams<ClientRow> }) => {
        const ctx = ctxOf(params.cellEditorParams);
        const parsed = changeFor(spec.colId, params.value, ctx);
        return parsed.ok ? null : [invalidMessage(parsed.error, ctx.t)];
      },
    },
  };
}

function editorOf(spec: ColumnSpec, header: string): Partial<ColDef<ClientRow>> {
  switch (spec.edit) {
    case 'number':
      return {
        editable: true,
        cellEditor: 'wholeNumberEditor',
        cellEditorPopup: true,
        cellEditorPopupPosition: 'over',
        cellEditorParams: { max: NUMBER_LIMITS[spec.colId as NumberField], label: header },
      };
    case 'input':
      if (spec.input?.type === 'choice') {
        const input = spec.input;
        return {
          editable: true,
          cellEditorSelector: (params: ICellEditorParams<ClientRow>) => {
            const ctx = ctxOf(params);
            const current = typeof params.value === 'string' ? params.value : '';
            const dictionary = input.dictionary === undefined ? undefined : ctx.dictionaries[input.dictionary];
            // Canonical values; the column's formatter shows their labels in the list.
            const values = ['', ...choicesOf(input, dictionary).map((choice) => choice.value)];
            if (current && !values.includes(current)) values.push(current);
            return { component: 'agSelectCellEditor', params: { values, valueListMaxHeight: 280 } };
          },
        };
      }
      return textEditor(spec, 200);
    case 'text':
    case 'attribute':
      return textEditor(spec, spec.edit === 'attribute' ? 1000 : 200);
    case 'word':
    case 'rep':
      return {
        editable: true,
        cellEditorSelector: (params: ICellEditorParams<ClientRow>) => {
          const ctx = ctxOf(params);
          const current = typeof params.value === 'string' ? params.value : '';
          const choices = spec.edit === 'rep' ? ctx.reps.map((rep) => rep.name) : (ctx.choices[spec.dictionary!] ?? []);
          const values = ['', ...choices];
          if (current && !values.includes(current)) values.push(current);
          return { component: 'agSelectCellEditor', params: { values, valueListMaxHeight: 280 } };
        },
      };
    default:
      return { editable: false };
  }
}

export interface BuildColumnsOptions {
  t: Translate;
  locale?: Locale;
  /** The active model: its inputs become typed columns, its axis names head the potential and digit columns. */
  model?: ModelDefinition | null;
  /** The model's inputs (inputsOfModel); attributes it reads without one get a plain text column. */
  inputs?: readonly ModelInput[];
  freeAttributes?: readonly string[];
}

/** The grid's column definitions. Headers are translated here; the grid is rebuilt when the language changes. */
export function buildColumnDefs({ t, locale = 'zh-CN', model = null, inputs = [], freeAttributes = [] }: BuildColumnsOptions): ColDef<ClientRow>[] {
  return columnSpecs(freeAttributes, inputs).map((spec) => {
    const header = headerOf(spec, t, locale, model);
    const def: ColDef<ClientRow> = {
      colId: spec.colId,
      headerName: header,
      headerTooltip: header,
      // initial*: new column definitions (another model, another language) keep the user's layout.
      initialWidth: spec.width,
      minWidth: 56,
      initialHide: spec.hide ?? false,
      sortable: true,
      resizable: true,
      ...(spec.pinned ? { initialPinned: spec.pinned } : {}),
      ...(spec.numeric ? { type: 'rightAligned' } : {}),
      ...filterOf(spec),
      ...editorOf(spec, header),
      valueGetter: (params: ValueGetterParams<ClientRow>) => (params.data ? rawValue(params.data, spec.colId, ctxOf(params)) : null),
      // Selects show '' as "clear"; cells show blank values as nothing.
      valueFormatter: (params: ValueFormatterParams<ClientRow>) =>
        params.value === '' ? t('grid.clearValue') : formatValue(spec.colId, params.value, ctxOf(params)),
      cellClassRules: { 'tg-cell-error': hasCellError },
    };
    if (spec.numeric) def.cellClass = 'ag-right-aligned-cell';
    if (spec.edit) {
      def.cellClass = spec.numeric ? ['ag-right-aligned-cell', 'tg-editable'] : 'tg-editable';
      // A refused edit explains itself where it happened.
      def.tooltip = (params: TooltipCallbackParams<ClientRow>) =>
        params.data ? ctxOf(params).cellErrors.get(cellErrorKey(params.data.id, spec.colId)) : undefined;
    }
    if (spec.colId === 'hospitalClass') def.headerTooltip = `${header}: ${t('grid.hospitalClassNote')}`;
    if (spec.colId === 'cell') {
      def.cellRenderer = 'zoneCellRenderer';
      def.cellClassRules = { 'tg-cell-error': hasCellError, 'tg-overridden': (p) => !!p.data?.overrideCell };
      def.tooltip = (params: TooltipCallbackParams<ClientRow>) => overrideTooltip(params.data, ctxOf(params));
    }
    if (spec.colId === 'overrideCell') {
      def.cellClass = 'tg-override-cell';
      def.tooltip = (params: TooltipCallbackParams<ClientRow>) => overrideTooltip(params.data, ctxOf(params));
    }
    if (spec.colId === 'zone') def.cellRenderer = 'zoneNameRenderer';
    return def;
  });
}

/** The override's reason, and what the formula says, for the tooltip. */
export function overrideTooltip(row: ClientRow | undefined, ctx: Pick<GridContext, 't'>): string | undefined {
  if (!row?.overrideCell) return undefined;
  const lines = [ctx.t('grid.overrideReason', { reason: row.overrideReason ?? '—' }), ctx.t('grid.formulaSays', { cell: row.formulaCell ?? '—' })];
  if (row.overrideAgrees) lines.push(ctx.t('grid.overrideAgrees'));
  if (row.overrideFromOlderModel) lines.push(ctx.t('grid.overrideOlderModel'));
  return lines.join('\n');
}
