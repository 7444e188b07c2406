import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL, EVENT_NAMES, IPC_EVENT_CHANNEL, METHOD_NAMES, ipcChannelFor } from '../../../shared/contract';

// A fake ipcRenderer with the same listener semantics (event object first, then args).
const h = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  exposeCalls: 0,
  invoke: null as null | ((channel: string, ...args: unknown[]) => Promise<unknown>),
}));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const emitter = new Emitter();
  const ipcRenderer = Object.assign(emitter, {
    invoke: vi.fn((channel: string, ...args: unknown[]) => h.invoke?.(channel, ...args) ?? Promise.resolve(undefined)),
    send: vi.fn(),
    sendSync: vi.fn(),
  });
  return {
    ipcRenderer,
    contextBridge: {
      exposeInMainWorld: (key: string, value: unknown) => {
        h.exposeCalls += 1;
        h.exposed.set(key, value);
      },
    },
  };
});

await import('../../../electron/preload/index');
const { ipcRenderer } = await import('electron');
const fakeIpc = ipcRenderer as unknown as EventEmitter & { invoke: ReturnType<typeof vi.fn> };

interface Exposed {
  methods: Record<string, (input: unknown) => Promise<unknown>>;
  on(event: string, listener: (...args: unknown[]) => void): () => void;
}
const api = h.exposed.get(BRIDGE_GLOBAL) as Exposed;

/** Walks the exposed object and collects every non-function leaf and every function path. */
function walk(value: unknown, path: string, seen = new Set<unknown>()): { functions: string[]; other: string[] } {
  const out = { functions: [] as string[], other: [] as string[] };
  if (typeof value === 'function') {
    out.functions.push(path);
    return out;
  }
  if (typeof value !== 'object' || value === null || seen.has(value)) {
    out.other.push(path);
    return out;
  }
  seen.add(value);
  for (const key of Object.keys(value)) {
    const child = walk((value as Record<string, unknown>)[key], `${path}.${key}`, seen);
    out.functions.push(...child.functions);
    out.other.push(...child.other);
  }
  return out;
}

describe('preload bridge', () => {
  it('exposes exactly one global, window.territoryGrid', () => {
    expect(h.exposeCalls).toBe(1);
    expect([...h.exposed.keys()]).toEqual([BRIDGE_GLOBAL]);
  });

  it('contains only functions: one per contract method, plus on()', () => {
    const { functions, other } = walk(api, 'api');
    expect(other).toEqual([]);
    expect(functions.sort()).toEqual(
      [...METHOD_NAMES.map((m) => `api.methods.${m}`), 'api.on', 'api.host.readClipboardText', 'api.host.writeClipboardText', 'api.host.saveFile', 'api.host.printPlan', 'api.host.printReport', 'api.host.openDataFolder', 'api.host.takeRecoveryNotice'].sort(),
    );
  });

  it('does not leak ipcRenderer or any generic channel access', () => {
    const seen = new Set<unknown>();
    const visit = (value: unknown): void => {
      if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value)) return;
      expect(value).not.toBe(ipcRenderer);
      seen.add(value);
      for (const key of Object.keys(value)) visit((value as Record<string, unknown>)[key]);
    };
    visit(api);
    for (const banned of ['invoke', 'send', 'sendSync', 'ipcRenderer', 'removeAllListeners']) {
      expect(api).not.toHaveProperty(banned);
    }
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.isFrozen(api.methods)).toBe(true);
  });

  it('calls each method on its own derived channel with the input only', async () => {
    h.invoke = async (channel, input) => ({ ok: true, value: { channel, input } });
    for (const method of METHOD_NAMES) {
      const fn = api.methods[method];
      expect(fn).toBeTypeOf('function');
      await expect(fn?.({ a: 1 })).resolves.toEqual({ ok: true, value: { channel: ipcChannelFor(method), input: { a: 1 } } });
    }
    const calls = fakeIpc.invoke.mock.calls.slice(-METHOD_NAMES.length);
    expect(calls.map((call) => call[0])).toEqual(METHOD_NAMES.map(ipcChannelFor));
    for (const call of calls) expect(call).toHaveLength(2);
  });

  it('gives listeners the payload only, filtered by event name', () => {
    const event = EVENT_NAMES[0] ?? 'data:changed';
    const listener = vi.fn();
    const off = api.on(event, listener);
    const fakeIpcEvent = { sender: fakeIpc, senderId: 0, ports: [] };
    fakeIpc.emit(IPC_EVENT_CHANNEL, fakeIpcEvent, { event, payload: { scopes: ['clients'] } });
    fakeIpc.emit(IPC_EVENT_CHANNEL, fakeIpcEvent, { event: 'other:event', payload: 1 });
    fakeIpc.emit(IPC_EVENT_CHANNEL, fakeIpcEvent, null);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([{ scopes: ['clients'] }]);

    off();
    fakeIpc.emit(IPC_EVENT_CHANNEL, fakeIpcEvent, { event, payload: { scopes: ['reps'] } });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(fakeIpc.listenerCount(IPC_EVENT_CHANNEL)).toBe(0);
  });

  it('refuses unknown events and non-function listeners', () => {
    expect(() => api.on('ipc:raw', () => {})).toThrow(/Unknown event/);
    expect(() => api.on('__proto__', () => {})).toThrow(/Unknown event/);
    expect(() => api.on(EVENT_NAMES[0] ?? 'data:changed', 'x' as unknown as () => void)).toThrow(TypeError);
    expect(fakeIpc.listenerCount(IPC_EVENT_CHANNEL)).toBe(0);
  });
});

describe('preload name lists', () => {
  it('match the contract exactly (no zod in the sandboxed preload)', async () => {
    const { PRELOAD_METHOD_NAMES, PRELOAD_EVENT_NAMES } = await import('../../../electron/preload/exposedNames');
    expect([...PRELOAD_METHOD_NAMES].sort()).toEqual([...METHOD_NAMES].sort());
    expect([...PRELOAD_EVENT_NAMES].sort()).toEqual([...EVENT_NAMES].sort());
  });
});
