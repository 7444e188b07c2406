import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import {
  HOST_CHANNELS,
  MAX_CLIPBOARD_CHARS,
  MAX_SAVE_BASE64_CHARS,
  METHOD_NAMES,
  fail,
  ipcChannelFor,
  methods,
  type MethodName,
  type Result,
} from '../../shared/contract';
import { safeFileName } from '../../shared/transfer/spreadsheetText';
import type { Logger } from '../core/log/logger';
import { issueSummary } from '../core/log/privacy';
import type { OriginOptions } from './security/appOrigin';
import { validateSender } from './security/validateSender';
import { checkPrintJob, checkReportPrintJob, type PrintJob, type ReportPrintJob } from './printing/printJob';

export type Invoke = (method: MethodName, input: unknown) => Promise<Result<unknown>>;

/** The system clipboard (Electron's clipboard module in the app; a fake in tests). */
export interface HostClipboard {
  readText(): string | Promise<string>;
  writeText(text: string): void | Promise<void>;
}

/** Saving a file the page produced: the host asks where (a system dialog) and writes it. */
export type SaveFile = (suggestedName: string, bytes: Buffer) => Promise<{ saved: boolean }>;

/** Printing the visit plan from a hidden window (electron/main/printing); the request is checked first. */
export type PrintPlan = (request: PrintJob) => Promise<{ done: boolean }>;
/** Printing the quarterly report the same way; the request is checked first. */
export type PrintReport = (request: ReportPrintJob) => Promise<{ done: boolean }>;

/** Opens the data folder in the system's file manager. */
export type OpenDataFolder = () => Promise<{ opened: boolean }>;
/** Whether the asking page (by its webContents id) was reloaded after a crash; cleared by asking. */
export type TakeRecoveryNotice = (webContentsId: number | undefined) => boolean;

export interface SecureHandleOptions extends OriginOptions {
  invoke: Invoke;
  log: Logger;
  clipboard?: HostClipboard;
  saveFile?: SaveFile;
  printPlan?: PrintPlan;
  printReport?: PrintReport;
  openDataFolder?: OpenDataFolder;
  takeRecoveryNotice?: TakeRecoveryNotice;
}

/** What a host handler reads of the IPC event: the frame for the sender check, the page for per-window state. */
export type HostEvent = Pick<IpcMainInvokeEvent, 'senderFrame'> & { sender?: { id: number } };

function issuesOf(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

/**
 * Builds the handler for one method: sender check, schema check, then the core. It never
 * throws, so the renderer always receives a Result rather than Electron's opaque error.
 */
export function createSecureHandler(
  method: MethodName,
  options: SecureHandleOptions,
): (event: Pick<IpcMainInvokeEvent, 'senderFrame'>, input: unknown) => Promise<Result<unknown>> {
  const schema = methods[method].input;
  return async (event, input) => {
    if (!validateSender(event.senderFrame, options)) {
      options.log.warn('ipc sender rejected', { method });
      return fail('ipc.senderRejected');
    }
    const parsed = schema.safeParse(input ?? {});
    if (!parsed.success) {
      const issues = issuesOf(parsed.error);
      // The page gets the messages; the log only where and which check failed (messages can echo input).
      options.log.warn('ipc input rejected', { method, issues: issueSummary(parsed.error.issues) });
      return fail('input.invalid', { issues }, issues);
    }
    try {
      // The raw (validated) input goes on: the core parses it again with the same schema.
      return await options.invoke(method, input ?? {});
    } catch (error) {
      options.log.error('ipc handler failed', { method, error });
      return fail('internal', undefined, error instanceof Error ? error.message : String(error));
    }
  };
}

/**
 * The only place that calls ipcMain.handle: exactly one channel per contract method, and
 * no generic channel. Returns a function that removes them again.
 */
export function registerSecureHandlers(options: SecureHandleOptions): () => void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(ipcChannelFor(method), createSecureHandler(method, options));
  }
  const host = createHostHandlers(options);
  for (const [channel, handler] of Object.entries(host)) ipcMain.handle(channel, handler);
  return () => {
    for (const method of METHOD_NAMES) ipcMain.removeHandler(ipcChannelFor(method));
    for (const channel of Object.keys(host)) ipcMain.removeHandler(channel);
  };
}

/**
 * The host's own functions (clipboard, saving, printing, the data folder, the crash notice),
 * behind the same sender check. They throw on refusal: the renderer shows the error itself.
 */
export function createHostHandlers(
  options: SecureHandleOptions,
): Record<string, (event: HostEvent, ...args: unknown[]) => Promise<unknown>> {
  const checkSender = (event: HostEvent, channel: string) => {
    if (!validateSender(event.senderFrame, options)) {
      options.log.warn('ipc sender rejected', { channel });
      throw new Error('sender rejected');
    }
  };
  const guard = (event: HostEvent, channel: string) => {
    checkSender(event, channel);
    if (!options.clipboard) throw new Error('no clipboard in this host');
    return options.clipboard;
  };
  return {
    [HOST_CHANNELS.readClipboardText]: async (event) => guard(event, HOST_CHANNELS.readClipboardText).readText(),
    [HOST_CHANNELS.writeClipboardText]: async (event, text) => {
      const clipboard = guard(event, HOST_CHANNELS.writeClipboardText);
      if (typeof text !== 'string' || text.length > MAX_CLIPBOARD_CHARS) throw new Error('clipboard text refused');
      await clipboard.writeText(text);
    },
    [HOST_CHANNELS.saveFile]: async (event, suggestedName, base64) => {
      checkSender(event, HOST_CHANNELS.saveFile);
      if (!options.saveFile) throw new Error('no file saving in this host');
      if (typeof suggestedName !== 'string' || typeof base64 !== 'string' || base64.length > MAX_SAVE_BASE64_CHARS) {
        throw new Error('file refused');
      }
      // Only a plain file name is taken from the page; the folder is the user's choice in the dialog.
      return options.saveFile(safeFileName(suggestedName, { max: 150, fallback: 'export' }), Buffer.from(base64, 'base64'));
    },
    [HOST_CHANNELS.printPlan]: async (event, request) => {
      checkSender(event, HOST_CHANNELS.printPlan);
      if (!options.printPlan) throw new Error('no printing in this host');
      const job = checkPrintJob(request);
      if (!job) throw new Error('print request refused');
      return options.printPlan(job);
    },
    [HOST_CHANNELS.printReport]: async (event, request) => {
      checkSender(event, HOST_CHANNELS.printReport);
      if (!options.printReport) throw new Error('no printing in this host');
      const job = checkReportPrintJob(request);
      if (!job) throw new Error('print request refused');
      return options.printReport(job);
    },
    [HOST_CHANNELS.openDataFolder]: async (event) => {
      checkSender(event, HOST_CHANNELS.openDataFolder);
      if (!options.openDataFolder) throw new Error('no file manager in this host');
      return options.openDataFolder();
    },
    [HOST_CHANNELS.takeRecoveryNotice]: async (event) => {
      checkSender(event, HOST_CHANNELS.takeRecoveryNotice);
      return { reloadedAfterCrash: options.takeRecoveryNotice?.(event.sender?.id) ?? false };
    },
  };
}
