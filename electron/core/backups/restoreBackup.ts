import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppFailure, DATA_SCOPES, type MethodOutput } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { backupsDirFor, clientCountOf } from '../db/backup';
import { recordRestore, replaceAllRows } from '../db/repos/restoreRepo';
import { LATEST_VERSION } from '../db/migrations';
import { regradeAll } from '../services/regrade';
import { removeAll, withOps, type BackupOps } from './backupOps';
import { createBackup } from './createBackup';
import { backupFailure, failureKind } from './failures';
import { judgeBackupFile, prepareCopy } from './prepareCopy';
import { fileStamp, reasonFromFileName } from './reasons';
import { readSidecar, sidecarPath } from './sidecar';

export type RestoreResult = MethodOutput<'backups.restore'>;

export interface RestoreOptions {
  ops?: Partial<BackupOps>;
}

/** A backup is only ever named by a file that the folder lists: an id cannot point elsewhere. */
function locate(dir: string, id: string): string {
  const listed = existsSync(dir) && readdirSync(dir, { withFileTypes: true }).some((entry) => entry.isFile() && entry.name === id);
  if (!listed) throw new AppFailure('backups.notFound', { id });
  return join(dir, id);
}

/**
 * Restores a backup over the live data:
 * 1. the backup is judged by its header, copied into a temporary folder, and the copy checked
 *    and brought to the current schema (the backup itself is only read, byte by byte);
 * 2. the current data is kept aside as a verified 'before-restore' backup;
 * 3. every table's rows are replaced from the copy in one transaction on the core's own
 *    connection, without the change capture; the grades are recomputed in it.
 * Any failure before the commit leaves the live data as it was, and no temporary file.
 * Restoring a 'before-restore' backup is the undo of a restore: it puts that state back
 * exactly, history included.
 */
export async function restoreBackup(ctx: CoreContext, id: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  const ops = withOps(options.ops);
  const dir = backupsDirFor(ctx.dbPath);
  const work = join(dir, `.restore-${fileStamp(new Date(Date.parse(ctx.now())))}`);
  let reason = reasonFromFileName(id);
  let keptAside: string | null = null;
  let committed = false;
  try {
    const source = locate(dir, id);
    judgeBackupFile(source, id);
    reason = readSidecar(source)?.reason ?? reason;
    ops.mkdir(work);
    const copy = join(work, 'restore.sqlite');
    ops.copyFile(source, copy);
    const version = await prepareCopy(copy, ctx.log, ctx.now());
    const aside = await createBackup(ctx.db, ctx.dbPath, 'before-restore', { log: ctx.log, ops, protect: [id], now: () => new Date(ctx.now()) });
    keptAside = aside.id;
    let clients = 0;
    try {
      replaceAllRows(ctx.db, copy, () => {
        if (reason !== 'before-restore') recordRestore(ctx.db, ctx.now(), { backup: id, keptAside: aside.id });
        ctx.grading.invalidate();
        regradeAll(ctx.db, ctx.grading.model().definition, ctx.grading.dictionaries());
        clients = clientCountOf(ctx.db) ?? 0;
      });
      committed = true;
    } finally {
      // Whatever the outcome, the cache must not hold what the rolled-back or replaced data said.
      ctx.grading.invalidate();
    }
    ctx.log.info('backup restored', { reason, fromVersion: version, clients });
    ctx.bus.emit('data:changed', { scopes: [...DATA_SCOPES], clientSetChanged: true });
    return { restoredId: id, keptAsideId: aside.id, clients, migratedFrom: version < LATEST_VERSION ? version : null };
  } catch (error) {
    // When the restore did not happen, the copy of the current data taken for it has nothing to undo.
    const leftBehind = keptAside && !committed ? removeAll(ops, [join(dir, keptAside), sidecarPath(join(dir, keptAside))]) : [];
    ctx.log.warn('restore refused or failed', { code: error instanceof AppFailure ? error.error.code : failureKind(error), reason });
    throw backupFailure(error, { dir, action: 'restore', leftBehind });
  } finally {
    const left = removeAll(ops, [work]);
    if (left.length > 0) ctx.log.warn('restore work folder not removed', { files: left.length });
  }
}
