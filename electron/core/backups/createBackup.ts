import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../db/connection';
import { backupDatabase, backupsDirFor, type BackupResult } from '../db/backup';
import type { Logger } from '../log/logger';
import { withOps, type BackupOps } from './backupOps';
import { backupFileName, kindOf, type NamedReason } from './reasons';
import { pruneBackups } from './prune';

export interface CreateBackupOptions {
  log: Logger;
  ops?: Partial<BackupOps>;
  /** Backups pruning must leave alone besides the new one (the one a restore is reading). */
  protect?: readonly string[];
  now?: () => Date;
}

export interface CreatedBackup extends BackupResult {
  /** The file name in the backups folder: what the list and a restore call it. */
  id: string;
}

/**
 * The one way the app takes a backup of its database for a reason: named by the reason and
 * time, verified (backupDatabase), and, when it is an automatic one, followed by pruning.
 */
export async function createBackup(db: Db, dbPath: string, reason: NamedReason, options: CreateBackupOptions): Promise<CreatedBackup> {
  const ops = withOps(options.ops);
  const now = options.now?.() ?? new Date();
  const dir = backupsDirFor(dbPath);
  const id = backupFileName(reason, now, (name) => existsSync(join(dir, name)));
  const result = await backupDatabase(db, join(dir, id), { reason, ops });
  options.log.info('backup verified', { reason, bytes: result.bytes, clients: result.clients });
  if (kindOf(reason) === 'automatic') {
    try {
      pruneBackups(dir, { now: now.getTime(), protect: [id, ...(options.protect ?? [])], ops, log: options.log });
    } catch (error) {
      // The backup is made and verified; pruning is tried again after the next one.
      options.log.error('pruning backups failed', { error });
    }
  }
  return { ...result, id };
}
