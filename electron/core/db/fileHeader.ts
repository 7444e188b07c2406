import { openSync, readSync, closeSync, statSync } from 'node:fs';

const SQLITE_MAGIC = 'SQLite format 3\u0000';

export type FileHeader =
  | { kind: 'missing' }
  | { kind: 'empty' }
  | { kind: 'notSqlite' }
  | { kind: 'sqlite'; userVersion: number; applicationId: number; pageCount: number };

/**
 * Reads the 100-byte SQLite header with plain file I/O, so a file we are going to
 * refuse is never opened by SQLite and stays byte-identical.
 */
export function readFileHeader(path: string): FileHeader {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return { kind: 'missing' };
  }
  if (size === 0) return { kind: 'empty' };
  if (size < 100) return { kind: 'notSqlite' };
  const buffer = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, buffer, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (buffer.toString('latin1', 0, 16) !== SQLITE_MAGIC) return { kind: 'notSqlite' };
  return {
    kind: 'sqlite',
    userVersion: buffer.readUInt32BE(60),
    applicationId: buffer.readUInt32BE(68),
    pageCount: buffer.readUInt32BE(28),
  };
}
