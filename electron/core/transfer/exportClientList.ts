import { columnLetter } from '../../../shared/transfer';
import { clientTable, CLIENT_COLUMNS } from './clientTable';
import { fileNameFor, safe, zoneStyles, type ExportCtx as Ctx, type ExportFile, type ExportOptions } from './exportCommon';
import { addTableSheet as addSheet, writeWorkbook, XLSX_MIME } from './xlsxWriter';

/** The full client list: every field, the formula's cell, the override and its reason, and every extra attribute. */
export async function exportClientList(ctx: Ctx, options: ExportOptions = {}): Promise<ExportFile> {
  const model = ctx.grading.model().definition;
  const styles = zoneStyles(model);
  const table = clientTable(ctx, options);
  const cellColumn = CLIENT_COLUMNS.findIndex((column) => column.field === 'cell') + 1;
  let count = 0;
  const bytes = await writeWorkbook((workbook) => {
    const sheet = addSheet(
      workbook,
      '客户',
      `客户清单${options.region ? ` · ${options.region}` : ''}`,
      table.headers.map((header, index) => ({ header, width: table.widths[index]! })),
    );
    sheet.autoFilter = `A1:${columnLetter(table.headers.length - 1)}1`;
    for (const { values, cell } of table.rows()) {
      const row = sheet.addRow(values.map(safe));
      const style = cell ? styles.get(cell) : undefined;
      if (style) {
        const target = row.getCell(cellColumn);
        target.fill = style.fill;
        target.font = style.font;
      }
      row.commit();
      count++;
    }
    sheet.commit();
  });
  return { fileName: fileNameFor('客户清单', options, 'xlsx', ctx.now()), mime: XLSX_MIME, bytes, rows: count, unrepresentable: [] };
}

