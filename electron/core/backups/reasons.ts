import type { BackupReason } from '../../../shared/contract/backupMethods';

/**
 * How a backup's file name says why it was taken. Every automatic backup has always been
 * named this way, so a file written before the note recorded its reason still tells it.
 */
const PREFIXES: readonly (readonly [RegExp, BackupReason])[] = [
  [/^manual-/, 'manual'],
  [/^before-import-/, 'before-import'],
  [/^before-model-change-/, 'before-model-change'],
  [/^pre-v\d+-to-v\d+-/, 'before-migration'],
  [/^before-start-empty-/, 'before-start-empty'],
  [/^before-load-demo-/, 'before-load-demo'],
  [/^before-restore-/, 'before-restore'],
];

export function reasonFromFileName(name: string): BackupReason {
  return PREFIXES.find(([prefix]) => prefix.test(name))?.[1] ?? 'other';
}

/** Only what the app takes on its own is pruned; by hand (or put there by hand) is kept. */
export function kindOf(reason: BackupReason): 'manual' | 'automatic' {
  return reason === 'manual' || reason === 'other' ? 'manual' : 'automatic';
}

/** The reasons the app names files for itself; a migration's backup names its versions (openDatabase). */
export type NamedReason = Exclude<BackupReason, 'before-migration' | 'other'>;

/** Time stamps safe in file names on every OS: 2026-11-23T08-15-02-123Z. */
export function fileStamp(date = new Date()): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

const STAMP = /(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/;

/** The ISO time in a file name written with fileStamp, or null. */
export function stampedAt(name: string): string | null {
  const match = STAMP.exec(name);
  if (!match) return null;
  const iso = `${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

/** `<reason>-<stamp>.sqlite`, with `-2`, `-3` … when two backups fall in the same millisecond. */
export function backupFileName(reason: NamedReason, date: Date, taken: (name: string) => boolean): string {
  const base = `${reason}-${fileStamp(date)}`;
  let name = `${base}.sqlite`;
  for (let n = 2; taken(name); n++) name = `${base}-${n}.sqlite`;
  return name;
}
