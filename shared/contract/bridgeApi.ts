import type { ReportRequest } from '../analysis/reportRoute';
import type { EventName } from './events';
import type { MethodName } from './methods';
import type { Result } from './result';

/**
 * What the Electron preload puts on `window.territoryGrid`: one function per contract
 * method (no generic channel), and a subscription that hands listeners the payload only.
 */
export interface BridgeApi {
  readonly methods: { readonly [M in MethodName]: (input: unknown) => Promise<Result<unknown>> };
  on(event: EventName, listener: (payload: unknown) => void): () => void;
  /** What only the desktop host can do (the core runs without Electron): clipboard, files, printing, folders. */
  readonly host: HostApi;
}

export interface HostApi {
  readClipboardText(): Promise<string>;
  writeClipboardText(text: string): Promise<void>;
  /** Asks where to save (the system dialog) and writes the bytes there; false when cancelled. */
  saveFile(suggestedName: string, base64: string): Promise<{ saved: boolean }>;
  /**
   * Prints the visit plan (the renderer's print route) from a hidden window: 'pdf' saves it
   * through the Save-as dialog, 'print' opens the system print dialog. False when cancelled.
   */
  printPlan(request: HostPrintRequest): Promise<{ done: boolean }>;
  /** Prints the 季度客户分级报告 (the renderer's report route) the same way as the plan. */
  printReport(request: HostReportPrintRequest): Promise<{ done: boolean }>;
  /** Opens the folder of the data file in the system's file manager; false when the system could not. */
  openDataFolder(): Promise<{ opened: boolean }>;
  /**
   * Whether this page was reloaded because its renderer process crashed. The host answers
   * true once per crash, so the page shows its notice once.
   */
  takeRecoveryNotice(): Promise<{ reloadedAfterCrash: boolean }>;
}

export interface HostPrintRequest {
  period: string;
  repIds: number[] | 'all';
  action: 'pdf' | 'print';
  /** Suggested file name for 'pdf'. */
  fileName: string;
}

export interface HostReportPrintRequest extends ReportRequest {
  action: 'pdf' | 'print';
  /** Suggested file name for 'pdf'. */
  fileName: string;
}

/** One fixed channel per host function; the page can never name a channel. */
export const HOST_CHANNELS = {
  readClipboardText: 'host:clipboard.readText',
  writeClipboardText: 'host:clipboard.writeText',
  saveFile: 'host:file.save',
  printPlan: 'host:plan.print',
  printReport: 'host:report.print',
  openDataFolder: 'host:dataFolder.open',
  takeRecoveryNotice: 'host:recovery.take',
} as const satisfies Record<keyof HostApi, string>;

/** The most text the clipboard bridge carries (a pasted column of 100k values fits easily). */
export const MAX_CLIPBOARD_CHARS = 20_000_000;
/** The largest file the page can hand the host to save (base64 characters; about 150 MB of data). */
export const MAX_SAVE_BASE64_CHARS = 200_000_000;

export const BRIDGE_GLOBAL = 'territoryGrid';
/** IPC channel names are derived, never typed by hand. */
export const ipcChannelFor = (method: MethodName): string => `api:${method}`;
export const IPC_EVENT_CHANNEL = 'api:event';
