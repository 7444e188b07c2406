import type { CoreHost } from '../coreHost';
import type { Logger } from '../../core/log/logger';
import { createUpdateService, type UpdateService, type UpdaterLike } from './updateService';

/**
 * electron-updater behind UpdaterLike. Loaded only in a packaged app: a dev run has no
 * app-update.yml, and the updater would only report that.
 */
async function electronUpdater(): Promise<UpdaterLike> {
  // CommonJS package: its named export sits on the default export under ESM.
  const { autoUpdater } = (await import('electron-updater')).default;
  // Its own log lines carry the feed address and download paths; the service logs codes instead.
  autoUpdater.logger = null;
  return {
    get autoDownload() {
      return autoUpdater.autoDownload;
    },
    set autoDownload(value) {
      autoUpdater.autoDownload = value;
    },
    get autoInstallOnAppQuit() {
      return autoUpdater.autoInstallOnAppQuit;
    },
    set autoInstallOnAppQuit(value) {
      autoUpdater.autoInstallOnAppQuit = value;
    },
    setFeedURL: (feed) => autoUpdater.setFeedURL(feed),
    checkForUpdates: () => autoUpdater.checkForUpdates(),
    onReport(listener) {
      autoUpdater.on('update-not-available', () => listener({ kind: 'notAvailable' }));
      autoUpdater.on('update-available', (info) => listener({ kind: 'available', version: info.version }));
      autoUpdater.on('update-downloaded', (info) => listener({ kind: 'downloaded', version: info.version }));
      autoUpdater.on('error', (error) => listener({ kind: 'error', error }));
    },
  };
}

/** Starts automatic updates once the core is open; a failure here never stops the app. */
export async function startUpdates(host: CoreHost, log: Logger, isPackaged: boolean): Promise<UpdateService | null> {
  if (!isPackaged) return null;
  try {
    const service = createUpdateService({
      loadUpdater: electronUpdater,
      invoke: (method, input) => host.invoke(method, input),
      onEvent: (listener) => host.onEvent(listener),
      log,
      isPackaged,
    });
    await service.start();
    return service;
  } catch (error) {
    log.error('updates not started', { error });
    return null;
  }
}
