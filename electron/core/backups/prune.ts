import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../log/logger';
import { removeAll, type BackupOps } from './backupOps';
import { findBackups } from './listBackups';
import { RETENTION, retention, type RetentionRule } from './retention';
import { sidecarPath } from './sidecar';

export interface PruneOptions {
  now: number;
  /** Never removed, whatever the rule says: the backup just written, the one being restored. */
  protect: readonly string[];
  ops: BackupOps;
  log: Logger;
  rule?: RetentionRule;
}

/** Files a backup interrupted by a crash left, and the -wal/-shm pairs earlier versions left beside each copy. */
const LEFTOVER = /\.sqlite(\.json)?\.partial(-wal|-shm|-journal)?$/;
/** Old enough that no backup running now can own it. */
const LEFTOVER_AGE_MS = 60 * 60 * 1000;

function leftovers(dir: string, now: number): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && LEFTOVER.test(entry.name))
    .map((entry) => join(dir, entry.name))
    .filter((path) => now - statSync(path).mtimeMs > LEFTOVER_AGE_MS);
}

/**
 * Removes the automatic backups the retention rule no longer keeps, each with its note.
 * A file that cannot be removed now (locked by a virus scanner, say) stays and is tried
 * again after the next automatic backup; that never fails the backup just taken.
 */
export function pruneBackups(dir: string, options: PruneOptions): { removed: string[] } {
  const found = findBackups(dir);
  const kept = retention(
    found.map((backup) => ({ id: backup.id, at: Date.parse(backup.createdAt), kind: backup.kind })),
    options.now,
    options.rule ?? RETENTION,
  );
  const protect = new Set(options.protect);
  const removed: string[] = [];
  let failed = 0;
  for (const backup of found) {
    if (backup.kind !== 'automatic' || protect.has(backup.id) || kept.get(backup.id) !== null) continue;
    // The database first: its note alone is ignored, while the database alone is still a backup.
    const left = removeAll(options.ops, [backup.path]);
    if (left.length === 0) left.push(...removeAll(options.ops, [sidecarPath(backup.path)]));
    if (left.length > 0) failed++;
    else removed.push(backup.id);
  }
  const stale = leftovers(dir, options.now);
  failed += removeAll(options.ops, stale).length;
  if (failed > 0) options.log.warn('backup files not pruned', { files: failed });
  if (removed.length > 0 || stale.length > 0) options.log.info('backups pruned', { removed: removed.length, leftovers: stale.length });
  return { removed };
}
