import { describe, expect, it } from 'vitest';
import type { ColDef } from 'ag-grid-community';
import type { ClientRow } from '../../../shared/domain/schemas';
import { inputsOfModel, attributeInputsOfModel, B2B_LIFECYCLE, DEFAULT_DICTIONARIES, EMPLOYEE_NINE_GRID, PHARMA_NINE_GRID, RETAIL_COMPLIANCE, vocabularyTexts } from '../../../shared/models';
import { gridToQuery } from '../../../renderer/src/features/clients/gridQuery';
import {
  buildColumnDefs,
  changeFor,
  columnSpecs,
  emptyGridContext,
  formatValue,
  isEditableColumn,
  modelDefaultHidden,
  type GridContext,
} from '../../../renderer/src/features/clients/gridColumns';
import { formFields, validateNewClient } from '../../../renderer/src/features/clients/AddClientDialog';
import { translator } from './translate';

const b2bWords = (locale: 'zh-CN' | 'en') => translator(locale, { ...vocabularyTexts(B2B_LIFECYCLE.vocabulary!, locale) });

function b2bContext(): GridContext {
  const ctx = emptyGridContext(b2bWords('zh-CN'), 'zh-CN');
  ctx.model = B2B_LIFECYCLE;
  ctx.inputs = new Map(attributeInputsOfModel(B2B_LIFECYCLE).map((input) => [input.attribute, input]));
  ctx.dictionaries = { ...DEFAULT_DICTIONARIES };
  return ctx;
}

const byId = (defs: ColDef<ClientRow>[]) => new Map(defs.map((d) => [d.colId!, d]));
const b2bDefs = (locale: 'zh-CN' | 'en' = 'zh-CN') => byId(buildColumnDefs({ t: b2bWords(locale), locale, model: B2B_LIFECYCLE, inputs: inputsOfModel(B2B_LIFECYCLE) }));

describe('the active model’s inputs as grid columns', () => {
  it('come in the order the model declares them, before the computed results, typed', () => {
    const specs = columnSpecs([], inputsOfModel(B2B_LIFECYCLE));
    const ids = specs.map((spec) => spec.colId);
    expect(ids.slice(ids.indexOf('repName') + 1, ids.indexOf('potential'))).toEqual(['attr:lifecycle', 'attr:annualSpend', 'attr:grossMargin']);
    const typed = new Map(specs.map((spec) => [spec.colId, [spec.edit, spec.filter, spec.facetLabel ?? null, spec.numeric ?? false]]));
    expect(typed.get('attr:lifecycle')).toEqual(['input', 'facet', 'choice', false]);
    expect(typed.get('attr:annualSpend')).toEqual(['input', 'number', null, true]);
    // The pharma model's inputs are its built-in fields: no extra columns.
    expect(columnSpecs([], inputsOfModel(PHARMA_NINE_GRID)).map((spec) => spec.colId).filter((id) => id.startsWith('attr:'))).toEqual([]);
  });

  it('head with the label and unit, in both languages, and the board’s axis names head the potential and digit columns', () => {
    const zh = b2bDefs();
    expect(zh.get('attr:annualSpend')!.headerName).toBe('年采购额(元)');
    expect(zh.get('attr:lifecycle')!.headerName).toBe('客户生命周期');
    expect(zh.get('potential')!.headerName).toBe('客户生命周期');
    expect(zh.get('behaviourDigit')!.headerName).toBe('采购力');
    expect(zh.get('hospitalName')!.headerName).toBe('单位');
    expect(zh.get('department')!.headerName).toBe('部门');
    const en = b2bDefs('en');
    expect(en.get('attr:annualSpend')!.headerName).toBe('Annual spend (RMB)');
    expect(en.get('hospitalName')!.headerName).toBe('Organisation');
    expect(en.get('potential')!.headerName).toBe('Lifecycle');
  });

  it('edit a choice with a dropdown of its values (labels shown by the formatter), numbers with a checked text editor', () => {
    const cols = b2bDefs();
    const ctx = b2bContext();
    const select = cols.get('attr:lifecycle')!.cellEditorSelector!({ context: ctx, value: 'R' } as never) as { component: string; params: { values: string[] } };
    expect(select).toMatchObject({ component: 'agSelectCellEditor', params: { values: ['', 'R', 'D', 'A'] } });
    const format = cols.get('attr:lifecycle')!.valueFormatter as (p: { value: unknown; context: GridContext }) => string;
    expect(format({ value: 'D', context: ctx })).toBe('发展中');
    expect(cols.get('attr:annualSpend')!.cellEditor).toBe('agTextCellEditor');
    const errors = (cols.get('attr:annualSpend')!.cellEditorParams as { getValidationErrors: (p: unknown) => string[] | null }).getValidationErrors;
    expect(errors({ value: '150万', cellEditorParams: { context: ctx } })).toBeNull();
    expect(errors({ value: '-3', cellEditorParams: { context: ctx } })).toEqual(['不能小于 0']);
    expect(errors({ value: '很多', cellEditorParams: { context: ctx } })).toEqual(['请输入数字']);
    expect(cols.get('attr:annualSpend')!.filter).toBe('agNumberColumnFilter');
    expect(cols.get('attr:lifecycle')!.filterParams).toEqual({ field: 'attr:lifecycle', label: 'choice' });
  });

  it('turn typed, pasted and bulk values into the stored value with synonyms resolved', () => {
    const ctx = b2bContext();
    expect(isEditableColumn('attr:lifecycle')).toBe(true);
    expect(changeFor('attr:lifecycle', '保有客户', ctx)).toEqual({ ok: true, value: { attributes: { lifecycle: 'R' } } });
    expect(changeFor('attr:lifecycle', 'acquiring', ctx)).toEqual({ ok: true, value: { attributes: { lifecycle: 'A' } } });
    expect(changeFor('attr:lifecycle', '', ctx)).toEqual({ ok: true, value: { attributes: { lifecycle: null } } });
    expect(changeFor('attr:lifecycle', '老朋友', ctx)).toEqual({ ok: false, error: { key: 'unknownWord', params: { value: '老朋友' } } });
    expect(changeFor('attr:annualSpend', '1,200,000', ctx)).toEqual({ ok: true, value: { attributes: { annualSpend: 1_200_000 } } });
    expect(formatValue('attr:annualSpend', 2_500_000, ctx)).toBe('2,500,000');
    expect(changeFor('attr:annualSpend', formatValue('attr:annualSpend', 2_500_000, ctx), ctx)).toEqual({ ok: true, value: { attributes: { annualSpend: 2_500_000 } } });
    // The label a copy writes pastes back as the value.
    expect(formatValue('attr:lifecycle', 'R', ctx)).toBe('已保有');
    expect(changeFor('attr:lifecycle', formatValue('attr:lifecycle', 'R', ctx), ctx)).toEqual({ ok: true, value: { attributes: { lifecycle: 'R' } } });
  });

  it('sort and filter through the core query like any column', () => {
    const query = gridToQuery({
      sortModel: [{ colId: 'attr:annualSpend', sort: 'desc' }],
      filterModel: {
        'attr:annualSpend': { filterType: 'number', type: 'inRange', filter: 300_000, filterTo: 2_000_000 },
        'attr:lifecycle': { filterType: 'facet', values: ['R', null] },
      },
    });
    expect(query).toEqual({
      conditions: [
        { kind: 'number', field: 'attr:annualSpend', op: 'inRange', value: 300_000, valueTo: 2_000_000 },
        { kind: 'set', field: 'attr:lifecycle', values: ['R', null] },
      ],
      sort: [{ field: 'attr:annualSpend', dir: 'desc' }],
    });
  });
});

describe('built-in pharma columns under other models', () => {
  it('are hidden by default when a non-pharma model does not read them, never under pharma models', () => {
    expect(modelDefaultHidden(B2B_LIFECYCLE)).toEqual({ hospitalClass: true, title: true, bedsManaged: true, volumeOurs: true, volumeCompetitor: true, behaviour: true });
    expect(Object.values(modelDefaultHidden(PHARMA_NINE_GRID)).some(Boolean)).toBe(false);
    expect(modelDefaultHidden(null)).toEqual({});
  });

  it('leave the add dialog with the fields the model asks for', () => {
    const ctx = b2bContext();
    const fields = formFields(ctx);
    expect(fields.map((field) => field.colId)).toEqual(['name', 'hospitalName', 'department', 'attr:lifecycle', 'attr:annualSpend', 'attr:grossMargin', 'repName']);
    expect(fields.find((field) => field.colId === 'attr:lifecycle')!.options).toEqual([
      ['R', '已保有'],
      ['D', '发展中'],
      ['A', '获取中'],
    ]);
    const { errors, client } = validateNewClient({ name: '华信', 'attr:lifecycle': 'R', 'attr:annualSpend': '250万', 'attr:grossMargin': '' }, ctx, fields);
    expect(errors).toEqual({});
    expect(client).toEqual({ name: '华信', attributes: { lifecycle: 'R', annualSpend: 2_500_000 } });
    const retail = { ...ctx, model: RETAIL_COMPLIANCE, inputs: new Map(attributeInputsOfModel(RETAIL_COMPLIANCE).map((i) => [i.attribute, i])) };
    expect(validateNewClient({ name: '便民店', 'attr:complianceScore': '120' }, retail, formFields(retail)).errors).toEqual({ 'attr:complianceScore': '不能大于 100' });
  });

  it('speak the staff grid’s words in the headers', () => {
    const t = translator('zh-CN', { ...vocabularyTexts(EMPLOYEE_NINE_GRID.vocabulary!, 'zh-CN') });
    const cols = byId(buildColumnDefs({ t, locale: 'zh-CN', model: EMPLOYEE_NINE_GRID, inputs: inputsOfModel(EMPLOYEE_NINE_GRID) }));
    expect(cols.get('hospitalName')!.headerName).toBe('团队');
    expect(cols.get('attr:performanceRating')!.headerName).toBe('绩效评分(分)');
    expect(t('grid.delete.title', { n: 3 })).toBe('删除 3 位员工？');
    expect(t('grid.add.button')).toBe('新增员工');
  });
});
