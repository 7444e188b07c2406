import { formatError, methods, type AppError } from '../../shared/contract';
import { VersionsSchema, type Versions } from '../../shared/contract/diagnosticsMethods';
import type { Locale } from '../../shared/i18n/locales';
import { interpolate } from '../../shared/i18n/interpolate';
import type { Logger } from '../core/log/logger';
import { describeOs, type OsFacts } from '../core/diagnostics/versions';
import { aboutDetail, dialogText } from './dialogText';
import type { Invoke, SaveFile } from './secureHandle';

/**
 * The 帮助 menu's actions, with Electron passed in (shell.openPath, the dialogs), so the
 * decisions can be tested without it.
 */
export interface HelpActionDeps {
  invoke: Invoke;
  saveFile: SaveFile;
  /** Electron's shell.openPath: resolves to '' on success, else to the system's reason. */
  openPath: (path: string) => Promise<string>;
  /** The folder of the data file (its backups folder is inside). */
  dataDir: string;
  locale: () => Locale;
  showError: (title: string, body: string) => void;
  showInfo: (title: string, body: string) => Promise<void>;
  log: Logger;
}

export interface HelpActions {
  exportDiagnostics(): Promise<void>;
  /** The host function behind 打开数据文件夹 (menu and settings page): no dialog, the caller tells the user. */
  openDataFolder(): Promise<{ opened: boolean }>;
  /** The menu's version: a dialog with the path when the system cannot open it. */
  openDataFolderFromMenu(): Promise<void>;
}

export function createHelpActions(deps: HelpActionDeps): HelpActions {
  const text = () => dialogText(deps.locale());
  const failed = (error: AppError) => deps.showError(text().diagnosticsFailedTitle, formatError(error, deps.locale()));

  const openDataFolder = async () => {
    const problem = await deps.openPath(deps.dataDir);
    if (problem) deps.log.warn('data folder not opened', { reason: problem });
    return { opened: problem === '' };
  };

  return {
    async exportDiagnostics() {
      const result = await deps.invoke('diagnostics.export', {});
      if (!result.ok) {
        deps.log.warn('diagnostics export refused', { code: result.error.code });
        failed(result.error);
        return;
      }
      const zip = methods['diagnostics.export'].output.safeParse(result.value);
      if (!zip.success) {
        failed({ code: 'internal', detail: 'diagnostics.export returned no file' });
        return;
      }
      try {
        const saved = await deps.saveFile(zip.data.fileName, Buffer.from(zip.data.base64, 'base64'));
        if (saved.saved) await deps.showInfo(text().diagnosticsSavedTitle, text().diagnosticsSavedBody);
      } catch (error) {
        deps.log.error('diagnostics not saved', { error });
        failed({ code: 'internal', detail: error instanceof Error ? error.message : String(error) });
      }
    },
    openDataFolder,
    async openDataFolderFromMenu() {
      const { opened } = await openDataFolder();
      if (!opened) deps.showError(text().openFolderFailedTitle, interpolate(text().openFolderFailedBody, { path: deps.dataDir }));
    },
  };
}

export interface HostFacts {
  app: string;
  /** process.versions of the main process. */
  runtime: Readonly<Record<string, string | undefined>>;
  os: OsFacts;
}

/**
 * The About box's versions: the host's own (app, Electron, Chromium, Node, V8, OS) always,
 * the core's (SQLite, data version) when it answers; a stopped core leaves those unknown.
 */
export function aboutVersions(core: Partial<Versions> | null, host: HostFacts): Partial<Versions> {
  return {
    ...(core ?? {}),
    app: host.app,
    electron: host.runtime['electron'] ?? null,
    chromium: host.runtime['chrome'] ?? null,
    node: host.runtime['node'] ?? core?.node ?? 'unknown',
    v8: host.runtime['v8'] ?? core?.v8 ?? 'unknown',
    os: describeOs(host.os),
  };
}

/** Asks the core for its versions; null when it cannot answer (the About box still opens). */
export async function coreVersions(invoke: Invoke): Promise<Partial<Versions> | null> {
  const result = await invoke('diagnostics.info', {});
  if (!result.ok) return null;
  const parsed = VersionsSchema.partial().safeParse((result.value as { versions?: unknown } | null)?.versions);
  return parsed.success ? parsed.data : null;
}

/** The About box as Electron's showMessageBox wants it. */
export function aboutBox(locale: Locale, appName: string, versions: Partial<Versions>): { title: string; message: string; detail: string } {
  const text = dialogText(locale);
  return {
    title: text.aboutTitle,
    message: interpolate(text.aboutBody, { app: appName, version: versions.app ?? '' }),
    detail: aboutDetail(versions, locale),
  };
}
