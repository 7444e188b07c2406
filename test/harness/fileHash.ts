import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

/** Hash of a file and its WAL/SHM companions, to prove a refused file was left byte-identical. */
export function fileFingerprint(path: string): string {
  return ['', '-wal', '-shm']
    .map((suffix) => (existsSync(path + suffix) ? createHash('sha256').update(readFileSync(path + suffix)).digest('hex') : 'absent'))
    .join('/');
}
