import { describe, expect, it } from 'vitest';
import type { ColDef, ValueFormatterParams, ValueGetterParams } from 'ag-grid-community';
import { CLIENT_FIELDS, ClientChangesSchema } from '../../../shared/contract';
import type { ClientRow } from '../../../shared/domain/schemas';
import { DEFAULT_DICTIONARIES, PHARMA_NINE_GRID } from '../../../shared/models';
import {
  behaviourDigitOf,
  buildColumnDefs,
  changeFor,
  columnSpecs,
  displayValue,
  emptyGridContext,
  freeAttributesOf,
  isEditableColumn,
  overrideTooltip,
  potentialOf,
  visitsOf,
  type GridContext,
} from '../../../renderer/src/features/clients/gridColumns';
import { translator } from './translate';

const zh = translator('zh-CN');

function context(overrides: Partial<GridContext> = {}): GridContext {
  const ctx = emptyGridContext(zh, 'zh-CN');
  ctx.model = PHARMA_NINE_GRID;
  ctx.zones = new Map(PHARMA_NINE_GRID.zones.map((z) => [z.id, { id: z.id, name: z.name, color: z.color }]));
  ctx.reps = [
    { id: 1, name: '王磊' },
    { id: 3, name: '张伟' },
  ];
  for (const id of ['title', 'hospitalClass', 'behaviour'] as const) ctx.dictionaries[id] = DEFAULT_DICTIONARIES[id];
  return Object.assign(ctx, overrides);
}

const row: ClientRow = {
  id: 7,
  hospitalId: 1,
  hospitalName: '临江市第一人民医院',
  hospitalClass: '三甲',
  department: '呼吸内科',
  name: '林海俊',
  title: '副主任医师',
  bedsManaged: 27,
  volumeOurs: 720,
  volumeCompetitor: 900,
  behaviour: null,
  repId: 1,
  repName: '王磊',
  region: '华东',
  attributes: { lifecycle: '保有' },
  formulaCell: 'A2',
  overrideCell: 'A1',
  overrideReason: '实际处方量很大',
  overrideAgrees: false,
  overrideFromOlderModel: true,
  cell: 'A1',
  zoneId: 'red',
};

const byId = (defs: ColDef<ClientRow>[]) => new Map(defs.map((d) => [d.colId!, d]));

describe('client grid columns', () => {
  const defs = buildColumnDefs({ t: zh });
  const cols = byId(defs);

  it('have a column for every field the core sorts and filters, each sortable', () => {
    expect(defs.map((d) => d.colId).sort()).toEqual([...CLIENT_FIELDS].sort());
    for (const def of defs) expect(def.sortable).toBe(true);
  });

  it('have Chinese headers by default and English ones in English', () => {
    expect(cols.get('title')!.headerName).toBe('职称');
    expect(cols.get('volumeOurs')!.headerName).toBe('我方月用量(支)');
    expect(cols.get('cell')!.headerName).toBe('客户级别');
    expect(byId(buildColumnDefs({ t: translator('en') })).get('cell')!.headerName).toBe('Cell');
    for (const def of defs) expect(def.headerName).not.toMatch(/^grid\./);
  });

  it('start with the name and the effective cell, pinned, and hide the id and zone (the cell shows the zone)', () => {
    expect(defs.slice(0, 3).map((d) => d.colId)).toEqual(['id', 'name', 'cell']);
    expect(cols.get('name')!.initialPinned).toBe('left');
    expect(cols.get('cell')!.initialPinned).toBe('left');
    expect(cols.get('id')!.initialHide).toBe(true);
    expect(cols.get('zone')!.initialHide).toBe(true);
    // Initial values only, so new definitions never undo the user's saved layout.
    for (const def of defs) expect([def.width, def.hide, def.pinned]).toEqual([undefined, undefined, undefined]);
  });

  it('edit with dropdowns for title, hospital class, behaviour and rep, whole-number editors for quantities; results are read-only', () => {
    for (const id of ['title', 'hospitalClass', 'behaviour', 'repName']) {
      expect(cols.get(id)!.editable).toBe(true);
      expect(typeof cols.get(id)!.cellEditorSelector).toBe('function');
    }
    for (const id of ['bedsManaged', 'volumeOurs', 'volumeCompetitor']) {
      expect(cols.get(id)!.cellEditor).toBe('wholeNumberEditor');
      expect(cols.get(id)!.cellEditorPopup).toBe(true);
    }
    for (const id of ['name', 'hospitalName', 'department']) expect(cols.get(id)!.cellEditor).toBe('agTextCellEditor');
    for (const id of ['id', 'potential', 'behaviourDigit', 'formulaCell', 'overrideCell', 'cell', 'zone', 'visitsPerMonth']) {
      expect(cols.get(id)!.editable).toBe(false);
      expect(isEditableColumn(id)).toBe(false);
    }
  });

  it('the dropdowns offer the dictionary words, a "clear" entry, and the current value even when unknown', () => {
    const ctx = context({ choices: { title: ['主任医师', '主治医师'] } });
    const select = cols.get('title')!.cellEditorSelector!({ context: ctx, value: '老专家' } as never) as { component: string; params: { values: string[] } };
    expect(select.component).toBe('agSelectCellEditor');
    expect(select.params.values).toEqual(['', '主任医师', '主治医师', '老专家']);
    const rep = cols.get('repName')!.cellEditorSelector!({ context: ctx, value: '王磊' } as never) as { params: { values: string[] } };
    expect(rep.params.values).toEqual(['', '王磊', '张伟']);
  });

  it('filter text and numbers with the Community filters (one condition, the core’s operators) and sets with our facet filter', () => {
    expect(cols.get('hospitalName')!.filter).toBe('agTextColumnFilter');
    expect(cols.get('hospitalName')!.filterParams.maxNumConditions).toBe(1);
    expect(cols.get('volumeOurs')!.filter).toBe('agNumberColumnFilter');
    expect(cols.get('volumeOurs')!.filterParams.inRangeInclusive).toBe(true);
    for (const id of ['hospitalClass', 'title', 'behaviour', 'repName', 'cell', 'zone']) {
      expect(cols.get(id)!.filter).toBe('facetFilter');
      expect(cols.get(id)!.filterParams.field).toBe(id);
    }
    expect(cols.get('zone')!.filterParams.label).toBe('zone');
  });

  it('use functions, never string expressions (no unsafe-eval under the CSP)', () => {
    for (const def of defs) {
      expect(typeof def.valueGetter).toBe('function');
      expect(typeof def.valueFormatter).toBe('function');
      for (const rule of Object.values(def.cellClassRules ?? {})) expect(typeof rule).toBe('function');
    }
  });

  it('compute potential, behaviour digit and visits from the effective cell and the model', () => {
    expect(potentialOf(PHARMA_NINE_GRID, 'A1')).toBe('A');
    expect(behaviourDigitOf(PHARMA_NINE_GRID, 'B3')).toBe('3');
    expect(visitsOf(PHARMA_NINE_GRID, 'A3')).toBe(4);
    expect(visitsOf(PHARMA_NINE_GRID, 'B3')).toBe(2);
    expect(visitsOf(PHARMA_NINE_GRID, 'C2')).toBe(0.5);
    expect(potentialOf(null, 'A1')).toBeNull();
    expect(visitsOf(PHARMA_NINE_GRID, null)).toBeNull();
    const ctx = context();
    const get = (id: string) => cols.get(id)!.valueGetter as (p: ValueGetterParams<ClientRow>) => unknown;
    expect(get('potential')({ data: row, context: ctx } as never)).toBe('A');
    expect(get('behaviourDigit')({ data: row, context: ctx } as never)).toBe('1');
    expect(get('visitsPerMonth')({ data: row, context: ctx } as never)).toBe(8);
    expect(get('zone')({ data: row, context: ctx } as never)).toBe('red');
  });

  it('show zones by name and format values like the grid (what copying writes)', () => {
    const ctx = context();
    expect(displayValue(row, 'zone', ctx)).toBe('红区');
    expect(displayValue(row, 'visitsPerMonth', ctx)).toBe('8');
    expect(displayValue(row, 'behaviour', ctx)).toBe('');
    expect(displayValue(row, 'attr:lifecycle', ctx)).toBe('保有');
    const format = cols.get('title')!.valueFormatter as (p: ValueFormatterParams<ClientRow>) => string;
    expect(format({ value: '', data: row, context: ctx } as never)).toBe('（清空）');
    expect(format({ value: '主任医师', data: row, context: ctx } as never)).toBe('主任医师');
  });

  it('explain an override in its tooltip: reason, the formula’s cell, and review hints', () => {
    const text = overrideTooltip(row, context())!;
    expect(text).toContain('实际处方量很大');
    expect(text).toContain('A2');
    expect(text).toContain('旧版本模型');
    expect(overrideTooltip({ ...row, overrideCell: null }, context())).toBeUndefined();
  });

  it('mark a cell whose edit was refused', () => {
    const ctx = context();
    ctx.cellErrors.set('7:title', '“教授x”不在字典中');
    const rule = cols.get('title')!.cellClassRules!['tg-cell-error'] as (p: unknown) => boolean;
    expect(rule({ data: row, colDef: cols.get('title'), context: ctx })).toBe(true);
    expect(rule({ data: { ...row, id: 8 }, colDef: cols.get('title'), context: ctx })).toBe(false);
  });

  it('add a column per free attribute of the model, before the results', () => {
    expect(freeAttributesOf(['hospitalClass', 'title', 'lifecycle', 'annualSpend', 'lifecycle'])).toEqual(['lifecycle', 'annualSpend']);
    const specs = columnSpecs(['lifecycle']);
    const at = specs.findIndex((s) => s.colId === 'attr:lifecycle');
    expect(at).toBeGreaterThan(specs.findIndex((s) => s.colId === 'repName'));
    expect(at).toBeLessThan(specs.findIndex((s) => s.colId === 'potential'));
    expect(byId(buildColumnDefs({ t: zh, freeAttributes: ['lifecycle'] })).get('attr:lifecycle')!.headerName).toBe('客户生命周期');
  });
});

describe('edits as contract changes', () => {
  const ctx = context();
  const ok = (colId: string, value: unknown) => {
    const parsed = changeFor(colId, value, ctx);
    if (!parsed.ok) throw new Error(`${colId}: ${parsed.error.key}`);
    expect(() => ClientChangesSchema.parse(parsed.value)).not.toThrow();
    return parsed.value;
  };

  it('map each editable column to its change', () => {
    expect(ok('title', '主任医师')).toEqual({ title: '主任医师' });
    expect(ok('title', '')).toEqual({ title: null });
    expect(ok('volumeOurs', '720')).toEqual({ volumeOurs: 720 });
    expect(ok('volumeCompetitor', 900)).toEqual({ volumeCompetitor: 900 });
    expect(ok('bedsManaged', '')).toEqual({ bedsManaged: null });
    expect(ok('repName', '张伟')).toEqual({ repId: 3 });
    expect(ok('repName', '')).toEqual({ repId: null });
    expect(ok('name', ' 张伟 ')).toEqual({ name: '张伟' });
    expect(ok('department', '')).toEqual({ department: null });
    expect(ok('hospitalClass', '三甲')).toEqual({ hospitalClass: '三甲' });
    expect(ok('attr:annualSpend', '1200')).toEqual({ attributes: { annualSpend: 1200 } });
  });

  it('refuse invalid values before anything is sent', () => {
    expect(changeFor('volumeOurs', '-5', ctx)).toEqual({ ok: false, error: { key: 'negative' } });
    expect(changeFor('bedsManaged', '3.5', ctx)).toEqual({ ok: false, error: { key: 'notWhole' } });
    expect(changeFor('title', '教授x', ctx)).toMatchObject({ ok: false, error: { key: 'unknownWord' } });
    expect(changeFor('repName', '李四', ctx)).toMatchObject({ ok: false, error: { key: 'unknownRep' } });
    expect(changeFor('name', '', ctx)).toEqual({ ok: false, error: { key: 'required' } });
  });

  it('every invalid reason has a message in both languages', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const t = translator(locale);
      for (const key of ['notNumber', 'negative', 'notWhole', 'tooLarge', 'required', 'tooLong', 'unknownWord', 'unknownRep']) {
        expect(t(`grid.invalid.${key}`, { max: 1, value: 'x' })).not.toMatch(/^grid\./);
      }
    }
  });
});
