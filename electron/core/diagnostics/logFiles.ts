import { closeSync, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { redactHome } from '../log/privacy';

/** The app's log files and their rolled copies: main.log, core.1.log, web.4.log … */
export const LOG_FILE_PATTERN = /^(main|core|web)(\.\d{1,2})?\.log$/;

/** Per file and in all: rotation keeps files far below this; an older, larger file is cut to its end. */
export const MAX_LOG_BYTES_PER_FILE = 6 * 1024 * 1024;
export const MAX_LOG_BYTES_TOTAL = 40 * 1024 * 1024;

export interface CollectedLog {
  name: string;
  text: string;
  /** The file was longer than the cap and only its end is included. */
  truncated: boolean;
}

export interface LogCollection {
  files: CollectedLog[];
  /** Files that could not be read, with the error code (never the path). */
  skipped: Array<{ name: string; reason: string }>;
}

/** main.log before main.1.log before core.log: newest first within a log. */
export function orderLogNames(names: readonly string[]): string[] {
  const key = (name: string) => {
    const match = LOG_FILE_PATTERN.exec(name);
    return { stem: match?.[1] ?? name, index: match?.[2] ? Number(match[2].slice(1)) : 0 };
  };
  return names
    .filter((name) => LOG_FILE_PATTERN.test(name))
    .sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      return ka.stem === kb.stem ? ka.index - kb.index : ka.stem.localeCompare(kb.stem);
    });
}

/** The last `maxBytes` of a file (all of it when smaller); null when even that is over the budget. */
function readTail(path: string, maxBytes: number, budget: number): { text: string; truncated: boolean; bytes: number } | null {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const length = Math.min(size, maxBytes);
    if (length > budget) return null;
    const buffer = Buffer.alloc(length);
    const read = readSync(fd, buffer, 0, length, size - length);
    let text = buffer.subarray(0, read).toString('utf8');
    // A cut file starts mid-line: drop the partial first line.
    if (size > maxBytes) text = text.slice(text.indexOf('\n') + 1);
    return { text, truncated: size > maxBytes, bytes: length };
  } finally {
    closeSync(fd);
  }
}

const reasonOf = (error: unknown) => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'unreadable';
};

/**
 * Reads the log files of `dir` for the diagnostics zip, with the home folder written as "~"
 * (lines written by older versions may still carry full paths). A missing folder gives none.
 */
export function collectLogFiles(
  dir: string | null | undefined,
  options: { home?: string; maxBytesPerFile?: number; maxBytesTotal?: number } = {},
): LogCollection {
  const out: LogCollection = { files: [], skipped: [] };
  if (!dir) return out;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    if (reasonOf(error) !== 'ENOENT') out.skipped.push({ name: '(folder)', reason: reasonOf(error) });
    return out;
  }
  const perFile = options.maxBytesPerFile ?? MAX_LOG_BYTES_PER_FILE;
  let budget = options.maxBytesTotal ?? MAX_LOG_BYTES_TOTAL;
  for (const name of orderLogNames(names)) {
    try {
      const tail = readTail(join(dir, name), perFile, budget);
      if (!tail) {
        out.skipped.push({ name, reason: 'size limit' });
        continue;
      }
      budget -= tail.bytes;
      out.files.push({ name, text: redactHome(tail.text, options.home), truncated: tail.truncated });
    } catch (error) {
      out.skipped.push({ name, reason: reasonOf(error) });
    }
  }
  return out;
}
