import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BackupIdSchema, type BackupEntry, type BackupList, type BackupReason } from '../../../shared/contract/backupMethods';
import { APPLICATION_ID, openReadOnly } from '../db/connection';
import { clientCountOf } from '../db/backup';
import { readFileHeader } from '../db/fileHeader';
import { kindOf, reasonFromFileName, stampedAt } from './reasons';
import { RETENTION, retention, type RetentionRule } from './retention';
import { readSidecar, sidecarPath } from './sidecar';

/** What the folder says of one backup, before the retention rule is applied. */
export interface FoundBackup {
  id: string;
  path: string;
  createdAt: string;
  reason: BackupReason;
  kind: 'manual' | 'automatic';
  bytes: number;
  schemaVersion: number | null;
  /** From the note; undefined when the note does not say (older backups). */
  clients: number | null | undefined;
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/**
 * The backups in a folder (files ending .sqlite whose names can be ids; our own temporary
 * files start with a dot and are not backups). A folder that does not exist yet holds none.
 */
export function findBackups(dir: string): FoundBackup[] {
  if (!existsSync(dir)) return [];
  const found: FoundBackup[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isFile() || !BackupIdSchema.safeParse(entry.name).success) continue;
    const path = join(dir, entry.name);
    const stat = statSync(path);
    const note = readSidecar(path);
    const reason = note?.reason ?? reasonFromFileName(entry.name);
    const header = note ? null : readFileHeader(path);
    found.push({
      id: entry.name,
      path,
      createdAt: stampedAt(entry.name) ?? note?.verifiedAt ?? stat.mtime.toISOString(),
      reason,
      kind: kindOf(reason),
      bytes: stat.size + sizeOf(sidecarPath(path)),
      schemaVersion: note ? note.userVersion : header?.kind === 'sqlite' ? header.userVersion : null,
      clients: note?.clients,
    });
  }
  return found;
}

/**
 * Counts the clients of a backup whose note predates the count. Opening a WAL-mode file even
 * read-only makes SQLite create -wal and -shm files; those this call created are removed.
 */
export function countClientsOf(path: string): number | null {
  const header = readFileHeader(path);
  if (header.kind !== 'sqlite' || header.applicationId !== APPLICATION_ID) return null;
  const sides = [`${path}-wal`, `${path}-shm`].filter((side) => !existsSync(side));
  try {
    const db = openReadOnly(path);
    try {
      return clientCountOf(db);
    } finally {
      db.close();
    }
  } catch {
    // A damaged file has no count to show; restoring it is refused with the reason.
    return null;
  } finally {
    // Ours alone now that the connection is closed; a -wal with content would be someone's data.
    for (const side of sides) if (side.endsWith('-shm') || sizeOf(side) === 0) rmSync(side, { force: true });
  }
}

const newestFirst = (a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) =>
  b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);

/** Every backup, newest first, with why the retention rule keeps it, and the space they use. */
export function listBackups(dir: string, now: number, rule: RetentionRule = RETENTION): BackupList {
  const found = findBackups(dir);
  const kept = retention(
    found.map((backup) => ({ id: backup.id, at: Date.parse(backup.createdAt), kind: backup.kind })),
    now,
    rule,
  );
  const entries: BackupEntry[] = found
    .map((backup) => ({
      id: backup.id,
      createdAt: backup.createdAt,
      reason: backup.reason,
      kind: backup.kind,
      clients: backup.clients === undefined ? countClientsOf(backup.path) : backup.clients,
      bytes: backup.bytes,
      schemaVersion: backup.schemaVersion,
      keptBecause: kept.get(backup.id) ?? null,
    }))
    .sort(newestFirst);
  return { entries, totalBytes: entries.reduce((sum, entry) => sum + entry.bytes, 0), dir, retention: { ...rule } };
}
