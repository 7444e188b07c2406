import { AppFailure } from '../../../shared/contract';

/** The errno or SQLite code of a failure (better-sqlite3 and node:fs both set `code`). */
function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

const DISK_FULL = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL']);
const READ_ONLY = new Set(['EROFS', 'EACCES', 'EPERM', 'SQLITE_PERM', 'SQLITE_CANTOPEN', 'SQLITE_AUTH']);
const LOCKED = new Set(['EBUSY', 'ETXTBSY']);

export type FailureKind = 'diskFull' | 'readOnly' | 'locked' | 'corrupt' | 'other';

/** What kind of trouble an error from the disk or from SQLite is. */
export function failureKind(error: unknown): FailureKind {
  const code = codeOf(error);
  if (DISK_FULL.has(code)) return 'diskFull';
  if (READ_ONLY.has(code) || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) return 'readOnly';
  if (LOCKED.has(code) || code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'locked';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'corrupt';
  return 'other';
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * A failure of a backup or a restore as the error the user reads. The detail keeps the
 * technical message (and what clean-up could not remove, if anything).
 */
export function backupFailure(error: unknown, context: { dir: string; action: 'backup' | 'restore'; leftBehind?: readonly string[] }): AppFailure {
  if (error instanceof AppFailure) return error;
  const detail = [message(error), ...(context.leftBehind?.length ? [`not removed: ${context.leftBehind.join('; ')}`] : [])].join(' | ');
  switch (failureKind(error)) {
    case 'diskFull':
      return new AppFailure('backups.diskFull', undefined, detail);
    case 'readOnly':
      return new AppFailure('backups.readOnly', { dir: context.dir }, detail);
    case 'locked':
      return new AppFailure('backups.locked', undefined, detail);
    case 'corrupt':
      return new AppFailure('backups.corrupt', undefined, detail);
    default:
      return context.action === 'backup'
        ? new AppFailure('db.backupFailed', { reason: message(error) }, detail)
        : new AppFailure('backups.restoreFailed', { reason: message(error) }, detail);
  }
}
