import { isHttpsFeedUrl, type UpdateCheck, type UpdateSettings } from '../../../shared/domain/updateSettings';

/** What the app is doing that an update must not interrupt. */
export interface Activity {
  /** An import (transfer.commit) is writing: the core said so with 'activity:changed'. */
  importing: boolean;
  /** The core is (re)opening its database, which may run schema migrations. */
  migrating: boolean;
}

export const IDLE: Activity = { importing: false, migrating: false };

/** electron-updater's generic provider, the feed address taken from the setting. */
export interface GenericFeed {
  provider: 'generic';
  url: string;
}

export type SkipReason = 'disabled' | 'notPackaged' | 'invalidUrl' | 'busy';
export type CheckDecision = { check: true; feed: GenericFeed } | { check: false; reason: SkipReason };

export function isBusy(activity: Activity): boolean {
  return activity.importing || activity.migrating;
}

/**
 * Whether to ask the feed now. Off by default; only a packaged app updates itself (a dev
 * build has no app-update.yml); a busy app waits and asks once it is idle.
 */
export function decideCheck(input: { settings: UpdateSettings; isPackaged: boolean; activity: Activity }): CheckDecision {
  const { settings } = input;
  if (!settings.enabled) return { check: false, reason: 'disabled' };
  if (!isHttpsFeedUrl(settings.url)) return { check: false, reason: 'invalidUrl' };
  if (!input.isPackaged) return { check: false, reason: 'notPackaged' };
  if (isBusy(input.activity)) return { check: false, reason: 'busy' };
  return { check: true, feed: { provider: 'generic', url: settings.url } };
}

/**
 * Whether a downloaded update may be installed when the app quits: only while updates are on
 * (turning them off stops a pending install too), and never while an import or a migration
 * runs (the next quit installs it; the new version migrates on its first start).
 */
export function mayInstallOnQuit(activity: Activity, enabled: boolean): boolean {
  return enabled && !isBusy(activity);
}

/** A changed switch or address calls for a new check; the host's own check records do not. */
export function feedChanged(before: UpdateSettings, after: UpdateSettings): boolean {
  return before.enabled !== after.enabled || before.url !== after.url;
}

/** What electron-updater reported, as the record 设置 shows. */
export type UpdaterReport =
  | { kind: 'notAvailable' }
  | { kind: 'available'; version: string }
  | { kind: 'downloaded'; version: string }
  | { kind: 'error'; error: unknown };

export function checkRecord(report: UpdaterReport, at: string): UpdateCheck {
  switch (report.kind) {
    case 'notAvailable':
      return { at, outcome: 'upToDate' };
    case 'available':
      return { at, outcome: 'downloading', version: safeVersion(report.version) };
    case 'downloaded':
      return { at, outcome: 'downloaded', version: safeVersion(report.version) };
    case 'error':
      return { at, outcome: 'failed', error: errorCode(report.error) };
  }
}

const CODE = /^[A-Za-z0-9_.-]{1,64}$/;

/**
 * A short code for a failed check: electron-updater's ERR_UPDATER_* or Node's ENOTFOUND and
 * the like. Never the message: it carries the feed address, file paths and HTTP bodies.
 */
export function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === 'string' && CODE.test(code)) return code;
  }
  return 'unknown';
}

/** A feed could send anything as its version; keep a plain semver-looking string only. */
function safeVersion(version: string): string {
  return /^[0-9A-Za-z.+-]{1,64}$/.test(version) ? version : 'unknown';
}
