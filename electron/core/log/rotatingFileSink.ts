import * as fs from 'node:fs';
import { join } from 'node:path';

/** The file-system calls the sink makes, so tests can make them fail (root ignores chmod). */
export interface SinkFs {
  mkdirSync(path: string, options: { recursive: true }): unknown;
  statSync(path: string, options: { throwIfNoEntry: false }): { size: number } | undefined;
  appendFileSync(path: string, data: string, encoding: 'utf8'): void;
  renameSync(from: string, to: string): void;
  rmSync(path: string, options: { force: true }): void;
}

export interface RotatingSinkOptions {
  dir: string;
  /** main.log, core.log, web.log: the name of the current file. */
  fileName: string;
  /** A file is rotated before it would grow past this. */
  maxBytes?: number;
  /** Files kept, the current one included (main.log, main.1.log … main.4.log). */
  maxFiles?: number;
  /** Every line also goes here (stderr by default); null for none. */
  echo?: ((line: string) => void) | null;
  /** Told once per run of failures that the file is not being written (stderr by default). */
  reportFailure?: (message: string) => void;
  fs?: SinkFs;
}

export const LOG_MAX_BYTES = 2 * 1024 * 1024;
export const LOG_MAX_FILES = 5;

/**
 * The names of a log's files, newest first: main.log, main.1.log, main.2.log …
 * Rolled files keep the .log ending so they open in any text editor.
 */
export function logFileNames(fileName: string, maxFiles: number): string[] {
  const stem = fileName.replace(/\.log$/, '');
  return Array.from({ length: Math.max(1, maxFiles) }, (_unused, index) => (index === 0 ? fileName : `${stem}.${index}.log`));
}

/** Whether a line of `bytes` goes into a new file: never for an empty file, so one huge line still lands somewhere. */
export function needsRotation(currentBytes: number, lineBytes: number, maxBytes: number): boolean {
  return currentBytes > 0 && currentBytes + lineBytes > maxBytes;
}

/**
 * The renames of one rotation, oldest first so nothing is overwritten: the oldest file is
 * removed, each other moves one place down, and the current name is free again.
 */
export function rotationSteps(fileName: string, maxFiles: number): { remove: string; renames: Array<[from: string, to: string]> } {
  const names = logFileNames(fileName, maxFiles);
  const renames: Array<[string, string]> = [];
  for (let index = names.length - 1; index > 0; index -= 1) renames.push([names[index - 1] as string, names[index] as string]);
  return { remove: names[names.length - 1] as string, renames };
}

const stderrLine = (line: string) => {
  process.stderr.write(`${line}\n`);
};

/**
 * A log sink that appends lines to <dir>/<fileName> and rotates through a fixed number of
 * files of bounded size (at most maxFiles × maxBytes on disk). Logging never takes the app
 * down: a failed write is reported once on stderr (with the error code only, no path) and
 * the sink keeps trying, so a freed disk brings the file log back.
 */
export function createRotatingFileSink(options: RotatingSinkOptions): (line: string) => void {
  const files = options.fs ?? fs;
  const maxBytes = options.maxBytes ?? LOG_MAX_BYTES;
  const maxFiles = options.maxFiles ?? LOG_MAX_FILES;
  const echo = options.echo === undefined ? stderrLine : options.echo;
  const report = options.reportFailure ?? stderrLine;
  const path = (name: string) => join(options.dir, name);
  const current = path(options.fileName);
  let size: number | null = null;
  let failing = false;

  const codeOf = (error: unknown) => {
    const code = (error as { code?: unknown } | null)?.code;
    return typeof code === 'string' ? code : error instanceof Error ? error.name : 'unknown';
  };

  const rotate = () => {
    const steps = rotationSteps(options.fileName, maxFiles);
    files.rmSync(path(steps.remove), { force: true });
    for (const [from, to] of steps.renames) {
      if (files.statSync(path(from), { throwIfNoEntry: false })) files.renameSync(path(from), path(to));
    }
    size = 0;
  };

  return (line) => {
    echo?.(line);
    const text = `${line}\n`;
    try {
      if (size === null) {
        files.mkdirSync(options.dir, { recursive: true });
        size = files.statSync(current, { throwIfNoEntry: false })?.size ?? 0;
      }
      const bytes = Buffer.byteLength(text, 'utf8');
      if (needsRotation(size, bytes, maxBytes)) rotate();
      files.appendFileSync(current, text, 'utf8');
      size += bytes;
      failing = false;
    } catch (error) {
      // Measured again on the next line: a rotation may have stopped half-way.
      size = null;
      if (!failing) {
        failing = true;
        report(`territory-grid: the log file ${options.fileName} cannot be written (${codeOf(error)}); log lines go to stderr only until it can.`);
      }
    }
  };
}
