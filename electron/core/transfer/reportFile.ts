import type { Locale } from '../../../shared/i18n/locales';
import { rowReasonText } from '../../../shared/transfer';
import type { SessionResult } from './importSession';
import { addHeaderRow, addRow, addSheet, addTitleRow, writeWorkbook } from './xlsxWriter';

export interface StoredReport {
  fileName: string;
  sheet: string | null;
  region: string | null;
  at: string;
  changeId: number | null;
  backupPath: string | null;
  result: SessionResult;
}

const OUTCOME: Record<string, Record<Locale, string>> = {
  added: { 'zh-CN': '新增', en: 'Added' },
  updated: { 'zh-CN': '更新', en: 'Updated' },
  unchanged: { 'zh-CN': '无变化', en: 'Unchanged' },
  merged: { 'zh-CN': '合并到第 {{row}} 行', en: 'Merged into row {{row}}' },
  skipped: { 'zh-CN': '跳过', en: 'Skipped' },
};

const LABELS: Record<string, Record<Locale, string>> = {
  title: { 'zh-CN': '导入报告', en: 'Import report' },
  summary: { 'zh-CN': '汇总', en: 'Summary' },
  details: { 'zh-CN': '明细', en: 'Rows' },
  notImported: { 'zh-CN': '未导入的行', en: 'Rows not imported' },
  notImportedNone: { 'zh-CN': '文件中的每一行都已导入。', en: 'Every row of the file was imported.' },
  file: { 'zh-CN': '文件', en: 'File' },
  sheet: { 'zh-CN': '工作表', en: 'Sheet' },
  region: { 'zh-CN': '区域', en: 'Region' },
  at: { 'zh-CN': '导入时间', en: 'Imported at' },
  backup: { 'zh-CN': '导入前备份', en: 'Backup before import' },
  rows: { 'zh-CN': '读取的行', en: 'Rows read' },
  added: { 'zh-CN': '新增客户', en: 'Clients added' },
  updated: { 'zh-CN': '更新客户', en: 'Clients updated' },
  unchanged: { 'zh-CN': '无变化', en: 'Unchanged' },
  merged: { 'zh-CN': '合并的重复行', en: 'Duplicate rows merged' },
  skipped: { 'zh-CN': '跳过的行', en: 'Rows skipped' },
  warnings: { 'zh-CN': '有提示的行', en: 'Rows with warnings' },
  overrides: { 'zh-CN': '按文件设定的级别', en: 'Cells set from the file' },
  row: { 'zh-CN': '行号', en: 'Row' },
  outcome: { 'zh-CN': '结果', en: 'Result' },
  name: { 'zh-CN': '姓名', en: 'Name' },
  reason: { 'zh-CN': '原因与提示', en: 'Reasons and warnings' },
};

/** The import report as an xlsx (streaming writer): a summary sheet and one line per row of the file. */
export async function reportWorkbook(report: StoredReport, locale: Locale): Promise<Buffer> {
  const t = (key: string) => LABELS[key]![locale];
  return writeWorkbook((workbook) => {
    const summary = addSheet(workbook, t('summary'), { widths: [22, 60] });
    addTitleRow(summary, t('title'));
    const counts = report.result.counts;
    const lines: [string, string | number | null][] = [
      [t('file'), report.fileName],
      [t('sheet'), report.sheet],
      [t('region'), report.region],
      [t('at'), report.at.replace('T', ' ').slice(0, 19)],
      [t('backup'), report.backupPath],
      [t('rows'), counts.rows],
      [t('added'), counts.added],
      [t('updated'), counts.updated],
      [t('unchanged'), counts.unchanged],
      [t('merged'), counts.merged],
      [t('skipped'), counts.skipped],
      [t('warnings'), counts.warnings],
      [t('overrides'), counts.overrides],
    ];
    for (const line of lines) addRow(summary, line).commit();
    summary.commit();

    // Every row that did not become or change a client, with its Excel row number and why: what the manager fixes in the file.
    const skipped = report.result.rows.filter((row) => row.outcome === 'skipped');
    const notImported = addSheet(workbook, t('notImported'), { widths: [8, 12, 90], frozenRows: 1 });
    addHeaderRow(notImported, [t('row'), t('name'), t('reason')], { filter: true });
    for (const row of skipped) addRow(notImported, [row.row, row.name, rowReasonText(row, locale)]).commit();
    if (skipped.length === 0) addRow(notImported, [null, null, t('notImportedNone')]).commit();
    notImported.commit();

    const details = addSheet(workbook, t('details'), { widths: [8, 16, 12, 90], frozenRows: 1 });
    addHeaderRow(details, [t('row'), t('outcome'), t('name'), t('reason')], { filter: true });
    for (const row of report.result.rows) {
      const outcome = OUTCOME[row.outcome]![locale].replace('{{row}}', String(row.firstRow ?? ''));
      addRow(details, [row.row, outcome, row.name, rowReasonText(row, locale)]).commit();
    }
    details.commit();
  });
}
