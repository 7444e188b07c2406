import type { BackupKeptBecause } from '../../../shared/contract/backupMethods';

export interface RetentionRule {
  /** The newest automatic backups kept whatever their age. */
  recent: number;
  /** Beyond those, the newest automatic backup of each of this many calendar months (this one included). */
  months: number;
}

export const RETENTION: RetentionRule = { recent: 20, months: 12 };

export interface RetainedBackup {
  id: string;
  /** When it was taken (ms since the epoch). */
  at: number;
  kind: 'manual' | 'automatic';
}

/** Months counted in the user's own calendar: a backup at 07:00 on 1 March in Beijing is a March one. */
export function localMonthIndex(at: number): number {
  const date = new Date(at);
  return date.getFullYear() * 12 + date.getMonth();
}

/** Newest first; equal times by id, so the order never depends on the listing's. */
function newestFirst(a: RetainedBackup, b: RetainedBackup): number {
  return b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/**
 * Why each backup is kept, or null when pruning may remove it. Manual backups are kept for
 * ever; of the automatic ones, the `recent` newest, and the newest of each of the last `months`
 * calendar months. Keeping the newest of a month (rather than any one) makes the rule stable:
 * a backup the rule lets go is never one it would want back after later backups or later days.
 */
export function retention(
  backups: readonly RetainedBackup[],
  now: number,
  rule: RetentionRule = RETENTION,
  monthIndex: (at: number) => number = localMonthIndex,
): Map<string, BackupKeptBecause> {
  const kept = new Map<string, BackupKeptBecause>();
  const currentMonth = monthIndex(now);
  const monthsSeen = new Set<number>();
  const automatic = backups.filter((backup) => backup.kind === 'automatic').sort(newestFirst);
  automatic.forEach((backup, rank) => {
    const month = monthIndex(backup.at);
    const newestOfMonth = !monthsSeen.has(month);
    monthsSeen.add(month);
    const age = currentMonth - month;
    if (rank < rule.recent) kept.set(backup.id, 'recent');
    else if (newestOfMonth && age >= 0 && age < rule.months) kept.set(backup.id, 'monthly');
    else kept.set(backup.id, null);
  });
  for (const backup of backups) if (backup.kind === 'manual') kept.set(backup.id, 'manual');
  return kept;
}
