import { fail, type AppError, type EventName, type MethodName, type Result } from '../../shared/contract';
import type { Logger } from '../core/log/logger';
import type { ParserLauncher } from '../core/transfer/parserHost';
import { isWorkerToHost, type HostToWorker, type WorkerToHost } from './coreProtocol';
import { createParserRelayHost, type ParserRelayHost } from './parserRelay';

/** The parts of worker_threads.Worker the host uses, so tests can drive a fake. */
export interface WorkerLike {
  postMessage(message: HostToWorker): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): Promise<number>;
}

export interface CoreHostOptions {
  spawn: () => WorkerLike;
  log: Logger;
  /** Where the worker's own log lines go (already formatted). */
  writeWorkerLog?: (line: string) => void;
  /** Crash restarts allowed per session; a crash loop ends in a reported failure. */
  maxRestarts?: number;
  /** How long close() waits for the worker to release the database before terminating it. */
  closeTimeoutMs?: number;
  /** Starts spreadsheet parsers for the worker (Electron: utilityProcess); without one, imports fail with a typed error. */
  parserLauncher?: ParserLauncher;
}

export type CoreStart = { ok: true } | { ok: false; error: AppError };

export interface CoreHost {
  /** Starts the worker; resolves once the database is open or was refused. */
  start(): Promise<CoreStart>;
  invoke(method: MethodName, input: unknown): Promise<Result<unknown>>;
  /** The core's events, and the host's own 'core:restarted' after a crashed worker was replaced. */
  onEvent(listener: (event: EventName, payload: unknown) => void): () => void;
  /** The core is gone for good after start succeeded (refused on restart, or restarts used up). */
  onFailure(listener: (error: AppError) => void): () => void;
  close(): Promise<void>;
}

type State = 'idle' | 'starting' | 'ready' | 'failed' | 'closing' | 'closed';

/**
 * Main-thread side of the core worker: numbers requests, matches results, and keeps
 * every caller's promise settling (with a Result) whatever happens to the thread.
 */
export function createCoreHost(options: CoreHostOptions): CoreHost {
  const maxRestarts = options.maxRestarts ?? 3;
  const closeTimeoutMs = options.closeTimeoutMs ?? 5000;
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const eventListeners = new Set<(event: EventName, payload: unknown) => void>();
  const failureListeners = new Set<(error: AppError) => void>();
  let state: State = 'idle';
  let worker: WorkerLike | null = null;
  let parsers: ParserRelayHost | null = null;
  let nextId = 1;
  let restarts = 0;
  /** A crashed worker is being replaced; its successor's 'ready' is announced as core:restarted. */
  let restarting = false;
  let settleStart: ((outcome: CoreStart) => void) | null = null;
  let settleClose: (() => void) | null = null;
  let closing: Promise<void> | null = null;

  const settlePending = (result: Result<unknown>) => {
    const waiting = [...pending.values()];
    pending.clear();
    for (const resolve of waiting) resolve(result);
  };

  const reportFailure = (error: AppError) => {
    state = 'failed';
    settlePending({ ok: false, error });
    if (settleStart) {
      settleStart({ ok: false, error });
      settleStart = null;
      return;
    }
    for (const listener of failureListeners) listener(error);
  };

  const onMessage = (from: WorkerLike, raw: unknown) => {
    if (from !== worker || !isWorkerToHost(raw)) return;
    const message: WorkerToHost = raw;
    switch (message.type) {
      case 'ready':
        if (state !== 'starting') return;
        state = 'ready';
        settleStart?.({ ok: true });
        settleStart = null;
        if (restarting) {
          restarting = false;
          for (const listener of eventListeners) listener('core:restarted', { restarts });
        }
        return;
      case 'result': {
        const resolve = pending.get(message.id);
        pending.delete(message.id);
        resolve?.(message.result);
        return;
      }
      case 'event':
        for (const listener of eventListeners) listener(message.event, message.payload);
        return;
      case 'log':
        options.writeWorkerLog?.(message.line);
        return;
      case 'parser':
        parsers?.handle(message);
        return;
      case 'fatal':
        options.log.error('core refused to open', { code: message.error.code });
        reportFailure(message.error);
        void from.terminate();
        return;
    }
  };

  const onExit = (from: WorkerLike, code: number) => {
    if (from !== worker) return;
    worker = null;
    parsers?.killAll();
    parsers = null;
    if (state === 'closing' || state === 'closed') {
      state = 'closed';
      settlePending(fail('transport.unavailable'));
      settleClose?.();
      settleClose = null;
      return;
    }
    if (state === 'failed') return;
    options.log.error('core worker exited', { code, state });
    const detail = `core worker exited with code ${code}`;
    if (state === 'ready' && restarts < maxRestarts) {
      restarts += 1;
      restarting = true;
      // Calls in flight may or may not have been applied: the caller is told so, and every
      // view refetches once the new worker announces itself (core:restarted).
      settlePending(fail('core.restarted', undefined, detail));
      options.log.warn('restarting core worker', { restarts });
      spawn();
      return;
    }
    reportFailure(fail('transport.unavailable', undefined, detail).error);
  };

  function spawn(): void {
    state = 'starting';
    let created: WorkerLike;
    try {
      created = options.spawn();
    } catch (error) {
      options.log.error('core worker could not start', { error });
      reportFailure(fail('internal', undefined, error instanceof Error ? error.message : String(error)).error);
      return;
    }
    worker = created;
    parsers = createParserRelayHost(
      options.parserLauncher ??
        (() => {
          throw new Error('no parser launcher');
        }),
      (message) => created.postMessage(message),
      options.log,
    );
    created.on('message', (message) => onMessage(created, message));
    created.on('error', (error) => options.log.error('core worker error', { error }));
    created.on('exit', (code) => onExit(created, code));
  }

  return {
    start() {
      if (state !== 'idle') throw new Error('core host already started');
      return new Promise<CoreStart>((resolve) => {
        settleStart = resolve;
        spawn();
      });
    },
    invoke(method, input) {
      if ((state !== 'starting' && state !== 'ready') || !worker) {
        return Promise.resolve(fail('transport.unavailable'));
      }
      const id = nextId++;
      const target = worker;
      return new Promise<Result<unknown>>((resolve) => {
        pending.set(id, resolve);
        try {
          target.postMessage({ type: 'invoke', id, method, input });
        } catch (error) {
          // Input that cannot be structured-cloned (functions, class instances).
          pending.delete(id);
          resolve(fail('input.invalid', { issues: 'not transferable' }, error instanceof Error ? error.message : String(error)));
        }
      });
    },
    onEvent(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    onFailure(listener) {
      failureListeners.add(listener);
      return () => failureListeners.delete(listener);
    },
    close() {
      if (closing) return closing;
      const current = worker;
      if (!current) {
        state = 'closed';
        return Promise.resolve();
      }
      state = 'closing';
      closing = new Promise<void>((resolve) => {
        const timer = setTimeout(() => void current.terminate(), closeTimeoutMs);
        settleClose = () => {
          clearTimeout(timer);
          resolve();
        };
        current.postMessage({ type: 'close' });
      });
      return closing;
    },
  };
}
