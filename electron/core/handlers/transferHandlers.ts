import type { QueryHandlers } from '../router';
import type { CoreContext } from '../context';
import { readSettings } from '../db/repos/settingsRepo';
import { recentImports, regionConflicts, regionSummary } from '../transfer/regions';
import { reportWorkbook } from '../transfer/reportFile';
import type { TransferStore } from '../transfer/transferStore';
import { XLSX_MIME } from '../transfer/xlsxWriter';
import { safeFileNamePart } from '../../../shared/transfer/spreadsheetText';

type TransferQueryNames = 'transfer.reportFile' | 'transfer.regions' | 'transfer.conflicts' | 'transfer.imports';

/** The transfer feature's reads (its commands are in transfer/transferCommands.ts). */
export function transferHandlers(ctx: CoreContext, store: TransferStore): Pick<QueryHandlers, TransferQueryNames> {
  return {
    'transfer.reportFile': async ({ reportId }) => {
      const report = store.report(reportId);
      const bytes = await reportWorkbook(report, readSettings(ctx.db).locale);
      const base = safeFileNamePart(report.fileName.replace(/\.[^.]*$/, ''), 80);
      return { fileName: `导入报告-${base}.xlsx`, mime: XLSX_MIME, base64: bytes.toString('base64') };
    },
    'transfer.regions': () => regionSummary(ctx),
    'transfer.conflicts': ({ limit }) => regionConflicts(ctx, limit),
    'transfer.imports': () => recentImports(ctx),
  };
}
