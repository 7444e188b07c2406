import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOST_CHANNELS, IPC_EVENT_CHANNEL, METHOD_NAMES, formatError, ipcChannelFor } from '../../../shared/contract';
import type { HostToWorker, WorkerToHost } from '../../../electron/main/coreProtocol';

// The composition root is tested with every Electron API faked; the order of calls and
// what reaches Electron are what matters here.
const h = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => void;
  const state = {
    order: [] as string[],
    appListeners: new Map<string, Listener>(),
    lock: true,
    isPackaged: true,
    locale: 'zh-CN',
    userData: '',
    windows: [] as Array<{ options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn>; send: ReturnType<typeof vi.fn>; webContents?: unknown }>,
    autoReady: true,
    workerReply: null as null | ((message: HostToWorker, reply: (m: WorkerToHost) => void) => void),
    workers: [] as Array<{ emitMessage: (m: WorkerToHost) => void; emitExit: (code: number) => void; data: unknown }>,
    savePath: '' as string,
    nextContentsId: 1,
  };
  return { state };
});

vi.mock('electron', () => {
  const { state } = h;
  const fn = vi.fn;
  class BrowserWindow {
    static getAllWindows = () => state.windows.map((w) => w as unknown as BrowserWindow);
    static getFocusedWindow = () => null;
    readonly webContents: Record<string, unknown>;
    readonly loadURL = fn(async () => {});
    constructor(options: Record<string, unknown>) {
      const send = fn();
      this.webContents = { id: state.nextContentsId++, on: fn(), send, reload: fn(), undo: fn(), redo: fn() };
      state.windows.push({ options, loadURL: this.loadURL, send });
      Object.assign(state.windows.at(-1) ?? {}, { isDestroyed: () => false, webContents: this.webContents });
    }
    on = fn();
    once = fn();
    maximize = fn();
    show = fn();
    isMaximized = fn(() => false);
    isDestroyed = () => false;
    getNormalBounds = fn(() => ({ x: 0, y: 0, width: 1280, height: 800 }));
  }
  return {
    app: {
      enableSandbox: fn(() => state.order.push('enableSandbox')),
      get isPackaged() {
        return state.isPackaged;
      },
      getPath: fn(() => state.userData),
      getLocale: fn(() => state.locale),
      getName: fn(() => 'Territory Grid'),
      getVersion: fn(() => '0.1.0'),
      requestSingleInstanceLock: fn(() => {
        state.order.push('requestSingleInstanceLock');
        return state.lock;
      }),
      on: fn((event: string, listener: (...args: unknown[]) => void) => {
        state.appListeners.set(event, listener);
      }),
      whenReady: fn(() => {
        state.order.push('whenReady');
        return Promise.resolve().then(() => state.order.push('ready'));
      }),
      quit: fn(() => state.order.push('quit')),
    },
    BrowserWindow,
    dialog: {
      showErrorBox: fn(),
      showMessageBox: fn(async () => ({ response: 0 })),
      showSaveDialog: fn(async () => ({ canceled: false, filePath: state.savePath })),
    },
    shell: { openPath: fn(async () => '') },
    Menu: { buildFromTemplate: fn((template: unknown) => ({ template })), setApplicationMenu: fn() },
    clipboard: { readText: fn(async () => ''), writeText: fn(async () => undefined) },
    screen: { getAllDisplays: fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: fn(() => state.order.push('permissions')),
        setPermissionCheckHandler: fn(),
        setDevicePermissionHandler: fn(),
      },
    },
    protocol: {
      registerSchemesAsPrivileged: fn(() => state.order.push('registerSchemesAsPrivileged')),
      handle: fn(),
    },
    ipcMain: { handle: fn(), removeHandler: fn() },
  };
});

vi.mock('../../../electron/core/log/rotatingFileSink', () => ({ createRotatingFileSink: () => () => {} }));

vi.mock('../../../electron/main/spawnCoreWorker', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  return {
    spawnCoreWorker: (data: unknown) => {
      const emitter = new Emitter();
      const emitMessage = (message: WorkerToHost) => emitter.emit('message', message);
      h.state.workers.push({ emitMessage, emitExit: (code) => emitter.emit('exit', code), data });
      if (h.state.autoReady) queueMicrotask(() => emitMessage({ type: 'ready' }));
      return Object.assign(emitter, {
        postMessage(message: HostToWorker) {
          queueMicrotask(() => h.state.workerReply?.(message, emitMessage));
        },
        terminate: async () => {
          emitter.emit('exit', 1);
          return 1;
        },
      });
    },
  };
});

const electron = await import('electron');
const base = mkdtempSync(join(tmpdir(), 'tg-index-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

function answerSettings(locale: string) {
  return (message: HostToWorker, reply: (m: WorkerToHost) => void) => {
    if (message.type !== 'invoke') return;
    if (message.method === 'settings.get') reply({ type: 'result', id: message.id, result: { ok: true, value: { locale } } });
    else reply({ type: 'result', id: message.id, result: { ok: true, value: null } });
  };
}

async function boot(): Promise<void> {
  vi.resetModules();
  await import('../../../electron/main/index');
}

beforeEach(() => {
  vi.clearAllMocks();
  const { state } = h;
  state.order.length = 0;
  state.appListeners.clear();
  state.windows.length = 0;
  state.workers.length = 0;
  state.lock = true;
  state.isPackaged = true;
  state.locale = 'zh-CN';
  state.userData = mkdtempSync(join(base, 'profile-'));
  state.autoReady = true;
  state.workerReply = answerSettings('en');
});

const worker = () => {
  const last = h.state.workers.at(-1);
  if (!last) throw new Error('no worker started');
  return last;
};

describe('electron/main/index', () => {
  it('sandboxes and registers app:// before ready, then denies permissions once ready', async () => {
    await boot();
    await vi.waitFor(() => expect(h.state.order).toContain('permissions'));
    const { order } = h.state;
    expect(order.indexOf('enableSandbox')).toBeLessThan(order.indexOf('ready'));
    expect(order.indexOf('registerSchemesAsPrivileged')).toBeLessThan(order.indexOf('ready'));
    expect(order.indexOf('ready')).toBeLessThan(order.indexOf('permissions'));
    const ses = electron.session.defaultSession;
    const request = vi.mocked(ses.setPermissionRequestHandler).mock.calls[0]?.[0] as unknown as (
      wc: unknown,
      permission: string,
      cb: (granted: boolean) => void,
    ) => void;
    const callback = vi.fn();
    request(null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(ses.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(ses.setDevicePermissionHandler).toHaveBeenCalledOnce();
  });

  it('starts the core with the resolved database, registers every IPC method and opens app://bundle', async () => {
    await boot();
    await vi.waitFor(() => expect(h.state.windows).toHaveLength(1));
    expect(worker().data).toMatchObject({
      dbPath: join(h.state.userData, 'territory-grid.sqlite'),
      appVersion: '0.1.0',
    });
    const channels = vi.mocked(electron.ipcMain.handle).mock.calls.map((call) => call[0]);
    expect(channels.sort()).toEqual([...METHOD_NAMES.map(ipcChannelFor), ...Object.values(HOST_CHANNELS)].sort());
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const window = h.state.windows[0];
    expect(window?.loadURL).toHaveBeenCalledExactlyOnceWith('app://bundle/index.html');
    expect(window?.options['webPreferences']).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(String((window?.options['webPreferences'] as { preload: string }).preload)).toMatch(/preload[\\/]index\.cjs$/);
  });

  it('builds the menu in the app language and rebuilds it when settings change', async () => {
    await boot();
    await vi.waitFor(() => expect(h.state.windows).toHaveLength(1));
    const labels = () => {
      const calls = vi.mocked(electron.Menu.buildFromTemplate).mock.calls;
      return (calls.at(-1)?.[0] as MenuItemConstructorOptions[]).map((item) => item.label);
    };
    expect(labels()).toContain('&File');

    h.state.workerReply = answerSettings('zh-CN');
    worker().emitMessage({ type: 'event', event: 'data:changed', payload: { scopes: ['settings'] } });
    await vi.waitFor(() => expect(labels()).toContain('文件(&F)'));
    expect(h.state.windows[0]?.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, {
      event: 'data:changed',
      payload: { scopes: ['settings'] },
    });
  });

  it('shows a readable error in the system language and quits when the core refuses the file', async () => {
    h.state.autoReady = false;
    await boot();
    await vi.waitFor(() => expect(h.state.workers).toHaveLength(1));
    const error = { code: 'db.newerVersion' as const, params: { found: 9, supported: 3 } };
    worker().emitMessage({ type: 'fatal', error });
    await vi.waitFor(() => expect(electron.dialog.showErrorBox).toHaveBeenCalledOnce());
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('无法打开数据文件', formatError(error, 'zh-CN'));
    expect(h.state.order).toContain('quit');
    expect(h.state.windows).toHaveLength(0);
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('uses English for that error on a non-Chinese system', async () => {
    h.state.autoReady = false;
    h.state.locale = 'en-US';
    await boot();
    await vi.waitFor(() => expect(h.state.workers).toHaveLength(1));
    const error = { code: 'db.foreignFile' as const, params: { path: '/x.sqlite' } };
    worker().emitMessage({ type: 'fatal', error });
    await vi.waitFor(() => expect(electron.dialog.showErrorBox).toHaveBeenCalledOnce());
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('Cannot open the data file', formatError(error, 'en'));
  });

  it('quits at once as a second instance, without touching the database', async () => {
    h.state.lock = false;
    await boot();
    expect(h.state.order).toContain('quit');
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(h.state.workers).toHaveLength(0);
  });

  it('guards every new webContents', async () => {
    await boot();
    const created = h.state.appListeners.get('web-contents-created');
    expect(created).toBeDefined();
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    created?.({}, contents);
    const openHandler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as () => unknown;
    expect(openHandler()).toEqual({ action: 'deny' });
    const navigate = { url: 'https://evil.example/', preventDefault: vi.fn() };
    contents.emit('will-navigate', navigate);
    expect(navigate.preventDefault).toHaveBeenCalledOnce();
    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalledOnce();
  });
  it('gives the core the log folder and Electron’s versions for diagnostics', async () => {
    await boot();
    await vi.waitFor(() => expect(h.state.windows).toHaveLength(1));
    expect(worker().data).toMatchObject({ diagnostics: { logsDir: join(h.state.userData, 'logs') } });
  });

  const helpItem = (id: string) => {
    const template = vi.mocked(electron.Menu.buildFromTemplate).mock.calls.at(-1)?.[0] as MenuItemConstructorOptions[];
    const help = template.find((item) => item.id === 'help');
    const item = (help?.submenu as MenuItemConstructorOptions[]).find((entry) => entry.id === id);
    if (!item?.click) throw new Error(`no help item ${id}`);
    return () => (item.click as unknown as () => void)();
  };

  it('opens the data file’s folder from 帮助 → 打开数据文件夹', async () => {
    await boot();
    await vi.waitFor(() => expect(h.state.windows).toHaveLength(1));
    helpItem('openDataFolder')();
    await vi.waitFor(() => expect(electron.shell.openPath).toHaveBeenCalledWith(h.state.userData));
  });

  it('saves the zip the core builds from 帮助 → 导出诊断信息', async () => {
    h.state.savePath = join(h.state.userData, 'diagnostics.zip');
    h.state.workerReply = (message, reply) => {
      if (message.type !== 'invoke') return;
      const value =
        message.method === 'diagnostics.export'
          ? { fileName: 'territory-grid-diagnostics-x.zip', base64: Buffer.from('PK-zip').toString('base64'), bytes: 6, entries: ['README.txt'] }
          : { locale: 'zh-CN' };
      reply({ type: 'result', id: message.id, result: { ok: true, value } });
    };
    await boot();
    await vi.waitFor(() => expect(h.state.windows).toHaveLength(1));
    helpItem('exportDiagnostics')();
    await vi.waitFor(() => expect(existsSync(h.state.savePath)).toBe(true));
    expect(readFileSync(h.state.savePath, 'utf8')).toBe('PK-zip');
    expect(vi.mocked(electron.dialog.showSaveDialog).mock.calls[0]?.at(-1)).toMatchObject({ defaultPath: 'territory-grid-diagnostics-x.zip' });
  });

  it('reloads a crashed page once and answers its recovery question once', async () => {
    await boot();
    await vi.waitFor(() => expect(h.state.windows).toHaveLength(1));
    const contents = h.state.windows[0]?.webContents as unknown as { id: number; on: ReturnType<typeof vi.fn>; reload: ReturnType<typeof vi.fn> };
    const gone = contents.on.mock.calls.find((call) => call[0] === 'render-process-gone')?.[1] as (event: unknown, details: unknown) => void;
    const take = vi.mocked(electron.ipcMain.handle).mock.calls.find((call) => call[0] === HOST_CHANNELS.takeRecoveryNotice)?.[1] as (
      event: unknown,
    ) => Promise<unknown>;
    const event = { senderFrame: { url: 'app://bundle/index.html', parent: null }, sender: { id: contents.id } };
    expect(await take(event)).toEqual({ reloadedAfterCrash: false });
    gone({}, { reason: 'crashed', exitCode: 1 });
    expect(contents.reload).toHaveBeenCalledOnce();
    expect(await take(event)).toEqual({ reloadedAfterCrash: true });
    expect(await take(event)).toEqual({ reloadedAfterCrash: false });
    gone({}, { reason: 'crashed', exitCode: 1 });
    expect(contents.reload).toHaveBeenCalledOnce();
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('Window problem', expect.any(String));
  });

  it('tells every window core:restarted once a crashed core worker is replaced', async () => {
    await boot();
    await vi.waitFor(() => expect(h.state.windows).toHaveLength(1));
    worker().emitExit(1);
    await vi.waitFor(() => expect(h.state.windows[0]?.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, { event: 'core:restarted', payload: { restarts: 1 } }));
    expect(h.state.workers).toHaveLength(2);
  });
});
