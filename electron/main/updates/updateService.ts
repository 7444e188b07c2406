import type { EventName, MethodName, Result } from '../../../shared/contract';
import { updateSettingsOf, type UpdateSettings } from '../../../shared/domain/updateSettings';
import type { Logger } from '../../core/log/logger';
import { IDLE, checkRecord, decideCheck, feedChanged, mayInstallOnQuit, type Activity, type GenericFeed, type UpdaterReport } from './updatePolicy';

/** The parts of electron-updater's autoUpdater this app uses (a fake in tests). */
export interface UpdaterLike {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  setFeedURL(feed: GenericFeed): void;
  checkForUpdates(): Promise<unknown>;
  onReport(listener: (report: UpdaterReport) => void): void;
}

export interface UpdateServiceDeps {
  /** Loaded on the first check, so a user who never turns updates on never loads electron-updater. */
  loadUpdater(): Promise<UpdaterLike>;
  invoke(method: MethodName, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: (event: EventName, payload: unknown) => void): () => void;
  log: Logger;
  isPackaged: boolean;
  now?: () => string;
}

export interface UpdateService {
  /** Reads the setting and checks if it is on; call once the core is open. */
  start(): Promise<void>;
  stop(): void;
}

/**
 * Checks the generic feed named in the settings when the app starts (and when the user turns
 * updates on or changes the address), lets electron-updater download in the background and
 * install on quit, and keeps install-on-quit off while an import runs. Each outcome is written
 * to the settings (updateCheck) for 设置 to show; the log gets outcomes, versions and codes only.
 */
export function createUpdateService(deps: UpdateServiceDeps): UpdateService {
  const { log } = deps;
  const now = deps.now ?? (() => new Date().toISOString());
  let updater: UpdaterLike | null = null;
  let activity: Activity = { ...IDLE };
  let settings: UpdateSettings | null = null;
  let checking = false;
  let waitingForIdle = false;
  let unsubscribe: (() => void) | null = null;

  const applyInstallPolicy = () => {
    if (updater) updater.autoInstallOnAppQuit = mayInstallOnQuit(activity, settings?.enabled ?? false);
  };

  const record = async (report: UpdaterReport) => {
    const entry = checkRecord(report, now());
    if (report.kind === 'error') log.warn('update check failed', { code: entry.error });
    else log.info('update check', { outcome: entry.outcome, version: entry.version });
    const saved = await deps.invoke('settings.update', { updateCheck: entry });
    if (!saved.ok) log.warn('update check not recorded', { code: saved.error.code });
  };

  const readSettings = async (): Promise<UpdateSettings | null> => {
    const result = await deps.invoke('settings.get', {});
    if (!result.ok) {
      log.warn('update settings not read', { code: result.error.code });
      return null;
    }
    return updateSettingsOf(result.value as { updates?: UpdateSettings });
  };

  const check = async () => {
    if (!settings || checking) return;
    const decision = decideCheck({ settings, isPackaged: deps.isPackaged, activity });
    if (!decision.check) {
      waitingForIdle = decision.reason === 'busy';
      if (decision.reason !== 'disabled') log.info('update check skipped', { reason: decision.reason });
      return;
    }
    waitingForIdle = false;
    checking = true;
    try {
      const ready = await arm();
      ready.setFeedURL(decision.feed);
      await ready.checkForUpdates();
    } catch (error) {
      // electron-updater reported it through its 'error' event as well (recorded there).
      log.info('update check ended with an error', { code: checkRecord({ kind: 'error', error }, now()).error });
    } finally {
      checking = false;
    }
  };

  /** electron-updater, set up once: downloads in the background, installs on quit when idle. */
  const arm = async (): Promise<UpdaterLike> => {
    if (updater) return updater;
    const loaded = await deps.loadUpdater();
    loaded.autoDownload = true;
    loaded.onReport((report) => void record(report));
    updater = loaded;
    applyInstallPolicy();
    return loaded;
  };

  const onSettingsChanged = async () => {
    const next = await readSettings();
    if (!next) return;
    const before = settings;
    settings = next;
    applyInstallPolicy();
    if (before && feedChanged(before, next)) await check();
  };

  return {
    async start() {
      unsubscribe = deps.onEvent((event, payload) => {
        if (event === 'activity:changed') {
          activity = { ...activity, importing: (payload as { importing: boolean }).importing };
          applyInstallPolicy();
          if (waitingForIdle && !activity.importing) void check();
        } else if (event === 'data:changed' && (payload as { scopes?: string[] }).scopes?.includes('settings')) {
          void onSettingsChanged();
        } else if (event === 'core:restarted') {
          // A new core worker: whatever import the old one ran is over.
          activity = { ...IDLE };
          applyInstallPolicy();
        }
      });
      settings = await readSettings();
      await check();
    },
    stop() {
      unsubscribe?.();
      unsubscribe = null;
    },
  };
}
