import type { PrintToPDFOptions, WebContentsPrintOptions } from 'electron';
import type { Logger } from '../../core/log/logger';
import { printRouteHash } from '../../../shared/planning/printRoute';
import type { PrintPlan, SaveFile } from '../secureHandle';
import type { PrintAction, PrintJob } from './printJob';
import { pdfOptions, printWindowUrl, systemPrintOptions } from './printOptions';

/** The parts of a BrowserWindow printing needs (a fake in tests). */
export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  destroy(): void;
  isDestroyed(): boolean;
  webContents: {
    executeJavaScript(code: string): Promise<unknown>;
    printToPDF(options: PrintToPDFOptions): Promise<Buffer>;
    print(options: WebContentsPrintOptions, callback: (success: boolean, failureReason: string) => void): void;
  };
}

export interface PrintPlanDeps {
  /** Creates the hidden, sandboxed window (printWindowOptions). */
  createWindow(): PrintWindow;
  /** The renderer's entry URL (app://bundle/index.html, or the dev server). */
  entryUrl: string;
  saveFile: SaveFile;
  log: Logger;
  timeoutMs?: number;
  pollMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const READY_PROBE = 'document.documentElement.dataset.printReady ?? null';

/**
 * Waits for the print route's ready signal (data-print-ready on <html>: data rendered and
 * document.fonts.ready). 'error' or the timeout end the wait with an error.
 */
export async function waitForPrintReady(
  window: PrintWindow,
  options: { timeoutMs: number; pollMs: number; sleep: (ms: number) => Promise<void> },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  while (Date.now() < deadline) {
    if (window.isDestroyed()) throw new Error('print window closed');
    const state = await window.webContents.executeJavaScript(READY_PROBE);
    if (state === 'true') return;
    if (state === 'error') throw new Error('the print page could not load what it prints');
    await options.sleep(options.pollMs);
  }
  throw new Error('the print page did not get ready in time');
}

/** One print route and what to do with it; `what` names it in the log (never the data). */
export interface RouteJob {
  hash: string;
  action: PrintAction;
  fileName: string;
  what: 'plan' | 'report';
}

/** Prints a print route in a fresh hidden window: Save as PDF through the dialog, or the system print dialog. */
export function createPrintRoute(deps: PrintPlanDeps): (job: RouteJob) => Promise<{ done: boolean }> {
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  return async (job) => {
    const window = deps.createWindow();
    try {
      await window.loadURL(printWindowUrl(deps.entryUrl, job.hash));
      await waitForPrintReady(window, { timeoutMs: deps.timeoutMs ?? 60_000, pollMs: deps.pollMs ?? 100, sleep });
      if (job.action === 'pdf') {
        const pdf = await window.webContents.printToPDF(pdfOptions());
        deps.log.info(`${job.what} printed to pdf`, { bytes: pdf.length });
        return { done: (await deps.saveFile(job.fileName, pdf)).saved };
      }
      const printed = await new Promise<boolean>((resolve) => {
        window.webContents.print(systemPrintOptions(), (success, failureReason) => {
          // Cancelling the dialog is not an error worth logging.
          if (!success && failureReason !== 'cancelled') deps.log.warn(`${job.what} print failed`, { reason: failureReason });
          resolve(success);
        });
      });
      return { done: printed };
    } finally {
      if (!window.isDestroyed()) window.destroy();
    }
  };
}

/** Prints a visit plan (#/print/plan?…). */
export function createPrintPlan(deps: PrintPlanDeps): PrintPlan {
  const print = createPrintRoute(deps);
  return (job: PrintJob) => print({ hash: printRouteHash(job), action: job.action, fileName: job.fileName, what: 'plan' });
}
