import { describe, expect, it } from 'vitest';
import { DEFAULT_DICTIONARIES, PHARMA_NINE_GRID } from '../../../shared/models';
import {
  CLIENT_LIST_FIELDS,
  createRowValidator,
  FIELD_SPECS,
  detectHeader,
  gradeVocabulary,
  MergeIndex,
  parseRangeRef,
  SheetGrid,
  suggestMapping,
  type MergeRange,
  type RawCell,
  type SheetRow,
} from '../../../shared/transfer';

const dictionaries = DEFAULT_DICTIONARIES;

function grid(rows: RawCell[][], merges: string[] = [], firstRow = 1): SheetGrid {
  const sheetRows: SheetRow[] = rows.map((cells, i) => ({ r: firstRow + i, cells })).filter((row) => row.cells.some((cell) => cell !== null && cell !== ''));
  return new SheetGrid(new MergeIndex(merges.map((ref) => parseRangeRef(ref)).filter((range): range is MergeRange => range !== null)), sheetRows);
}

describe('header detection', () => {
  it('skips a merged title, a note and a blank row, and joins a two-line header', () => {
    const sheet = grid(
      [
        ['华东区 2026年第一季度 客户分级表', null, null, null, null, null],
        ['填表人：王经理', null, null, null, null, null],
        [],
        ['序号', '医院名称', '医生姓名', '月用量', null, '处方倾向'],
        [null, null, null, '我方', '竞品', null],
        [1, '第一医院', '张伟', '500支', 300, '首选'],
      ],
      ['A1:F1', 'A2:F2', 'A4:A5', 'B4:B5', 'C4:C5', 'D4:E4', 'F4:F5'],
    );
    const header = detectHeader(sheet, 6);
    expect(header).toMatchObject({ row: 4, rows: 2 });
    expect(header?.headers).toEqual(['序号', '医院名称', '医生姓名', '月用量 我方', '月用量 竞品', '处方倾向']);
    expect(suggestMapping(header!.headers)).toEqual(['rowNumber', 'hospitalName', 'name', 'volumeOurs', 'volumeCompetitor', 'behaviour']);
  });

  it('does not join a data row of text under a plain header', () => {
    const sheet = grid([
      ['医院', '科室', '姓名', '职称'],
      ['第一医院', '心内科', '张伟', '主任医师'],
    ]);
    expect(detectHeader(sheet, 4)).toMatchObject({ row: 1, rows: 1, headers: ['医院', '科室', '姓名', '职称'] });
  });

  it('finds no header in rows of data, or in a notes sheet', () => {
    expect(detectHeader(grid([[1, '第一人民医院', '心内科', '张伟', '主任医师', 1, 500]]), 7)).toBeNull();
    expect(detectHeader(grid([['本表由区域经理每季度更新。'], ['级别说明：A 高潜力']]), 1)).toBeNull();
  });
});

describe('row validation', () => {
  const grades = gradeVocabulary(PHARMA_NINE_GRID);

  function validate(headers: string[], rows: RawCell[][], options: { merges?: string[]; flags?: Record<number, [number, 'formulaWithoutResult' | 'errorValue'][]>; region?: string } = {}) {
    const sheet = grid([headers, ...rows], options.merges ?? []);
    for (const [r, flags] of Object.entries(options.flags ?? {})) {
      const row = sheet.row(Number(r));
      if (row) row.flags = flags;
    }
    const validator = createRowValidator({ headers, mapping: suggestMapping(headers), dictionaries, grades, region: options.region ?? null, firstDataRow: 2 });
    return sheet.rows.filter((row) => row.r > 1).flatMap((row) => validator.validate(row, sheet));
  }

  it('normalises values through the grading dictionaries and the number rules', () => {
    const [row] = validate(
      ['医院', '医院级别', '科室', '姓名', '职称', '处方行为', '月均处方量(支)', '竞品处方量', '备注'],
      [['第一医院', '三甲', '心内科', '林　涛', '主任医师（教授）', '首选', '500支', '１，２３４', '=1+1']],
    );
    expect(row).toMatchObject({
      row: 2,
      status: 'ok',
      values: { hospitalName: '第一医院', hospitalClass: '三甲', name: '林涛', title: '主任医师（教授）', behaviour: '首选', volumeOurs: 500, volumeCompetitor: 1234, attributes: { 备注: '=1+1' } },
      resolved: { hospitalClass: '3', title: 'senior', behaviour: '1' },
    });
  });

  it("takes a leading quote off only in our own client list export, where we put it; anyone else's file keeps what its author wrote", () => {
    const ours = CLIENT_LIST_FIELDS.map((field) => FIELD_SPECS[field].header['zh-CN']);
    const oursRow = ours.map((_, index) => (ours[index] === '姓名' ? "'=张伟" : ours[index] === '医院' ? "'＋第一医院" : null));
    const [own] = validate([...ours, '备注'], [[...oursRow, "'-备注"]]);
    expect(own!.values).toMatchObject({ name: '=张伟', hospitalName: '＋第一医院', attributes: { 备注: '-备注' } });
    const [theirs] = validate(['医院', '姓名', '备注'], [["'＋第一医院", "'=张伟", "'-备注"]]);
    expect(theirs!.values).toMatchObject({ name: "'=张伟", hospitalName: "'＋第一医院", attributes: { 备注: "'-备注" } });
  });

  it('reports errors and warnings with the row number Excel shows', () => {
    const rows = validate(
      ['医院', '姓名', '职称', '月均处方量(支)', '管床数', '客户级别'],
      [
        ['第一医院', null, '主任医师', 100, null, null],
        ['第一医院', '张伟', '护士长', 'abc', -3, 'Z9'],
        ['第一医院', '王芳', '主治医师', '约500', 2.6, 'b2'],
      ],
    );
    expect(rows.map((row) => [row.row, row.status])).toEqual([
      [2, 'error'],
      [3, 'error'],
      [4, 'warning'],
    ]);
    expect(rows[0]!.issues.map((issue) => issue.code)).toEqual(['missingName']);
    expect(rows[1]!.issues.map((issue) => [issue.code, issue.severity])).toEqual([
      ['unknownWord', 'warning'],
      ['notANumber', 'error'],
      ['negative', 'error'],
      ['unknownCell', 'error'],
    ]);
    expect(rows[2]!.issues.map((issue) => issue.code)).toEqual(['approximate', 'rounded']);
    expect(rows[2]!.values).toMatchObject({ volumeOurs: 500, bedsManaged: 3, fileCell: 'B2' });
  });

  it('skips totals, section titles, repeated headers and blank rows, and reports them', () => {
    const rows = validate(
      ['医院', '姓名', '月均处方量(支)'],
      [
        ['代表：赵敏', null, null],
        ['第一医院', '张伟', 100],
        [],
        [],
        ['医院', '姓名', '月均处方量(支)'],
        ['第一医院', '王芳', 200],
        ['合计', null, 300],
      ],
    );
    expect(rows.map((row) => [row.row, row.skip?.reason ?? row.status])).toEqual([
      [2, 'section'],
      [3, 'ok'],
      [4, 'empty'],
      [5, 'empty'],
      [6, 'repeatedHeader'],
      [7, 'ok'],
      [8, 'totals'],
    ]);
    // The section title names the rep of the rows below it.
    expect(rows[1]!.values?.repName).toBe('赵敏');
  });

  it('fills merged text down but never counts a merged number twice', () => {
    const rows = validate(
      ['医院', '姓名', '月均处方量(支)'],
      [
        ['第一医院', '张伟', 600],
        [null, '王芳', null],
      ],
      { merges: ['A2:A3', 'C2:C3'] },
    );
    expect(rows[1]!.values).toMatchObject({ hospitalName: '第一医院', volumeOurs: null });
    expect(rows[1]!.issues.map((issue) => issue.code)).toEqual(['mergedNumber']);
  });

  it('turns a grading table row into the file cell, and notices when the letters disagree', () => {
    const rows = validate(
      ['姓名', '处方行为', '客户分级', '客户级别'],
      [
        ['张伟', 1, 'A', 'A1'],
        ['王芳', '次选', 'B', null],
        ['李娜', 2, 'A', 'A1'],
        ['赵敏', 1, 'D', null],
      ],
    );
    expect(rows.map((row) => row.values?.fileCell)).toEqual(['A1', 'B2', 'A1', null]);
    expect(rows[2]!.issues.map((issue) => issue.code)).toEqual(['gradeMismatch']);
    expect(rows[3]!.issues.map((issue) => issue.code)).toEqual(['unknownPotential']);
  });

  it('treats flagged formula cells as blank with a warning, and tags rows with the import region', () => {
    const rows = validate(['姓名', '月均处方量(支)', '竞品处方量'], [['张伟', null, '#DIV/0!']], {
      flags: { 2: [[1, 'formulaWithoutResult'], [2, 'errorValue']] },
      region: '华东',
    });
    expect(rows[0]!.issues.map((issue) => issue.code)).toEqual(['formulaWithoutResult', 'errorValue']);
    expect(rows[0]!.values).toMatchObject({ volumeOurs: null, volumeCompetitor: null, region: '华东' });
  });
});
