import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SKIP_REASONS, skipText } from '../../../../shared/transfer';
import { useTestCores } from '../../../harness/openTestCore';
import { useTempDir } from '../../../harness/tempDir';
import { apiOf, importFixture } from './transferHarness';

const freshCore = useTestCores(useTempDir());

async function sheetRows(base64: string, name: string): Promise<(string | number | null)[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const rows: (string | number | null)[][] = [];
  sheet.eachRow((row) => rows.push([1, 2, 3, 4].map((column) => (row.getCell(column).value as string | number | null) ?? null)));
  return rows;
}

describe('the import report workbook', () => {
  it('lists every row not imported with its Excel row number and why, and every row of the file in the details', async () => {
    const core = await freshCore();
    const api = apiOf(core);
    await importFixture(api, 'manager-wps.xlsx');
    // The same file again in "add only" mode: its six clients exist, so every data row is a row not imported.
    const report = await importFixture(api, 'manager-wps.xlsx', { mode: 'add' });
    expect(report.counts).toMatchObject({ added: 0, skipped: 8 });
    const file = await api.call('transfer.reportFile', { reportId: report.reportId });
    const notImported = await sheetRows(file.base64, '未导入的行');
    expect(notImported[0]!.slice(0, 3)).toEqual(['行号', '姓名', '原因与提示']);
    expect(notImported.slice(1).map((row) => [row[0], row[2]])).toEqual([
      [6, '客户已存在（仅添加新客户）'],
      [7, '客户已存在（仅添加新客户）'],
      [8, '客户已存在（仅添加新客户）'],
      [9, '空行'],
      [10, expect.stringMatching(/^客户已存在（仅添加新客户）；/)],
      [11, expect.stringMatching(/^客户已存在（仅添加新客户）；/)],
      [12, '客户已存在（仅添加新客户）'],
      [13, '合计行'],
    ]);
    expect(notImported.slice(1).find((row) => row[0] === 6)![1]).toBe('周建国');
    // The details sheet has one line per row read, each with its result.
    const details = await sheetRows(file.base64, '明细');
    expect(details.slice(1).map((row) => row[0])).toEqual([6, 7, 8, 9, 10, 11, 12, 13]);
    expect(details.slice(1).every((row) => row[1] === '跳过' && typeof row[3] === 'string' && row[3] !== '')).toBe(true);
  });

  it('says plainly when every row was imported', async () => {
    const core = await freshCore();
    const api = apiOf(core);
    const report = await importFixture(api, 'wps-dimension.xlsx');
    const notImported = await sheetRows((await api.call('transfer.reportFile', { reportId: report.reportId })).base64, '未导入的行');
    expect(notImported.slice(1)).toEqual([[null, null, '文件中的每一行都已导入。', null]]);
  });

  it('has a reason text for every way a row can be skipped, in both languages', () => {
    for (const reason of SKIP_REASONS) {
      for (const locale of ['zh-CN', 'en'] as const) expect(skipText(reason, locale, { value: 'x', row: 3 }).trim(), `${reason} ${locale}`).not.toBe('');
    }
  });
});
