import type { transferMethods } from '../../../shared/contract/transferMethods';
import type { CoreContext } from '../context';
import type { Handlers } from '../router';
import { AppFailure } from '../../../shared/contract';
import { readSettings } from '../db/repos/settingsRepo';
import { exportClientList, exportCsv, exportGradingTable } from '../transfer/exportService';
import { commitImport, inspectParsed, outcomeOf, previewImport } from '../transfer/importService';
import { recentImports, regionConflicts, regionSummary } from '../transfer/regions';
import { reportWorkbook } from '../transfer/reportFile';
import { TransferStore } from '../transfer/transferStore';
import { XLSX_MIME } from '../transfer/exportService';

/** Handlers of the transfer feature's contract methods. */
export function transferHandlers(ctx: CoreContext, store: TransferStore = new TransferStore()): Pick<Handlers, keyof typeof transferMethods> {
  return {
    'transfer.stageBegin': ({ fileName, size }) => ({ token: store.begin(fileName, size) }),
    'transfer.stageChunk': ({ token, offset, base64 }) => ({ received: store.chunk(token, offset, base64) }),
    'transfer.inspect': async ({ token, sheet, encoding }) => inspectParsed(ctx, await store.parse(token, sheet, encoding), token),
    'transfer.preview': ({ token, settings }) => previewImport(ctx, store.parsed(token), settings),
    'transfer.commit': async ({ token, settings }) => {
      if (store.busy) throw new AppFailure('transfer.busy');
      store.busy = true;
      try {
        const parsed = store.parsed(token);
        const started = performance.now();
        const result = await commitImport(ctx, parsed, settings);
        const reportId = store.saveReport({
          fileName: parsed.fileName,
          sheet: parsed.meta.sheet,
          region: settings.region,
          at: ctx.now(),
          changeId: result.changeId,
          backupPath: result.backupPath,
          result,
        });
        const otherSheets = parsed.meta.sheets.filter((sheet) => !sheet.hidden && sheet.name !== parsed.meta.sheet).map((sheet) => sheet.name);
        // A workbook with more sheets stays staged (its rows freed) for the next sheet; the wizard discards it when done.
        if (otherSheets.length > 0) store.release(token);
        else store.discard(token);
        ctx.log.info('import committed', { file: parsed.fileName, changeId: result.changeId, ...result.counts });
        if (result.changeId !== null) ctx.bus.emit('data:changed', { scopes: ['all'] });
        return {
          ...outcomeOf(result),
          reportId,
          fileName: parsed.fileName,
          sheet: parsed.meta.sheet,
          region: settings.region,
          changeId: result.changeId,
          backupPath: result.backupPath,
          keptToken: otherSheets.length > 0 ? token : null,
          otherSheets,
          timings: { totalMs: performance.now() - started, writeMs: result.writeMs, regradeMs: result.timings.regradeMs },
        };
      } finally {
        store.busy = false;
      }
    },
    'transfer.reportFile': async ({ reportId }) => {
      const report = store.report(reportId);
      const bytes = await reportWorkbook(report, readSettings(ctx.db).locale);
      const base = report.fileName.replace(/\.[^.]*$/, '').slice(0, 80);
      return { fileName: `导入报告-${base}.xlsx`, mime: XLSX_MIME, base64: bytes.toString('base64') };
    },
    'transfer.discard': ({ token }) => ({ discarded: store.discard(token) }),
    'transfer.export': async ({ kind, encoding, region }) => {
      const options = region === undefined ? {} : { region };
      const file =
        kind === 'gradingTable'
          ? await exportGradingTable(ctx, options)
          : kind === 'clients'
            ? await exportClientList(ctx, options)
            : exportCsv(ctx, { ...options, encoding });
      return { fileName: file.fileName, mime: file.mime, base64: file.bytes.toString('base64'), rows: file.rows, unrepresentable: file.unrepresentable };
    },
    'transfer.regions': () => regionSummary(ctx),
    'transfer.conflicts': ({ limit }) => regionConflicts(ctx, limit),
    'transfer.imports': () => recentImports(ctx),
  };
}
