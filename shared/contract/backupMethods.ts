import { z } from 'zod';
import { command, query } from './defineMethod';
import { DATA_SCOPES } from './readScopes';

/**
 * Why a backup was taken. Automatic ones are pruned by the retention rule; 'manual' (立即备份)
 * and 'other' (a file someone put into the folder) are kept until the user removes them.
 */
export const BackupReasonSchema = z.enum([
  'manual',
  'before-import',
  'before-model-change',
  'before-migration',
  'before-start-empty',
  'before-load-demo',
  'before-restore',
  'other',
]);
export type BackupReason = z.infer<typeof BackupReasonSchema>;

/** Why the retention rule keeps a backup; null: the next automatic backup removes it. */
export const BackupKeptBecauseSchema = z.enum(['manual', 'recent', 'monthly']).nullable();
export type BackupKeptBecause = z.infer<typeof BackupKeptBecauseSchema>;

/** A backup is named by its file name in the backups folder, nothing else: no folders, no dot files. */
const FORBIDDEN_IN_NAMES = /[\\/:*?"<>|]/;
const isPlainName = (name: string) => !name.startsWith('.') && !FORBIDDEN_IN_NAMES.test(name) && [...name].every((char) => char >= ' ');
export const BackupIdSchema = z
  .string()
  .min(8)
  .max(255)
  .refine((name) => name.endsWith('.sqlite') && isPlainName(name), 'a file name in the backups folder');

export const BackupEntrySchema = z.object({
  id: BackupIdSchema,
  /** ISO time the backup was taken. */
  createdAt: z.string(),
  reason: BackupReasonSchema,
  kind: z.enum(['manual', 'automatic']),
  /** Clients in the copy; null when the copy cannot tell (a foreign or damaged file). */
  clients: z.number().int().nonnegative().nullable(),
  /** The database file and its note. */
  bytes: z.number().int().nonnegative(),
  schemaVersion: z.number().int().nonnegative().nullable(),
  keptBecause: BackupKeptBecauseSchema,
});
export type BackupEntry = z.infer<typeof BackupEntrySchema>;

export const BackupListSchema = z.object({
  entries: z.array(BackupEntrySchema),
  totalBytes: z.number().int().nonnegative(),
  dir: z.string(),
  /** The retention rule, so the page can say it in words. */
  retention: z.object({ recent: z.number().int().positive(), months: z.number().int().positive() }),
});
export type BackupList = z.infer<typeof BackupListSchema>;

const NoInput = z.strictObject({});

export const backupMethods = {
  /** Newest first. Any change may have taken an automatic backup first, so every scope makes it stale. */
  'backups.list': query(NoInput, BackupListSchema, DATA_SCOPES),
  /** 立即备份: a verified copy kept until removed by hand; locked, so it never holds half a command. */
  'db.backup': command(
    NoInput,
    z.object({ id: BackupIdSchema, path: z.string(), bytes: z.number().int().nonnegative(), integrity: z.string() }),
  ),
  /**
   * Validates the backup (and brings an older one to the current schema on a temporary copy),
   * keeps the current data aside as a 'before-restore' backup, then replaces every table's rows
   * in one transaction. Restoring `keptAsideId` takes the restore back (撤销恢复).
   */
  'backups.restore': command(
    z.strictObject({ id: BackupIdSchema }),
    z.object({
      restoredId: BackupIdSchema,
      keptAsideId: BackupIdSchema,
      clients: z.number().int().nonnegative(),
      /** The backup's schema version when it had to be brought up to date, else null. */
      migratedFrom: z.number().int().nonnegative().nullable(),
    }),
  ),
} as const;
