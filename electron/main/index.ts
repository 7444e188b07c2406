import { dirname, join } from 'node:path';
import { BrowserWindow, Menu, app, clipboard, dialog, screen, session, shell } from 'electron';
import { IPC_EVENT_CHANNEL, formatError, type AppError } from '../../shared/contract';
import { isLocale, type Locale } from '../../shared/i18n/locales';
import { resolveStartup } from '../core/config/resolveStartup';
import { hostVersionsOf } from '../core/diagnostics/sources';
import { currentOs } from '../core/diagnostics/versions';
import { createLogger } from '../core/log/logger';
import { createRotatingFileSink } from '../core/log/rotatingFileSink';
import { utilityProcessLauncher } from '../importer/utilityProcessLauncher';
import { createCoreHost, type CoreHost } from './coreHost';
import { dialogText } from './dialogText';
import { aboutBox, aboutVersions, coreVersions, createHelpActions, type HelpActions } from './helpActions';
import { createMainWindow } from './mainWindow';
import { buildMenuTemplate, type MenuHandlers } from './menu';
import { affectsMenuLocale } from './menuLocale';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { createRenderRecovery, type RenderRecovery } from './renderProcessGone';
import { createSaveFile } from './saveFile';
import { createPrintPlan } from './printing/printPlan';
import { createPrintReport } from './printing/printReport';
import { printWindowOptions } from './printing/printOptions';
import { rendererEntryUrl } from './security/appOrigin';
import { registerSecureHandlers } from './secureHandle';
import { installContentsGuards } from './security/contentsGuards';
import { permissionHandlers } from './security/permissions';
import { spawnCoreWorker } from './spawnCoreWorker';
import { systemLocale } from './systemLocale';
import { startUpdates } from './updates/electronUpdates';
import { loadWindowState, saveWindowState, windowStatePath } from './windowState';

// Composition root of the Electron main process. Decisions live in the imported modules;
// this file only wires them to Electron's lifecycle.

// Both must happen before 'ready': every renderer (print windows too) is sandboxed, and
// app:// only gets its privileges if registered this early.
app.enableSandbox();
registerAppScheme();

const here = import.meta.dirname;
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const originOptions = { devServerUrl };
// Rotating files in <userData>/logs (main.log for this process, core.log for the worker);
// 帮助 → 导出诊断信息 zips them.
const logsDir = join(app.getPath('userData'), 'logs');
const log = createLogger(createRotatingFileSink({ dir: logsDir, fileName: 'main.log' }));

let mainWindow: BrowserWindow | null = null;
let core: CoreHost | null = null;
let coreClosed = false;
let menuLocale: Locale = 'zh-CN';
let help: HelpActions | null = null;
/** Crash state per page (webContents id): one reload, and the notice the reloaded page asks for. */
const recoveries = new Map<number, RenderRecovery>();

function osLocale(): Locale {
  return systemLocale(app.getLocale());
}

/** Refusals (newer or foreign data file, …) are shown and the app quits; nothing is deleted. */
function showFatal(title: string, error: AppError): void {
  log.error('fatal', { code: error.code, detail: error.detail });
  dialog.showErrorBox(title, formatError(error, osLocale()));
  app.quit();
}

const menuHandlers: MenuHandlers = {
  // The page decides: a focused text field undoes its typing, anything else the last command
  // of the app-wide change log.
  undo: () => broadcast('menu:commandRequested', { command: 'undo' }),
  redo: () => broadcast('menu:commandRequested', { command: 'redo' }),
  importData: () => broadcast('menu:commandRequested', { command: 'import' }),
  exportData: () => broadcast('menu:commandRequested', { command: 'export' }),
  printVisitPlan: () => broadcast('menu:commandRequested', { command: 'printVisitPlan' }),
  setLocale: (locale) => {
    // The core emits data:changed(settings); the menu and the renderer follow from there.
    void core?.invoke('settings.update', { locale }).then((result) => {
      if (!result.ok) log.warn('locale change refused', { code: result.error.code });
    });
  },
  about: () => void showAbout(),
  exportDiagnostics: () => void help?.exportDiagnostics(),
  openDataFolder: () => void help?.openDataFolderFromMenu(),
};

/** About: the app's, Electron's, Chromium's, Node's, V8's, SQLite's and the OS's versions, with a copy button. */
async function showAbout(): Promise<void> {
  const locale = menuLocale;
  const current = core;
  const fromCore = current ? await coreVersions((method, input) => current.invoke(method, input)) : null;
  const versions = aboutVersions(fromCore, { app: app.getVersion(), runtime: process.versions, os: currentOs() });
  const box = aboutBox(locale, app.getName(), versions);
  const text = dialogText(locale);
  const { response } = await dialog.showMessageBox({
    type: 'info',
    ...box,
    buttons: [text.aboutOk, text.aboutCopy],
    defaultId: 0,
    cancelId: 0,
  });
  if (response === 1) clipboard.writeText(`${box.message}\n${box.detail}`);
}

async function readAppLocale(): Promise<Locale> {
  const result = await core?.invoke('settings.get', {});
  if (result?.ok) {
    const locale = (result.value as { locale?: unknown }).locale;
    if (isLocale(locale)) return locale;
  }
  return osLocale();
}

async function refreshMenu(): Promise<void> {
  menuLocale = await readAppLocale();
  const template = buildMenuTemplate(menuLocale, menuHandlers, {
    platform: process.platform,
    isPackaged: app.isPackaged,
    appName: app.getName(),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function openMainWindow(): BrowserWindow {
  const statePath = windowStatePath(app.getPath('userData'));
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const window = createMainWindow({
    preloadPath: join(here, '../preload/index.cjs'),
    isPackaged: app.isPackaged,
    devServerUrl,
    state: loadWindowState(statePath, workAreas),
    title: app.getName(),
    onSaveState: (state) => {
      try {
        saveWindowState(statePath, state);
      } catch (error) {
        log.warn('window state not saved', { error });
      }
    },
  });
  const recovery = createRenderRecovery();
  const contentsId = window.webContents.id;
  recoveries.set(contentsId, recovery);
  window.webContents.on('render-process-gone', (_event, details) => {
    const action = recovery.gone(details.reason);
    log.error('renderer gone', { reason: details.reason, exitCode: details.exitCode, action });
    if (action === 'reload') {
      // The reloaded page asks host.takeRecoveryNotice() and says it was reloaded after a crash.
      window.webContents.reload();
    } else if (action === 'giveUp') {
      const text = dialogText(menuLocale);
      dialog.showErrorBox(text.rendererGoneTitle, text.rendererGoneBody);
    }
  });
  window.on('closed', () => {
    recoveries.delete(contentsId);
    if (mainWindow === window) mainWindow = null;
  });
  return window;
}

function broadcast(event: string, payload: unknown): void {
  for (const window of BrowserWindow.getAllWindows()) {
    if (!window.isDestroyed()) window.webContents.send(IPC_EVENT_CHANNEL, { event, payload });
  }
}

async function start(): Promise<void> {
  const defaultSession = session.defaultSession;
  defaultSession.setPermissionRequestHandler(permissionHandlers.request);
  defaultSession.setPermissionCheckHandler(permissionHandlers.check);
  defaultSession.setDevicePermissionHandler(permissionHandlers.device);
  handleAppProtocol(join(here, '../renderer'));

  const startup = resolveStartup({ argv: process.argv, env: process.env, userDataDir: app.getPath('userData') });
  const host = createCoreHost({
    spawn: () =>
      spawnCoreWorker({ ...startup, appVersion: app.getVersion(), diagnostics: { logsDir, hostVersions: hostVersionsOf(process.versions) } }),
    log,
    writeWorkerLog: createRotatingFileSink({ dir: logsDir, fileName: 'core.log' }),
    parserLauncher: utilityProcessLauncher(join(here, 'importerChild.js')),
  });
  core = host;
  const started = await host.start();
  if (!started.ok) {
    coreClosed = true;
    showFatal(dialogText(osLocale()).cannotOpenTitle, started.error);
    return;
  }
  host.onFailure((error) => showFatal(dialogText(menuLocale).coreStoppedTitle, error));
  const saveFile = createSaveFile(() => mainWindow);
  const invoke = (method: Parameters<CoreHost['invoke']>[0], input: unknown) => host.invoke(method, input);
  help = createHelpActions({
    invoke,
    saveFile,
    openPath: (path) => shell.openPath(path),
    // The data file's folder: its backups are inside, and it is userData unless --db says otherwise.
    dataDir: dirname(startup.dbPath),
    locale: () => menuLocale,
    showError: (title, body) => dialog.showErrorBox(title, body),
    showInfo: async (title, body) => {
      await dialog.showMessageBox({ type: 'info', title, message: title, detail: body });
    },
    log,
  });
  const printDeps = {
    createWindow: () => new BrowserWindow(printWindowOptions(join(here, '../preload/index.cjs'), app.isPackaged)),
    entryUrl: rendererEntryUrl({ isPackaged: app.isPackaged, devServerUrl }),
    saveFile,
    log,
  };
  registerSecureHandlers({
    invoke,
    log,
    devServerUrl,
    clipboard,
    saveFile,
    printPlan: createPrintPlan(printDeps),
    printReport: createPrintReport(printDeps),
    openDataFolder: help.openDataFolder,
    takeRecoveryNotice: (contentsId) => (contentsId === undefined ? false : (recoveries.get(contentsId)?.takeNotice() ?? false)),
  });
  host.onEvent((event, payload) => {
    broadcast(event, payload);
    if (affectsMenuLocale(event, payload)) void refreshMenu();
  });
  await refreshMenu();
  mainWindow = openMainWindow();
  // Background services that need the window and the core (the updater) start here.
  // Updates (electron/main/updates): off unless turned on in 设置 → 更新; failures are logged, never fatal.
  void startUpdates(host, log, app.isPackaged);
}

if (!app.requestSingleInstanceLock()) {
  // Two processes must never open the same database; the first instance takes over.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    installContentsGuards(contents, originOptions, (kind, url) => {
      // Only the scheme is logged: a blocked URL may carry client data.
      log.warn('navigation blocked', { kind, scheme: url.split(':', 1)[0] });
    });
  });

  app.on('child-process-gone', (_event, details) => {
    log.error('child process gone', { type: details.type, reason: details.reason, exitCode: details.exitCode });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (core && !coreClosed && BrowserWindow.getAllWindows().length === 0) mainWindow = openMainWindow();
  });

  // Let the core checkpoint and close the database before the process ends.
  app.on('will-quit', (event) => {
    if (!core || coreClosed) return;
    event.preventDefault();
    void core.close().finally(() => {
      coreClosed = true;
      app.quit();
    });
  });

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log.error('start-up failed', { error });
      showFatal(dialogText(osLocale()).cannotOpenTitle, {
        code: 'internal',
        detail: error instanceof Error ? error.message : String(error),
      });
    });
}
