import { SettingsSchema, type Settings } from '../../../../shared/domain/schemas';
import { DEFAULT_LOCALE } from '../../../../shared/i18n/locales';
import type { Db } from '../connection';

const DEFAULT_SETTINGS: Settings = { locale: DEFAULT_LOCALE };

export function readSetting(db: Db, key: string): unknown {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as unknown) : undefined;
}

export function writeSetting(db: Db, key: string, value: unknown): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
    key,
    JSON.stringify(value),
  );
}

/** User settings; a stored value that no longer validates falls back to the default for that key only. */
export function readSettings(db: Db): Settings {
  const stored = readSetting(db, 'user');
  const candidate: Record<string, unknown> = { ...DEFAULT_SETTINGS, ...(typeof stored === 'object' && stored !== null ? stored : {}) };
  const parsed = SettingsSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  // Key by key, so one bad value (say an update address a newer version accepted) costs only itself.
  const kept: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, schema] of Object.entries(SettingsSchema.shape)) {
    if (candidate[key] !== undefined && schema.safeParse(candidate[key]).success) kept[key] = candidate[key];
  }
  const fallback = SettingsSchema.safeParse(kept);
  return fallback.success ? fallback.data : DEFAULT_SETTINGS;
}

export function writeSettings(db: Db, patch: Partial<Settings>): Settings {
  const next = SettingsSchema.parse({ ...readSettings(db), ...patch });
  writeSetting(db, 'user', next);
  return next;
}
