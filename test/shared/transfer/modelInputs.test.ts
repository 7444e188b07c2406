import { describe, expect, it } from 'vitest';
import {
  createRowValidator,
  gradeVocabulary,
  headerUnitFactor,
  issueText,
  MergeIndex,
  SheetGrid,
  suggestMapping,
  withInputTargets,
  type ColumnTarget,
} from '../../../shared/transfer';
import { attributeInputsOfModel, B2B_LIFECYCLE, DEFAULT_DICTIONARIES, EMPLOYEE_NINE_GRID, PHARMA_NINE_GRID } from '../../../shared/models';

const b2b = attributeInputsOfModel(B2B_LIFECYCLE);
const spend = b2b.find((input) => input.attribute === 'annualSpend')!;

describe('import mapping of the active model’s inputs', () => {
  it('matches Chinese and English header synonyms, labels with units, and keeps built-in fields first', () => {
    expect(suggestMapping(['客户名称', '单位', '客户阶段', '年采购额（万元）', '毛利', '备注'], undefined, b2b)).toEqual([
      'name',
      'hospitalName',
      'attr:lifecycle',
      'attr:annualSpend',
      'attr:grossMargin',
      'attr:备注',
    ]);
    expect(suggestMapping(['Name', 'Company', 'Lifecycle', 'Annual spend (RMB)', 'Our annual gross margin (RMB)'], undefined, b2b)).toEqual([
      'name',
      'hospitalName',
      'attr:lifecycle',
      'attr:annualSpend',
      'attr:grossMargin',
    ]);
    const staff = attributeInputsOfModel(EMPLOYEE_NINE_GRID);
    expect(suggestMapping(['员工姓名', '团队', '能力', '绩效评分'], undefined, staff)).toEqual(['name', 'hospitalName', 'attr:ability', 'attr:performanceRating']);
  });

  it('without the model’s inputs the same headers stay plain attributes, as before', () => {
    expect(suggestMapping(['姓名', '生命周期', '年采购额'], undefined, attributeInputsOfModel(PHARMA_NINE_GRID))).toEqual(['name', 'attr:生命周期', 'attr:年采购额']);
  });

  it('gives one column each input (the stronger guess, then the leftmost) and keeps the other under its header', () => {
    expect(suggestMapping(['姓名', '年采购额', '采购额'], undefined, b2b)).toEqual(['name', 'attr:annualSpend', 'attr:采购额']);
  });

  it('scales numbers by the header’s unit', () => {
    expect(headerUnitFactor('年采购额（万元）', spend)).toBe(10_000);
    expect(headerUnitFactor('年采购额(元)', spend)).toBe(1);
    expect(headerUnitFactor('年采购额', spend)).toBe(1);
    expect(headerUnitFactor('年采购额(美元)', spend)).toBe(1);
  });

  it('moves a remembered “keep as 年采购额” to the input the header now names, and nothing the user chose', () => {
    const remembered: ColumnTarget[] = ['name', 'attr:年采购额', 'attr:lifecycleNote', 'ignore'];
    expect(withInputTargets(remembered, ['姓名', '年采购额', '生命周期', '毛利'], b2b)).toEqual(['name', 'attr:annualSpend', 'attr:lifecycleNote', 'ignore']);
  });

  it('validates and normalises input values like the grid, with warnings and errors named by column', () => {
    const headers = ['姓名', '生命周期', '年采购额(万元)', '毛利'];
    const mapping: ColumnTarget[] = ['name', 'attr:lifecycle', 'attr:annualSpend', 'attr:grossMargin'];
    const rows = [
      { r: 2, cells: ['甲', '已保有', 250, '60万'] },
      { r: 3, cells: ['乙', '刚认识', '约20', '—'] },
      { r: 4, cells: ['丙', 'D', 'abc', null] },
      { r: 5, cells: ['丁', 'A', -1, null] },
    ];
    const grid = new SheetGrid(new MergeIndex([]), rows);
    const validator = createRowValidator({ headers, mapping, dictionaries: DEFAULT_DICTIONARIES, grades: gradeVocabulary(B2B_LIFECYCLE), firstDataRow: 2, inputs: b2b });
    const [a, b, c, d] = rows.flatMap((row) => validator.validate(row, grid));
    expect(a).toMatchObject({ status: 'ok', values: { attributes: { lifecycle: 'R', annualSpend: 2_500_000, grossMargin: 600_000 } } });
    expect(b!.status).toBe('warning');
    expect(b!.values!.attributes).toEqual({ lifecycle: '刚认识', annualSpend: 200_000 });
    expect(b!.issues.map((issue) => [issue.code, issue.params?.dictionary ?? null])).toEqual([
      ['unknownWord', 'lifecycle'],
      ['approximate', null],
      ['placeholder', null],
    ]);
    expect(c).toMatchObject({ status: 'error', issues: [{ code: 'notANumber', column: '年采购额(万元)', value: 'abc' }] });
    expect(d!.status).toBe('error');
    expect(issueText(d!.issues[0]!, 'zh-CN')).toBe('“年采购额(万元)”的值“-1”无效：不能小于 0');
    expect(issueText(d!.issues[0]!, 'en')).toBe('“年采购额(万元)”: “-1” is not valid: must be at least 0');
  });
});
