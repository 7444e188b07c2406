import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { AppFailure, type Result } from '../../../shared/contract';
import type { Router } from '../../../electron/core/router';
import type { WorkerToHost } from '../../../electron/main/coreProtocol';
import { openFailure, runCoreWorker, type OpenCore } from '../../../electron/main/coreWorkerLoop';

const DATA = { dbPath: '/data/tg.sqlite', seedDemo: true, appVersion: '0.1.0' };

function fakePort() {
  const emitter = new EventEmitter();
  const sent: WorkerToHost[] = [];
  return {
    port: { postMessage: (message: WorkerToHost) => sent.push(message), on: emitter.on.bind(emitter) },
    send: (message: unknown) => emitter.emit('message', message),
    sent,
  };
}

function fakeRouter() {
  const listeners = new Map<string, (payload: unknown) => void>();
  const router: Router = {
    invoke: vi.fn(async (method: string, input: unknown): Promise<Result<unknown>> => ({ ok: true, value: { method, input } })),
    subscribe: (event, listener) => {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    },
  };
  return { router, emit: (event: string, payload: unknown) => listeners.get(event)?.(payload) };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('runCoreWorker', () => {
  it('opens the core with the worker data, reports ready, relays calls and events', async () => {
    const { port, send, sent } = fakePort();
    const { router, emit } = fakeRouter();
    const close = vi.fn();
    const openCore = vi.fn<OpenCore>(async () => ({ router, close }));
    await runCoreWorker(port, DATA, openCore);
    expect(openCore).toHaveBeenCalledWith(expect.objectContaining(DATA));
    expect(sent).toContainEqual({ type: 'ready' });

    send({ type: 'invoke', id: 7, method: 'reps.list', input: {} });
    await flush();
    expect(sent).toContainEqual({ type: 'result', id: 7, result: { ok: true, value: { method: 'reps.list', input: {} } } });

    emit('data:changed', { scopes: ['settings'] });
    expect(sent).toContainEqual({ type: 'event', event: 'data:changed', payload: { scopes: ['settings'] } });
  });

  it('queues calls that arrive while the database is still opening', async () => {
    const { port, send, sent } = fakePort();
    const { router } = fakeRouter();
    let finishOpen: () => void = () => {};
    const openCore: OpenCore = () =>
      new Promise((resolve) => {
        finishOpen = () => resolve({ router, close() {} });
      });
    const running = runCoreWorker(port, DATA, openCore);
    send({ type: 'invoke', id: 1, method: 'reps.list', input: {} });
    await flush();
    expect(sent.filter((m) => m.type === 'result')).toHaveLength(0);
    finishOpen();
    await running;
    await flush();
    expect(sent.filter((m) => m.type === 'result')).toHaveLength(1);
  });

  it('posts fatal with the core error when the file is refused, and answers calls with it', async () => {
    const { port, send, sent } = fakePort();
    const openCore: OpenCore = async () => {
      throw new AppFailure('db.newerVersion', { found: 9, supported: 3 });
    };
    await runCoreWorker(port, DATA, openCore);
    const fatal = { type: 'fatal', error: { code: 'db.newerVersion', params: { found: 9, supported: 3 } } };
    expect(sent).toContainEqual(fatal);
    send({ type: 'invoke', id: 2, method: 'reps.list', input: {} });
    await flush();
    expect(sent).toContainEqual({ type: 'result', id: 2, result: { ok: false, error: fatal.error } });
  });

  it('closes the core on request and then lets the thread end', async () => {
    const { port, send } = fakePort();
    const { router } = fakeRouter();
    const close = vi.fn();
    const onClosed = vi.fn();
    await runCoreWorker(port, DATA, async () => ({ router, close }), onClosed);
    send({ type: 'close' });
    await flush();
    expect(close).toHaveBeenCalledOnce();
    expect(onClosed).toHaveBeenCalledOnce();
  });

  it('ignores malformed messages', async () => {
    const { port, send, sent } = fakePort();
    const { router } = fakeRouter();
    await runCoreWorker(port, DATA, async () => ({ router, close() {} }));
    const before = sent.length;
    for (const junk of [null, 'x', { type: 'invoke' }, { type: 'invoke', id: '1', method: 'm' }, { type: 'other' }]) send(junk);
    await flush();
    expect(sent.length).toBe(before);
    expect(router.invoke).not.toHaveBeenCalled();
  });

  it('sends log lines to the main thread', async () => {
    const { port, sent } = fakePort();
    const { router } = fakeRouter();
    await runCoreWorker(port, DATA, async ({ log }) => {
      log.info('opened', { clients: 3 });
      return { router, close() {} };
    });
    expect(sent.some((m) => m.type === 'log' && m.line.includes('opened'))).toBe(true);
  });
});

describe('openFailure', () => {
  it('keeps an AppFailure code', () => {
    expect(openFailure(new AppFailure('db.foreignFile', { path: '/x' }), '/x')).toEqual({
      code: 'db.foreignFile',
      params: { path: '/x' },
    });
  });
  it('turns anything else into db.openFailed with the path', () => {
    expect(openFailure(new Error('EACCES'), '/data/tg.sqlite')).toEqual({
      code: 'db.openFailed',
      params: { path: '/data/tg.sqlite', reason: 'EACCES' },
      detail: 'EACCES',
    });
    expect(openFailure(null, '/d').code).toBe('db.openFailed');
  });
});
