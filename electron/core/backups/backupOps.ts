import { closeSync, copyFileSync, constants, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { Db } from '../db/connection';

/**
 * Every write a backup or a restore makes to the disk, in one seam: tests replace one
 * operation with a failing one (a full disk, a read-only folder, a locked file), which they
 * cannot cause for real as root.
 */
export interface BackupOps {
  /** SQLite's online backup of `db` into a new file. */
  sqliteBackup(db: Db, destination: string): Promise<unknown>;
  /** Copies a file that must not exist yet at `to`. */
  copyFile(from: string, to: string): void;
  writeFile(path: string, text: string): void;
  /** Flushes a file's bytes to the disk. */
  fsync(path: string): void;
  rename(from: string, to: string): void;
  /** Removes a file or a folder with what is inside; no error when it is not there. */
  remove(path: string): void;
  mkdir(path: string): void;
}

export const realOps: BackupOps = {
  sqliteBackup: (db, destination) => db.backup(destination),
  copyFile: (from, to) => copyFileSync(from, to, constants.COPYFILE_EXCL),
  writeFile: (path, text) => writeFileSync(path, text, { flag: 'wx' }),
  fsync(path) {
    const fd = openSync(path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  },
  rename: (from, to) => renameSync(from, to),
  remove: (path) => rmSync(path, { recursive: true, force: true }),
  mkdir: (path) => void mkdirSync(path, { recursive: true }),
};

export function withOps(overrides: Partial<BackupOps> = {}): BackupOps {
  return { ...realOps, ...overrides };
}

/**
 * Removes each path; what could not be removed is returned (and named in the error detail
 * by the caller), so a failed clean-up is never silent.
 */
export function removeAll(ops: BackupOps, paths: readonly string[]): string[] {
  const left: string[] = [];
  for (const path of paths) {
    try {
      ops.remove(path);
    } catch (error) {
      left.push(`${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return left;
}

/** A SQLite file and the journal files SQLite may keep beside it. */
export function withJournals(path: string): string[] {
  return [path, `${path}-wal`, `${path}-shm`, `${path}-journal`];
}
