import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../electron/core/log/logger';
import { createCoreHost, type WorkerLike } from '../../../electron/main/coreHost';
import type { HostToWorker, WorkerToHost } from '../../../electron/main/coreProtocol';

class FakeWorker extends EventEmitter implements WorkerLike {
  readonly received: HostToWorker[] = [];
  terminated = false;
  postMessage(message: HostToWorker): void {
    this.received.push(message);
  }
  async terminate(): Promise<number> {
    this.terminated = true;
    this.emit('exit', 1);
    return 1;
  }
  reply(message: WorkerToHost): void {
    this.emit('message', message);
  }
  lastInvoke(): Extract<HostToWorker, { type: 'invoke' }> {
    const invokes = this.received.filter((m): m is Extract<HostToWorker, { type: 'invoke' }> => m.type === 'invoke');
    const last = invokes.at(-1);
    if (!last) throw new Error('no invoke');
    return last;
  }
}

function setup(maxRestarts = 2) {
  const workers: FakeWorker[] = [];
  const lines: string[] = [];
  const host = createCoreHost({
    spawn: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
    log: silentLogger,
    writeWorkerLog: (line) => lines.push(line),
    maxRestarts,
    closeTimeoutMs: 50,
  });
  const current = () => {
    const worker = workers.at(-1);
    if (!worker) throw new Error('no worker');
    return worker;
  };
  return { host, workers, current, lines };
}

async function started() {
  const ctx = setup();
  const start = ctx.host.start();
  ctx.current().reply({ type: 'ready' });
  expect(await start).toEqual({ ok: true });
  return ctx;
}

describe('createCoreHost', () => {
  it('matches results to calls by id, whatever the order', async () => {
    const { host, current } = await started();
    const a = host.invoke('reps.list', {});
    const first = current().lastInvoke();
    const b = host.invoke('hospitals.list', {});
    const second = current().lastInvoke();
    expect(first.id).not.toBe(second.id);
    expect(second).toMatchObject({ type: 'invoke', method: 'hospitals.list', input: {} });
    current().reply({ type: 'result', id: second.id, result: { ok: true, value: 'b' } });
    current().reply({ type: 'result', id: first.id, result: { ok: true, value: 'a' } });
    expect(await a).toEqual({ ok: true, value: 'a' });
    expect(await b).toEqual({ ok: true, value: 'b' });
  });

  it('reports a refused database from start() and answers later calls as unavailable', async () => {
    const { host, current } = setup();
    const start = host.start();
    current().reply({ type: 'fatal', error: { code: 'db.newerVersion', params: { found: 9, supported: 3 } } });
    expect(await start).toEqual({ ok: false, error: { code: 'db.newerVersion', params: { found: 9, supported: 3 } } });
    expect(current().terminated).toBe(true);
    expect(await host.invoke('reps.list', {})).toEqual({ ok: false, error: { code: 'transport.unavailable' } });
  });

  it('reports a worker that dies before it is ready', async () => {
    const { host, current } = setup();
    const start = host.start();
    current().emit('error', new Error('cannot load module'));
    current().emit('exit', 1);
    const outcome = await start;
    expect(outcome.ok).toBe(false);
  });

  it('forwards events and worker log lines', async () => {
    const { host, current, lines } = await started();
    const listener = vi.fn();
    const off = host.onEvent(listener);
    current().reply({ type: 'event', event: 'data:changed', payload: { scopes: ['clients'] } });
    current().reply({ type: 'log', line: 'x INFO hi' });
    off();
    current().reply({ type: 'event', event: 'data:changed', payload: { scopes: ['reps'] } });
    expect(listener).toHaveBeenCalledExactlyOnceWith('data:changed', { scopes: ['clients'] });
    expect(lines).toEqual(['x INFO hi']);
  });

  it('answers every pending call with core.restarted when the worker crashes, then restarts it', async () => {
    const { host, workers, current } = await started();
    const first = host.invoke('reps.list', {});
    const second = host.invoke('clients.update', { id: 1, changes: { title: '主任医师' } });
    current().emit('error', new Error('segfault-ish'));
    current().emit('exit', 1);
    for (const result of await Promise.all([first, second])) {
      expect(result).toEqual({ ok: false, error: { code: 'core.restarted', detail: 'core worker exited with code 1' } });
    }
    expect(workers).toHaveLength(2);

    // Calls during the restart go to the new worker, which answers once it is open.
    const next = host.invoke('reps.list', {});
    current().reply({ type: 'ready' });
    current().reply({ type: 'result', id: current().lastInvoke().id, result: { ok: true, value: [] } });
    expect(await next).toEqual({ ok: true, value: [] });
  });

  it('tells the event listeners core:restarted once the new worker is ready, not before', async () => {
    const { host, current } = await started();
    const listener = vi.fn();
    host.onEvent(listener);
    current().emit('exit', 1);
    expect(listener).not.toHaveBeenCalled();
    current().reply({ type: 'ready' });
    expect(listener).toHaveBeenCalledExactlyOnceWith('core:restarted', { restarts: 1 });
    current().emit('exit', 1);
    current().reply({ type: 'ready' });
    expect(listener).toHaveBeenLastCalledWith('core:restarted', { restarts: 2 });
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('does not announce core:restarted on the first start', async () => {
    const { host, current } = setup();
    const listener = vi.fn();
    host.onEvent(listener);
    const start = host.start();
    current().reply({ type: 'ready' });
    await start;
    expect(listener).not.toHaveBeenCalled();
  });

  it('answers pending calls as unavailable, not restarted, when the restart budget is used up', async () => {
    const { host, current } = setup(0);
    const start = host.start();
    current().reply({ type: 'ready' });
    await start;
    const pending = host.invoke('reps.list', {});
    current().emit('exit', 1);
    expect(await pending).toMatchObject({ ok: false, error: { code: 'transport.unavailable' } });
  });

  it('ignores messages from a worker that was replaced', async () => {
    const { host, workers, current } = await started();
    const old = current();
    old.emit('exit', 1);
    const call = host.invoke('reps.list', {});
    const id = current().lastInvoke().id;
    old.reply({ type: 'result', id, result: { ok: true, value: 'stale' } });
    current().reply({ type: 'result', id, result: { ok: true, value: 'fresh' } });
    expect(await call).toEqual({ ok: true, value: 'fresh' });
    expect(workers).toHaveLength(2);
  });

  it('gives up after the restart budget and tells the failure listeners', async () => {
    const { host, workers, current } = await started();
    const failure = vi.fn();
    host.onFailure(failure);
    current().emit('exit', 1); // restart 1
    current().reply({ type: 'ready' });
    current().emit('exit', 1); // restart 2
    current().reply({ type: 'ready' });
    current().emit('exit', 1); // budget used up
    expect(workers).toHaveLength(3);
    expect(failure).toHaveBeenCalledOnce();
    expect(failure.mock.calls[0]?.[0]).toMatchObject({ code: 'transport.unavailable' });
    expect(await host.invoke('reps.list', {})).toMatchObject({ ok: false, error: { code: 'transport.unavailable' } });
  });

  it('reports a restart that finds the database refused', async () => {
    const { host, current } = await started();
    const failure = vi.fn();
    host.onFailure(failure);
    current().emit('exit', 1);
    current().reply({ type: 'fatal', error: { code: 'db.corrupt', params: { backups: '/b' } } });
    expect(failure).toHaveBeenCalledExactlyOnceWith({ code: 'db.corrupt', params: { backups: '/b' } });
  });

  it('asks the worker to close and waits for it to exit', async () => {
    const { host, current } = await started();
    const worker = current();
    const closing = host.close();
    expect(worker.received.at(-1)).toEqual({ type: 'close' });
    const pending = host.invoke('reps.list', {});
    expect(await pending).toMatchObject({ ok: false, error: { code: 'transport.unavailable' } });
    worker.emit('exit', 0);
    await closing;
    expect(worker.terminated).toBe(false);
    expect(host.close()).toBe(closing);
  });

  it('terminates a worker that does not exit in time', async () => {
    const { host, current } = await started();
    const worker = current();
    await host.close();
    expect(worker.terminated).toBe(true);
  });

  it('answers an input that cannot be cloned without throwing', async () => {
    const { host, current } = await started();
    vi.spyOn(current(), 'postMessage').mockImplementationOnce(() => {
      throw new Error('could not be cloned');
    });
    expect(await host.invoke('reps.list', { f: () => 1 })).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
  });

  it('reports a worker that cannot be spawned', async () => {
    const host = createCoreHost({
      spawn: () => {
        throw new Error('ENOENT coreWorker.js');
      },
      log: silentLogger,
    });
    expect(await host.start()).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
