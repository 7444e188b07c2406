import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { addRow, addSheet, addTableSheet, addTitleRow, styleCell, writeWorkbook, zoneCellStyle } from '../../../../electron/core/transfer/xlsxWriter';

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe('the xlsx writer', () => {
  it('writes formula-like text as text in the Text format, without a visible quote; other cells as they are', async () => {
    const bytes = await writeWorkbook((workbook) => {
      const sheet = addSheet(workbook, 'T', { widths: [10, 10, 10, 10, 10] });
      addRow(sheet, ['=1+1', '＝SUM(A1)', '-5', -5, '张伟']).commit();
      sheet.commit();
    });
    const sheet = (await load(bytes)).getWorksheet('T')!;
    const cells = [1, 2, 3, 4, 5].map((column) => sheet.getRow(1).getCell(column));
    expect(cells.map((cell) => cell.value)).toEqual(['=1+1', '＝SUM(A1)', '-5', -5, '张伟']);
    expect(cells.map((cell) => cell.type)).toEqual([ExcelJS.ValueType.String, ExcelJS.ValueType.String, ExcelJS.ValueType.String, ExcelJS.ValueType.Number, ExcelJS.ValueType.String]);
    expect(cells.map((cell) => cell.numFmt ?? null)).toEqual(['@', '@', '@', null, null]);
  });

  it('gives table sheets a styled, frozen, filtered header row, column widths and A4 print setup', async () => {
    const bytes = await writeWorkbook((workbook) => {
      const sheet = addTableSheet(workbook, '客户', '客户清单', [
        { header: '医院', width: 26 },
        { header: '=x', width: 9 },
      ]);
      const row = addRow(sheet, ['第一医院', 'A1']);
      styleCell(row, 2, zoneCellStyle('#d9363e'), { horizontal: 'center' });
      row.commit();
      sheet.commit();
      const plain = addSheet(workbook, '报告', { widths: [22] });
      addTitleRow(plain, '导入报告');
      plain.commit();
    });
    const workbook = await load(bytes);
    const sheet = workbook.getWorksheet('客户')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '医院', '=x']);
    expect(sheet.getRow(1).getCell(2).numFmt).toBe('@');
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getColumn(1).width).toBe(26);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:B1');
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
    expect(sheet.getRow(2).getCell(2).fill).toMatchObject({ fgColor: { argb: 'FFD9363E' } });
    const plain = workbook.getWorksheet('报告')!;
    expect(plain.getRow(1).getCell(1).font).toMatchObject({ bold: true, size: 14 });
    expect((plain.views ?? []).filter((view) => view.state === 'frozen')).toEqual([]);
  });
});
