import { beforeEach, describe, expect, it, vi } from 'vitest';
import { HOST_CHANNELS, METHOD_NAMES, ipcChannelFor, type MethodName, type Result } from '../../../shared/contract';
import { silentLogger } from '../../../electron/core/log/logger';

const handle = vi.fn();
const removeHandler = vi.fn();
const on = vi.fn();
vi.mock('electron', () => ({ ipcMain: { handle, removeHandler, on } }));

const { registerSecureHandlers, createSecureHandler } = await import('../../../electron/main/secureHandle');
type Invoke = (method: MethodName, input: unknown) => Promise<Result<unknown>>;

const goodFrame = { url: 'app://bundle/index.html#/board', parent: null };
const ok: Result<unknown> = { ok: true, value: { fine: true } };

type Handler = (event: { senderFrame: unknown }, input: unknown) => Promise<Result<unknown>>;

describe('registerSecureHandlers', () => {
  beforeEach(() => {
    handle.mockClear();
    removeHandler.mockClear();
  });

  it('registers exactly one handler per contract method and nothing else', () => {
    registerSecureHandlers({ invoke: async () => ok, log: silentLogger });
    const channels = handle.mock.calls.map((call) => call[0] as string);
    expect(channels.sort()).toEqual([...METHOD_NAMES.map(ipcChannelFor), ...Object.values(HOST_CHANNELS)].sort());
    expect(new Set(channels).size).toBe(channels.length);
    expect(on).not.toHaveBeenCalled();
  });

  it('can remove every handler again', () => {
    const dispose = registerSecureHandlers({ invoke: async () => ok, log: silentLogger });
    dispose();
    expect(removeHandler.mock.calls.map((call) => call[0] as string).sort()).toEqual([...METHOD_NAMES.map(ipcChannelFor), ...Object.values(HOST_CHANNELS)].sort());
  });

  it('forwards a valid call from the app window to the core', async () => {
    const invoke = vi.fn(async () => ok);
    registerSecureHandlers({ invoke, log: silentLogger });
    const call = handle.mock.calls.find((c) => c[0] === ipcChannelFor('clients.list'));
    const handler = call?.[1] as Handler;
    const result = await handler({ senderFrame: goodFrame }, { offset: 0, limit: 10 });
    expect(result).toEqual(ok);
    expect(invoke).toHaveBeenCalledWith('clients.list', { offset: 0, limit: 10 });
  });
});

describe('createSecureHandler', () => {
  const make = (method: MethodName, invoke = vi.fn<Invoke>(async () => ok), devServerUrl?: string) => ({
    handler: createSecureHandler(method, { invoke, log: silentLogger, devServerUrl }) as Handler,
    invoke,
  });

  it.each([
    ['null frame', null],
    ['sub-frame', { url: 'app://bundle/index.html', parent: goodFrame }],
    ['other origin', { url: 'https://evil.example/', parent: null }],
    ['dev server without dev mode', { url: 'http://localhost:5173/', parent: null }],
  ])('rejects a %s without calling the core', async (_name, frame) => {
    const { handler, invoke } = make('reps.list');
    const result = await handler({ senderFrame: frame }, {});
    expect(result).toEqual({ ok: false, error: { code: 'ipc.senderRejected' } });
    expect(invoke).not.toHaveBeenCalled();
  });

  it('accepts the dev server when configured', async () => {
    const { handler } = make('reps.list', vi.fn<Invoke>(async () => ok), 'http://localhost:5173');
    expect(await handler({ senderFrame: { url: 'http://localhost:5173/', parent: null } }, {})).toEqual(ok);
  });

  it.each([
    ['unknown key', 'reps.list' as const, { extra: 1 }],
    ['wrong type', 'clients.list' as const, { limit: 'ten' }],
    ['out of range', 'clients.list' as const, { limit: 100000 }],
    ['not an object', 'settings.update' as const, 'zh-CN'],
    ['bad locale', 'settings.update' as const, { locale: 'fr' }],
  ])('rejects input with %s', async (_name, method, input) => {
    const { handler, invoke } = make(method);
    const result = await handler({ senderFrame: goodFrame }, input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('input.invalid');
      expect(typeof result.error.params?.['issues']).toBe('string');
    }
    expect(invoke).not.toHaveBeenCalled();
  });

  it('treats a missing input as {}', async () => {
    const { handler, invoke } = make('reps.list');
    expect(await handler({ senderFrame: goodFrame }, undefined)).toEqual(ok);
    expect(invoke).toHaveBeenCalledWith('reps.list', {});
  });

  it('turns a throwing core into an internal Result instead of an IPC exception', async () => {
    const { handler } = make('reps.list', vi.fn<Invoke>(async () => Promise.reject(new Error('boom'))));
    expect(await handler({ senderFrame: goodFrame }, {})).toEqual({
      ok: false,
      error: { code: 'internal', detail: 'boom' },
    });
  });

  it('passes core failures through unchanged', async () => {
    const refused: Result<unknown> = { ok: false, error: { code: 'db.busy' } };
    const { handler } = make('db.backup', vi.fn<Invoke>(async () => refused));
    expect(await handler({ senderFrame: goodFrame }, {})).toEqual(refused);
  });
});

describe('host clipboard handlers', () => {
  const appFrame = { url: 'app://bundle/index.html', parent: null };
  it('reads and writes the clipboard for the app window only, and refuses oversized or non-text input', async () => {
    let stored = '';
    const { createHostHandlers } = await import('../../../electron/main/secureHandle');
    const handlers = createHostHandlers({
      invoke: async () => ok,
      log: silentLogger,
      clipboard: { readText: () => stored, writeText: (text) => void (stored = text) },
    });
    const write = handlers[HOST_CHANNELS.writeClipboardText]!;
    const read = handlers[HOST_CHANNELS.readClipboardText]!;
    await write({ senderFrame: appFrame } as never, '张伟\t主任医师');
    expect(await read({ senderFrame: appFrame } as never)).toBe('张伟\t主任医师');
    await expect(read({ senderFrame: { url: 'https://evil.example/', parent: null } } as never)).rejects.toThrow('sender rejected');
    await expect(write({ senderFrame: appFrame } as never, 42)).rejects.toThrow('refused');
    await expect(write({ senderFrame: appFrame } as never, 'x'.repeat(20_000_001))).rejects.toThrow('refused');
  });
});

describe('host data folder and recovery notice handlers', () => {
  const appFrame = { url: 'app://bundle/index.html', parent: null };
  const evilFrame = { url: 'https://evil.example/', parent: null };

  it('opens the data folder for the app window only', async () => {
    const { createHostHandlers } = await import('../../../electron/main/secureHandle');
    const openDataFolder = vi.fn(async () => ({ opened: true }));
    const handlers = createHostHandlers({ invoke: async () => ok, log: silentLogger, openDataFolder });
    const open = handlers[HOST_CHANNELS.openDataFolder]!;
    expect(await open({ senderFrame: appFrame } as never)).toEqual({ opened: true });
    await expect(open({ senderFrame: evilFrame } as never)).rejects.toThrow('sender rejected');
    expect(openDataFolder).toHaveBeenCalledOnce();
    const without = createHostHandlers({ invoke: async () => ok, log: silentLogger });
    await expect(without[HOST_CHANNELS.openDataFolder]!({ senderFrame: appFrame } as never)).rejects.toThrow('no file manager');
  });

  it('answers the recovery notice for the asking page, by its webContents id', async () => {
    const { createHostHandlers } = await import('../../../electron/main/secureHandle');
    const takeRecoveryNotice = vi.fn((id: number | undefined) => id === 7);
    const handlers = createHostHandlers({ invoke: async () => ok, log: silentLogger, takeRecoveryNotice });
    const take = handlers[HOST_CHANNELS.takeRecoveryNotice]!;
    expect(await take({ senderFrame: appFrame, sender: { id: 7 } } as never)).toEqual({ reloadedAfterCrash: true });
    expect(await take({ senderFrame: appFrame, sender: { id: 8 } } as never)).toEqual({ reloadedAfterCrash: false });
    await expect(take({ senderFrame: evilFrame, sender: { id: 7 } } as never)).rejects.toThrow('sender rejected');
    expect(takeRecoveryNotice).toHaveBeenCalledTimes(2);
    const none = createHostHandlers({ invoke: async () => ok, log: silentLogger });
    expect(await none[HOST_CHANNELS.takeRecoveryNotice]!({ senderFrame: appFrame } as never)).toEqual({ reloadedAfterCrash: false });
  });
});

describe('rejected input in the log', () => {
  it('names the path and the check, never the value the page sent', async () => {
    const lines: string[] = [];
    const { createLogger } = await import('../../../electron/core/log/logger');
    const { createSecureHandler } = await import('../../../electron/main/secureHandle');
    const handler = createSecureHandler('clients.update', { invoke: async () => ok, log: createLogger((line) => lines.push(line)) });
    const result = await handler({ senderFrame: { url: 'app://bundle/index.html', parent: null } } as never, { id: 1, changes: { 孙大夫: '18611112222' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('"issues":"changes: unrecognized_keys"');
    expect(lines[0]).not.toContain('孙大夫');
  });
});
