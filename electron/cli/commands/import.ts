import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { CliCommand, CliIo } from './command';
import { CliUsageError } from '../cliError';
import { requireDb } from './demo';
import { openCore } from '../../core/openCore';
import { importFileExclusive } from '../../core/transfer/importService';
import { toAppFailure } from '../../core/transfer/parsedFile';
import { forkLauncher, listSheets } from '../../core/transfer/parserHost';
import type { StreamImportResult } from '../../core/transfer/importService';
import { AppFailure, formatError, type ErrorCode } from '../../../shared/contract';
import type { Locale } from '../../../shared/i18n/locales';
import { HEADER_SEARCH_ROWS, issueText, isColumnTarget, skipText, type ColumnTarget } from '../../../shared/transfer';
import { DuplicatePolicySchema, ImportModeSchema } from '../../../shared/transfer/fields';

/**
 * A mapping file: either a list of targets by column ({"mapping": [...]} or a bare list), or
 * an object from header text to target ({"医院名称": "hospitalName", "备注": "attr:备注"}),
 * optionally with "headerRow" and "headerRows".
 */
export function readMappingFile(path: string, t: (zh: string, en: string) => string): { byIndex?: ColumnTarget[]; byHeader?: Record<string, ColumnTarget>; headerRow?: number; headerRows?: 1 | 2 } {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CliUsageError(t(`无法读取列对应文件 ${path}：${error instanceof Error ? error.message : String(error)}`, `Cannot read the mapping file ${path}: ${error instanceof Error ? error.message : String(error)}`));
  }
  const bad = (what: string) => new CliUsageError(t(`列对应文件中的“${what}”无效`, `Invalid “${what}” in the mapping file`));
  const object = Array.isArray(raw) ? { mapping: raw } : (raw as Record<string, unknown>);
  if (typeof object !== 'object' || object === null) throw bad('mapping');
  const out: ReturnType<typeof readMappingFile> = {};
  if (object.headerRow !== undefined) {
    if (!Number.isInteger(object.headerRow) || (object.headerRow as number) < 1) throw bad('headerRow');
    out.headerRow = object.headerRow as number;
  }
  if (object.headerRows !== undefined) {
    if (object.headerRows !== 1 && object.headerRows !== 2) throw bad('headerRows');
    out.headerRows = object.headerRows;
  }
  if (Array.isArray(object.mapping)) {
    if (!object.mapping.every(isColumnTarget)) throw bad('mapping');
    out.byIndex = object.mapping as ColumnTarget[];
    return out;
  }
  const byHeader = (object.mapping ?? Object.fromEntries(Object.entries(object).filter(([key]) => key !== 'headerRow' && key !== 'headerRows'))) as Record<string, unknown>;
  for (const [header, target] of Object.entries(byHeader)) if (!isColumnTarget(target)) throw bad(header);
  out.byHeader = byHeader as Record<string, ColumnTarget>;
  return out;
}

/** Sheets that are not a client table (a summary, notes): passed over by --all-sheets, not fatal. */
const NOT_A_CLIENT_SHEET = new Set<ErrorCode>(['transfer.noHeader', 'transfer.noNameColumn', 'transfer.noDataRows', 'transfer.empty']);

type SheetReport = ReturnType<typeof sheetReport>;

/** The JSON report of one imported sheet ({valid, added, updated, skipped: [{row, reason}], errors}). */
function sheetReport(result: StreamImportResult, file: string, dryRun: boolean, locale: Locale) {
  const errors = result.rows.filter((row) => row.skip?.reason === 'invalid').map((row) => ({
    row: row.row,
    message: row.issues.filter((issue) => issue.severity === 'error').map((issue) => issueText(issue, locale)).join('; '),
  }));
  const skipped = result.rows
    .filter((row) => row.outcome === 'skipped')
    .map((row) => ({
      row: row.row,
      reason: row.skip!.reason,
      message:
        row.skip!.reason === 'invalid'
          ? skipText('invalid', locale, { value: row.issues.filter((i) => i.severity === 'error').map((i) => issueText(i, locale)).join('; ') })
          : skipText(row.skip!.reason, locale, { value: '', row: '', ...(row.skip!.params ?? {}) }),
    }));
  const warnings = result.rows
    .filter((row) => row.outcome !== 'skipped' && row.issues.length > 0)
    .map((row) => ({ row: row.row, message: row.issues.map((issue) => issueText(issue, locale)).join('; ') }));
  return {
    valid: errors.length === 0,
    dryRun,
    file,
    sheet: result.meta.sheet,
    format: result.meta.format,
    ...(result.meta.encoding ? { encoding: result.meta.encoding.used } : {}),
    header: result.header,
    mapping: Object.fromEntries(result.headers.map((header, index) => [header || `#${index + 1}`, result.mapping[index] ?? 'ignore'])),
    added: result.counts.added,
    updated: result.counts.updated,
    unchanged: result.counts.unchanged,
    merged: result.counts.merged,
    overrides: result.counts.overrides,
    skipped,
    errors,
    warnings,
    ambiguous: result.ambiguous,
    changeId: dryRun ? null : result.changeId,
    backup: result.backupPath,
    ms: Math.round(result.totalMs),
    parserPeakMb: Math.round(result.parserPeakBytes / 1024 / 1024),
  };
}

function printSheetReport(report: SheetReport, io: Pick<CliIo, 'out' | 't'>): void {
  const { skipped, errors } = report;
  io.out(
    io.t(
      `${report.dryRun ? '（试运行，未写入）' : ''}${report.file}「${report.sheet}」：新增 ${report.added}，更新 ${report.updated}，无变化 ${report.unchanged}，合并 ${report.merged}，跳过 ${skipped.length}，错误 ${errors.length}（${report.ms} ms）`,
      `${report.dryRun ? '(dry run, nothing written) ' : ''}${report.file} [${report.sheet}]: ${report.added} added, ${report.updated} updated, ${report.unchanged} unchanged, ${report.merged} merged, ${skipped.length} skipped, ${errors.length} errors (${report.ms} ms)`,
    ),
  );
  for (const line of skipped.slice(0, 50)) io.out(`  ${io.t('第', 'row ')}${line.row}${io.t(' 行', '')}: ${line.message}`);
  if (skipped.length > 50) io.out(io.t(`  …另有 ${skipped.length - 50} 行`, `  … ${skipped.length - 50} more`));
}

export const importCommand: CliCommand = {
  name: 'import',
  usage: 'import FILE --db FILE [--sheet NAME | --all-sheets] [--mapping FILE] [--mode add|update|addAndUpdate] [--region NAME] [--rep-from-sheet] [--format csv] [--dry-run] [--json]',
  about: { 'zh-CN': '导入 Excel/CSV 文件', en: 'import an Excel/CSV file' },
  positionals: 1,
  options: {
    db: { type: 'string' },
    sheet: { type: 'string' },
    'all-sheets': { type: 'boolean' },
    mapping: { type: 'string' },
    mode: { type: 'string' },
    duplicates: { type: 'string' },
    region: { type: 'string' },
    'rep-from-sheet': { type: 'boolean' },
    'header-row': { type: 'string' },
    format: { type: 'string' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run(values, io, positionals = []) {
    const file = positionals[0];
    if (!file) throw new CliUsageError(io.t('需要要导入的文件：import 文件 --db 数据文件', 'The file to import is required: import FILE --db FILE'));
    const db = requireDb(values);
    if (!existsSync(file)) throw new CliUsageError(io.t(`找不到文件：${file}`, `File not found: ${file}`));
    const mode = ImportModeSchema.safeParse(values.mode ?? 'addAndUpdate');
    if (!mode.success) throw new CliUsageError(io.t('--mode 只能是 add、update 或 addAndUpdate', '--mode must be add, update or addAndUpdate'));
    const duplicates = DuplicatePolicySchema.safeParse(values.duplicates ?? 'merge');
    if (!duplicates.success) throw new CliUsageError(io.t('--duplicates 只能是 merge 或 flag', '--duplicates must be merge or flag'));
    const mappingFile = typeof values.mapping === 'string' ? readMappingFile(values.mapping, io.t) : undefined;
    const headerRowOption = typeof values['header-row'] === 'string' ? Number(values['header-row']) : mappingFile?.headerRow;
    if (headerRowOption !== undefined && (!Number.isInteger(headerRowOption) || headerRowOption < 1)) throw new CliUsageError(io.t('--header-row 必须是正整数', '--header-row must be a positive whole number'));
    const region = typeof values.region === 'string' && values.region.trim() ? values.region.trim().slice(0, 100) : null;
    const dryRun = values['dry-run'] === true;
    const allSheets = values['all-sheets'] === true;
    if (allSheets && typeof values.sheet === 'string') throw new CliUsageError(io.t('--sheet 与 --all-sheets 不能同时使用', '--sheet and --all-sheets cannot be used together'));
    const locale = io.t('zh-CN', 'en') as Locale;
    if (values.format !== undefined && values.format !== 'csv') throw new CliUsageError(io.t('--format 只能是 csv（把名为工作簿的文本文件按 CSV 读取）', '--format can only be csv (read a text file named like a workbook as CSV)'));
    const format = values.format === 'csv' ? ('csv' as const) : undefined;

    const core = await openCore({ dbPath: db, seedDemo: false, appVersion: io.appVersion, log: io.log });
    const tempDir = mkdtempSync(join(tmpdir(), 'tg-cli-import-'));
    const launcher = forkLauncher();
    const importSheet = async (sheet: string | undefined): Promise<SheetReport> => {
      const result = await importFileExclusive(core.context, core.pipeline, {
        path: resolve(file),
        fileName: basename(file),
        ...(sheet === undefined ? {} : { sheet }),
        ...(headerRowOption === undefined ? {} : { headerRow: headerRowOption, headerRows: mappingFile?.headerRows ?? 1 }),
        ...(mappingFile?.byIndex ? { mapping: mappingFile.byIndex } : {}),
        ...(mappingFile?.byHeader ? { mappingByHeader: mappingFile.byHeader } : {}),
        mode: mode.data,
        duplicates: duplicates.data,
        region,
        repFromSheet: values['rep-from-sheet'] === true,
        dryRun,
        tempDir,
        parser: launcher,
        ...(format ? { format } : {}),
      });
      return sheetReport(result, basename(file), dryRun, locale);
    };
    try {
      if (!allSheets) {
        const report = await importSheet(typeof values.sheet === 'string' ? values.sheet : undefined);
        if (values.json) io.out(JSON.stringify(report, null, 2));
        else printSheetReport(report, io);
        return;
      }
      // Every visible sheet as its own import (a grading table has one per rep); a sheet that is
      // not a client table (the summary) is reported and passed over; anything worse stops.
      let sheets: string[];
      try {
        sheets = (await listSheets(launcher, { path: resolve(file), fileName: basename(file), tempDir, ...(format ? { format } : {}) })).filter((sheet) => !sheet.hidden).map((sheet) => sheet.name);
      } catch (error) {
        throw toAppFailure(error, basename(file));
      }
      const reports: (SheetReport | { sheet: string; error: string })[] = [];
      let firstPassedOver: AppFailure | null = null;
      for (const sheet of sheets) {
        try {
          reports.push(await importSheet(sheet));
        } catch (error) {
          if (!(error instanceof AppFailure) || !NOT_A_CLIENT_SHEET.has(error.error.code)) throw error;
          firstPassedOver ??= error;
          reports.push({ sheet, error: formatError(error.error, locale) });
        }
      }
      const imported = reports.filter((report): report is SheetReport => 'added' in report);
      const sum = (key: 'added' | 'updated' | 'unchanged' | 'merged') => imported.reduce((total, report) => total + report[key], 0);
      const combined = {
        valid: imported.length > 0 && imported.every((report) => report.valid),
        dryRun,
        file: basename(file),
        added: sum('added'),
        updated: sum('updated'),
        unchanged: sum('unchanged'),
        merged: sum('merged'),
        skipped: imported.flatMap((report) => report.skipped.map((line) => ({ sheet: report.sheet, ...line }))),
        errors: imported.flatMap((report) => report.errors.map((line) => ({ sheet: report.sheet, ...line }))),
        sheets: reports,
      };
      if (values.json) {
        io.out(JSON.stringify(combined, null, 2));
      } else {
        for (const report of reports) {
          if ('error' in report) io.out(`${report.sheet}: ${report.error}`);
          else printSheetReport(report, io);
        }
      }
      // Not one sheet was a client table: the file cannot be read as one.
      if (imported.length === 0) throw firstPassedOver ?? new AppFailure('transfer.noHeader', { file: basename(file), rows: HEADER_SEARCH_ROWS });
    } finally {
      rmSync(tempDir, { recursive: true, force: true });
      core.close();
    }
  },
};
