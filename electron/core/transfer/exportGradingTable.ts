import { boardGrid } from '../../../shared/grading';
import { GRADING_TABLE_HEADERS, gradeVocabulary, sheetNamer } from '../../../shared/transfer';
import { exportRows, type ExportRow } from '../db/repos/exportRepo';
import { fileNameFor, zoneStyles, type Cell, type ExportCtx as Ctx, type ExportFile, type ExportOptions } from './exportCommon';
import { addRow, addTableSheet, styleCell, writeWorkbook, XLSX_MIME } from './xlsxWriter';

/**
 * The grading table (客户分级表, DOMAIN 2.5): a summary sheet, then a sheet per rep with
 * exactly 序号 医院 科室 姓名 职称 处方行为 月均处方量(支) 客户分级 客户级别, cells coloured
 * by zone, header frozen, auto-filter, A4 landscape. 客户分级 and 处方行为 are the axis values
 * of the cell that counts (the override when there is one), so every row reads consistently.
 */
export async function exportGradingTable(ctx: Ctx, options: ExportOptions = {}): Promise<ExportFile> {
  const model = ctx.grading.model().definition;
  const vocabulary = gradeVocabulary(model);
  const styles = zoneStyles(model);
  const cells = boardGrid(model).rows.flat().filter((code) => code !== '');
  // Group by rep first: the summary comes first but needs every rep's counts.
  const byRep = new Map<string, { repName: string | null; rows: ExportRow[] }>();
  let total = 0;
  for (const row of exportRows(ctx.db, model.id, options.region)) {
    const key = row.repId === null ? '' : String(row.repId);
    let group = byRep.get(key);
    if (!group) byRep.set(key, (group = { repName: row.repName, rows: [] }));
    group.rows.push(row);
    total++;
  }
  const groups = [...byRep.values()];
  const unassigned = '未分配代表';
  const bytes = await writeWorkbook((workbook) => {
    const sheetName = sheetNamer();
    const summaryColumns = [
      { header: '代表', width: 14 },
      { header: '客户数', width: 9 },
      ...cells.map((code) => ({ header: code, width: 7 })),
      ...model.zones.map((zone) => ({ header: zone.name['zh-CN'], width: 9 })),
      { header: '已调整', width: 9 },
      { header: '未分级', width: 9 },
    ];
    const summary = addTableSheet(workbook, sheetName('汇总'), `客户分级表 · 汇总${options.region ? ` · ${options.region}` : ''}`, summaryColumns);
    const totals = new Map<string, number>();
    const add = (key: string, n = 1) => totals.set(key, (totals.get(key) ?? 0) + n);
    for (const group of groups) {
      const counts = new Map<string, number>();
      let overridden = 0;
      let ungraded = 0;
      for (const row of group.rows) {
        if (row.cell) counts.set(row.cell, (counts.get(row.cell) ?? 0) + 1);
        else ungraded++;
        if (row.overrideCell) overridden++;
      }
      const zoneCounts = model.zones.map((zone) => zone.cells.reduce((sum, code) => sum + (counts.get(code) ?? 0), 0));
      const values: Cell[] = [
        group.repName ?? unassigned,
        group.rows.length,
        ...cells.map((code) => counts.get(code) ?? 0),
        ...zoneCounts,
        overridden,
        ungraded,
      ];
      values.forEach((value, index) => typeof value === 'number' && add(String(index), value));
      addRow(summary, values).commit();
    }
    const totalRow = addRow(summary, ['合计', ...summaryColumns.slice(1).map((_, index) => totals.get(String(index + 1)) ?? 0)]);
    totalRow.font = { bold: true };
    totalRow.commit();
    summary.commit();

    for (const group of groups) {
      const repName = group.repName ?? unassigned;
      const sheet = addTableSheet(workbook, sheetName(repName), `客户分级表 · ${repName}`, [
        { header: GRADING_TABLE_HEADERS[0], width: 6 },
        { header: GRADING_TABLE_HEADERS[1], width: 26 },
        { header: GRADING_TABLE_HEADERS[2], width: 12 },
        { header: GRADING_TABLE_HEADERS[3], width: 10 },
        { header: GRADING_TABLE_HEADERS[4], width: 14 },
        { header: GRADING_TABLE_HEADERS[5], width: 9 },
        { header: GRADING_TABLE_HEADERS[6], width: 14 },
        { header: GRADING_TABLE_HEADERS[7], width: 9 },
        { header: GRADING_TABLE_HEADERS[8], width: 9 },
      ]);
      group.rows.forEach((row, index) => {
        const axes = row.cell ? vocabulary.split(row.cell) : { row: null, column: null };
        const excelRow = addRow(sheet, [index + 1, row.hospitalName, row.department, row.name, row.title, axes.column ?? row.behaviour, row.volumeOurs, axes.row, row.cell]);
        const style = row.cell ? styles.get(row.cell) : undefined;
        if (style) for (const column of [8, 9]) styleCell(excelRow, column, style, { horizontal: 'center' });
        excelRow.commit();
      });
      sheet.commit();
    }
  });
  return { fileName: fileNameFor('客户分级表', options, 'xlsx', ctx.now()), mime: XLSX_MIME, bytes, rows: total, unrepresentable: [] };
}

