import { AppErrorSchema, EVENT_NAMES, fail, type AppError } from '../../shared/contract';
import type { Router } from '../core/router';
import type { Logger } from '../core/log/logger';
import { createLogger } from '../core/log/logger';
import { isCoreRequest, type CoreWorkerData, type WorkerToHost } from './coreProtocol';

/** The worker end of a MessagePort (parentPort), narrowed so tests can pass an EventEmitter. */
export interface WorkerPort {
  postMessage(message: WorkerToHost): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
}

export type OpenCore = (options: CoreWorkerData & { log: Logger }) => Promise<{ router: Router; close(): void }>;

/** A refusal from the core (AppFailure) keeps its code; anything else becomes db.openFailed. */
export function openFailure(error: unknown, dbPath: string): AppError {
  const carried = AppErrorSchema.safeParse((error as { error?: unknown } | null)?.error);
  if (carried.success) return carried.data;
  const reason = error instanceof Error ? error.message : String(error);
  return { code: 'db.openFailed', params: { path: dbPath, reason }, detail: reason };
}

/**
 * Runs inside the worker: opens the core, then relays calls and events. Calls that arrive
 * while the database is still opening wait for it; after a refused open they get the
 * same error instead of hanging.
 */
export function runCoreWorker(
  port: WorkerPort,
  data: CoreWorkerData,
  openCore: OpenCore,
  onClosed: () => void = () => {},
): Promise<void> {
  // Log lines go to the main thread, which owns the log file.
  const log = createLogger((line) => port.postMessage({ type: 'log', line }));
  let closeCore: (() => void) | null = null;

  const opened = openCore({ ...data, log }).then(
    (core) => {
      closeCore = core.close;
      for (const event of EVENT_NAMES) {
        core.router.subscribe(event, (payload) => port.postMessage({ type: 'event', event, payload }));
      }
      port.postMessage({ type: 'ready' });
      return { ok: true as const, router: core.router };
    },
    (error: unknown) => {
      const appError = openFailure(error, data.dbPath);
      log.error('core failed to open', { code: appError.code, detail: appError.detail });
      port.postMessage({ type: 'fatal', error: appError });
      return { ok: false as const, error: appError };
    },
  );

  port.on('message', (message) => {
    if (!isCoreRequest(message)) return;
    if (message.type === 'close') {
      // Wait for a pending open so a database that is still opening gets closed too.
      void opened.finally(() => {
        try {
          closeCore?.();
        } catch (error) {
          log.error('core failed to close', { error });
        } finally {
          closeCore = null;
          onClosed();
        }
      });
      return;
    }
    const { id, method, input } = message;
    void opened.then(async (state) => {
      if (!state.ok) {
        port.postMessage({ type: 'result', id, result: { ok: false, error: state.error } });
        return;
      }
      try {
        port.postMessage({ type: 'result', id, result: await state.router.invoke(method, input) });
      } catch (error) {
        // The router returns Results; this only guards against a bug in it.
        const detail = error instanceof Error ? error.message : String(error);
        port.postMessage({ type: 'result', id, result: fail('internal', undefined, detail) });
      }
    });
  });

  return opened.then(() => undefined);
}
