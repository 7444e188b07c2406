import type { BackupEntry } from '../../../../../shared/contract/backupMethods';
import type { Locale } from '../../../../../shared/i18n/locales';

/** The i18n key of why a backup is kept (or that it goes at the next automatic backup). */
export function keptKey(entry: Pick<BackupEntry, 'keptBecause'>): `backups.kept.${NonNullable<BackupEntry['keptBecause']> | 'none'}` {
  return `backups.kept.${entry.keptBecause ?? 'none'}`;
}

export function reasonKey(entry: Pick<BackupEntry, 'reason'>): `backups.reason.${BackupEntry['reason']}` {
  return `backups.reason.${entry.reason}`;
}

/** A backup's time in the user's language and time zone: 2026年11月23日 16:15:02 / Nov 23, 2026, 4:15:02 PM. */
export function backupDate(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
}
