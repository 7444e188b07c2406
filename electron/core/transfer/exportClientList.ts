import { clientTable, CLIENT_COLUMNS } from './clientTable';
import { fileNameFor, zoneStyles, type ExportCtx as Ctx, type ExportFile, type ExportOptions } from './exportCommon';
import { addRow, addTableSheet, styleCell, writeWorkbook, XLSX_MIME } from './xlsxWriter';

/** The full client list: every field, the formula's cell, the override and its reason, and every extra attribute. */
export async function exportClientList(ctx: Ctx, options: ExportOptions = {}): Promise<ExportFile> {
  const model = ctx.grading.model().definition;
  const styles = zoneStyles(model);
  const table = clientTable(ctx, options);
  const cellColumn = CLIENT_COLUMNS.findIndex((column) => column.field === 'cell') + 1;
  let count = 0;
  const bytes = await writeWorkbook((workbook) => {
    const sheet = addTableSheet(
      workbook,
      '客户',
      `客户清单${options.region ? ` · ${options.region}` : ''}`,
      table.headers.map((header, index) => ({ header, width: table.widths[index]! })),
    );
    for (const { values, cell } of table.rows()) {
      const row = addRow(sheet, values);
      const style = cell ? styles.get(cell) : undefined;
      if (style) styleCell(row, cellColumn, style);
      row.commit();
      count++;
    }
    sheet.commit();
  });
  return { fileName: fileNameFor('客户清单', options, 'xlsx', ctx.now()), mime: XLSX_MIME, bytes, rows: count, unrepresentable: [] };
}

