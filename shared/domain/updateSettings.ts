import { z } from 'zod';

/** Longest feed address accepted; a real one is a short company URL. */
export const UPDATE_URL_MAX = 500;

// https only, a host (DNS name, IPv4 or [IPv6]), an optional port and path. No user:password@
// (no secrets in settings), no query or fragment: electron-updater appends file names to the path.
// A regex because shared/ has no URL class (no DOM or Node types); the host checks that reach
// the network are electron-updater's.
const HTTPS_FEED =
  /^https:\/\/(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::(\d{1,5}))?(?:\/[^\s?#\\]*)?$/i;

/** Whether `value` is an https address the updater may use as its generic feed. */
export function isHttpsFeedUrl(value: string): boolean {
  if (value.length > UPDATE_URL_MAX) return false;
  const match = HTTPS_FEED.exec(value);
  if (!match) return false;
  const port = match[1];
  return port === undefined || (Number(port) >= 1 && Number(port) <= 65_535);
}

export const UpdateFeedUrl = z
  .string()
  .trim()
  .max(UPDATE_URL_MAX)
  .refine(isHttpsFeedUrl, { message: 'an https:// address is required' });

/**
 * Automatic updates: off until the user turns them on with the address of the company's
 * update server (electron-updater's generic provider). An empty address is allowed while off.
 */
export const UpdateSettingsSchema = z
  .object({
    enabled: z.boolean(),
    url: z.union([z.literal(''), UpdateFeedUrl]),
  })
  .refine((value) => !value.enabled || value.url !== '', { message: 'an address is required to turn updates on', path: ['url'] });
export type UpdateSettings = z.infer<typeof UpdateSettingsSchema>;

export const DEFAULT_UPDATE_SETTINGS: UpdateSettings = { enabled: false, url: '' };

/** How the last update check ended, written by the desktop host and shown in 设置. */
export const UpdateCheckOutcome = z.enum(['upToDate', 'downloading', 'downloaded', 'failed']);
export type UpdateCheckOutcome = z.infer<typeof UpdateCheckOutcome>;

export const UpdateCheckSchema = z.object({
  /** ISO time of the check. */
  at: z.string().max(40),
  outcome: UpdateCheckOutcome,
  /** The version the feed offers (when it offers a newer one). */
  version: z.string().max(64).optional(),
  /** A short error code (never a message: those carry paths and addresses). */
  error: z.string().max(64).optional(),
});
export type UpdateCheck = z.infer<typeof UpdateCheckSchema>;

/** The update settings of a settings object, with the default for a database that has none. */
export function updateSettingsOf(settings: { updates?: UpdateSettings | undefined }): UpdateSettings {
  return settings.updates ?? DEFAULT_UPDATE_SETTINGS;
}
