import type { CommandTable } from '../commands/defineCommand';
import { defineCommand, defineReadonlyCommand } from '../commands/defineCommand';
import type { CoreContext } from '../context';
import { exportClientList, exportCsv, exportGradingTable } from './exportService';
import { commitImport, inspectParsed, outcomeOf, prepareImport, previewImport, type CommitResult } from './importService';
import type { TransferStore } from './transferStore';

type TransferCommandNames =
  | 'transfer.stageBegin'
  | 'transfer.stageChunk'
  | 'transfer.inspect'
  | 'transfer.preview'
  | 'transfer.commit'
  | 'transfer.discard'
  | 'transfer.export';

/**
 * Import and export. Staging, inspecting and previewing a file change no stored data (a
 * preview writes inside a transaction it rolls back); the commit is one undo step.
 */
export function transferCommands(ctx: CoreContext, store: TransferStore): Pick<CommandTable, TransferCommandNames> {
  return {
    'transfer.stageBegin': defineReadonlyCommand('transfer.stageBegin', ({ fileName, size }) => ({ token: store.begin(fileName, size) })),
    'transfer.stageChunk': defineReadonlyCommand('transfer.stageChunk', ({ token, offset, base64 }) => ({ received: store.chunk(token, offset, base64) })),
    'transfer.inspect': defineReadonlyCommand('transfer.inspect', async ({ token, ...choice }) =>
      inspectParsed(ctx, await store.parse(token, choice), token),
    ),
    'transfer.preview': defineReadonlyCommand('transfer.preview', ({ token, settings }) => previewImport(ctx, store.parsed(token), settings)),
    'transfer.discard': defineReadonlyCommand('transfer.discard', ({ token }) => ({ discarded: store.discard(token) })),
    'transfer.export': defineReadonlyCommand('transfer.export', async ({ kind, encoding, region }) => {
      const options = region === undefined ? {} : { region };
      const file =
        kind === 'gradingTable'
          ? await exportGradingTable(ctx, options)
          : kind === 'clients'
            ? await exportClientList(ctx, options)
            : exportCsv(ctx, { ...options, encoding });
      return { fileName: file.fileName, mime: file.mime, base64: file.bytes.toString('base64'), rows: file.rows, unrepresentable: file.unrepresentable };
    }),
    'transfer.commit': defineCommand('transfer.commit', {
      kind: 'undoable',
      // The session regrades as it writes (new clients' cells decide which file grades become overrides).
      regrade: 'command',
      beforeTransaction: ({ token, settings }) => prepareImport(ctx, store.parsed(token), settings),
      run: ({ token, settings }, run, prepared): { result: CommitResult; started: number } => {
        const started = performance.now();
        return { result: commitImport(ctx, store.parsed(token), settings, prepared, run), started };
      },
      // The report and the staged file change only once the import is committed.
      reply: ({ token, settings }, { result, started }) => {
        const parsed = store.parsed(token);
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
        ctx.log.info('import committed', { changeId: result.changeId, ...result.counts });
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
      },
    }),
  };
}
