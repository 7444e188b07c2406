import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

interface Created {
  options: Record<string, unknown>;
  window: FakeWindow;
}
const created: Created[] = [];

class FakeWindow extends EventEmitter {
  loadURL = vi.fn(async () => {});
  maximize = vi.fn();
  show = vi.fn();
  isMaximized = vi.fn(() => false);
  getNormalBounds = vi.fn(() => ({ x: 10, y: 20, width: 1300, height: 900 }));
  constructor(options: Record<string, unknown>) {
    super();
    created.push({ options, window: this });
  }
}

vi.mock('electron', () => ({ BrowserWindow: FakeWindow }));

const { createMainWindow } = await import('../../../electron/main/mainWindow');

const base = {
  preloadPath: '/app/out/preload/index.cjs',
  title: 'Territory Grid',
  state: { width: 1280, height: 800, maximized: false },
  onSaveState: vi.fn(),
};

describe('createMainWindow', () => {
  beforeEach(() => {
    created.length = 0;
  });

  it('creates the window with the secure web preferences', () => {
    createMainWindow({ ...base, isPackaged: true });
    const prefs = created[0]?.options['webPreferences'];
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
    });
  });

  it.each([
    [true, 'http://localhost:5173', 'app://bundle/index.html'],
    [true, undefined, 'app://bundle/index.html'],
    [false, undefined, 'app://bundle/index.html'],
    [false, 'http://localhost:5173', 'http://localhost:5173'],
  ])('packaged=%s dev=%s loads %s', (isPackaged, devServerUrl, expected) => {
    createMainWindow({ ...base, isPackaged, devServerUrl });
    expect(created[0]?.window.loadURL).toHaveBeenCalledExactlyOnceWith(expected);
  });

  it('uses remembered bounds, maximises when it was, and saves bounds on close', () => {
    const onSaveState = vi.fn();
    createMainWindow({ ...base, onSaveState, isPackaged: true, state: { width: 1400, height: 900, x: 5, y: 6, maximized: true } });
    const { options, window } = created[0] ?? ({} as Created);
    expect(options).toMatchObject({ width: 1400, height: 900, x: 5, y: 6, show: false });
    expect(window.maximize).toHaveBeenCalledOnce();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
    window.emit('close');
    expect(onSaveState).toHaveBeenCalledWith({ x: 10, y: 20, width: 1300, height: 900, maximized: false });
  });

  it('lets the OS centre the window when no position is remembered', () => {
    createMainWindow({ ...base, isPackaged: true });
    expect(created[0]?.options).not.toHaveProperty('x');
    expect(created[0]?.options).not.toHaveProperty('y');
  });
});
