import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';

const MAX_BYTES = 5 * 1024 * 1024;

/**
 * Appends log lines to <dir>/main.log (one previous file kept as main.1.log) and echoes
 * them to stderr. Logging must never take the app down, so write errors are swallowed.
 */
export function createFileLogSink(dir: string, fileName = 'main.log'): (line: string) => void {
  const file = join(dir, fileName);
  try {
    mkdirSync(dir, { recursive: true });
  } catch {
    // Fall through: stderr still works.
  }
  return (line) => {
    process.stderr.write(`${line}\n`);
    try {
      if ((statSync(file, { throwIfNoEntry: false })?.size ?? 0) > MAX_BYTES) {
        renameSync(file, join(dir, fileName.replace(/\.log$/, '.1.log')));
      }
      appendFileSync(file, `${line}\n`, 'utf8');
    } catch {
      // Disk full or read-only profile: keep running without the file log.
    }
  };
}
