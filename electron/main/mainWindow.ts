import { BrowserWindow } from 'electron';
import { rendererEntryUrl } from './security/appOrigin';
import { buildWebPreferences } from './security/webPreferences';
import { captureWindowState, type WindowState } from './windowState';

export interface MainWindowOptions {
  preloadPath: string;
  isPackaged: boolean;
  devServerUrl?: string | undefined;
  state: WindowState;
  title: string;
  /** Called with the bounds to remember when the window closes. */
  onSaveState: (state: WindowState) => void;
}

/**
 * Creates the one main window: secure web preferences, remembered bounds, and the app://
 * entry (the dev server only in an unpackaged run). Shown when first painted to avoid a
 * white flash.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const { state } = options;
  const window = new BrowserWindow({
    title: options.title,
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: 800,
    minHeight: 560,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: buildWebPreferences(options.preloadPath, { isPackaged: options.isPackaged }),
  });
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    options.onSaveState(captureWindowState(window.getNormalBounds(), window.isMaximized()));
  });
  void window.loadURL(rendererEntryUrl({ isPackaged: options.isPackaged, devServerUrl: options.devServerUrl }));
  return window;
}
