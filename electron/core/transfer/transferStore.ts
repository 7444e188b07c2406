import { randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppFailure } from '../../../shared/contract';
import { MAX_IMPORT_BYTES } from '../../../shared/contract/transferMethods';
import { PARSER_HEAP_MB, type TextEncoding } from '../../importer/protocol';
import { parseFile, type ParsedFile } from './parsedFile';
import { forkLauncher, ParserPool, type ParserLauncher } from './parserHost';
import type { StoredReport } from './reportFile';

interface Staged {
  fileName: string;
  size: number;
  path: string;
  received: number;
  touchedAt: number;
  parsed: ParsedFile | null;
  parsedKey: string | null;
}

export interface TransferStoreOptions {
  /** How the parser process is started; child_process.fork unless the host provides another (Electron: utilityProcess). */
  launcher?: ParserLauncher;
  timeoutMs?: number;
  maxOldSpaceMb?: number;
}

const MAX_STAGED = 3;
const STAGED_IDLE_MS = 30 * 60_000;
const MAX_REPORTS = 5;

let defaultLauncher: ParserLauncher | null = null;
const liveTempDirs = new Set<string>();
let exitHook = false;

function trackTempDir(dir: string): void {
  liveTempDirs.add(dir);
  if (exitHook) return;
  exitHook = true;
  process.once('exit', () => {
    for (const live of liveTempDirs) rmSync(live, { recursive: true, force: true });
  });
}

/** Lets a host choose how parser processes start (the Electron app passes a utilityProcess launcher). */
export function setParserLauncher(launcher: ParserLauncher | null): void {
  defaultLauncher = launcher;
}

/** What the user chose for reading a staged file. */
export interface ParseChoice {
  sheet?: string;
  encoding?: TextEncoding;
  format?: 'csv';
}

/**
 * Files on their way in: bytes arrive in chunks into a private temporary folder (mode 0700,
 * random names), are parsed in a child process, and the parsed rows are kept until the
 * import is committed or discarded. Nothing here touches the database.
 */
export class TransferStore {
  private dir: string | null = null;
  private poolInstance: ParserPool | null = null;
  private readonly staged = new Map<string, Staged>();
  private readonly reports = new Map<string, StoredReport>();
  busy = false;

  constructor(private readonly options: TransferStoreOptions = {}) {}

  get timeoutMs(): number {
    return this.options.timeoutMs ?? 60_000;
  }

  tempDir(): string {
    if (!this.dir) {
      this.dir = mkdtempSync(join(tmpdir(), 'tg-transfer-'));
      trackTempDir(this.dir);
    }
    return this.dir;
  }

  pool(): ParserPool {
    this.poolInstance ??= new ParserPool(this.options.launcher ?? defaultLauncher ?? forkLauncher(), {
      tempDir: this.tempDir(),
      maxOldSpaceMb: this.options.maxOldSpaceMb ?? PARSER_HEAP_MB,
    });
    return this.poolInstance;
  }

  begin(fileName: string, size: number): string {
    if (size > MAX_IMPORT_BYTES) throw new AppFailure('transfer.tooLarge', { file: fileName, reason: `${Math.round(size / 1024 / 1024)} MB` });
    this.expire();
    while (this.staged.size >= MAX_STAGED) this.discard(this.oldest()!);
    const token = randomBytes(16).toString('hex');
    const path = join(this.tempDir(), `${token}.upload`);
    closeSync(openSync(path, 'wx', 0o600));
    this.staged.set(token, { fileName, size, path, received: 0, touchedAt: Date.now(), parsed: null, parsedKey: null });
    // The user is choosing a file: start a parser process now, so it is loaded when the bytes are in.
    try {
      this.pool().warm();
    } catch {
      // No parser available yet (e.g. a missing build): inspect reports it.
    }
    return token;
  }

  chunk(token: string, offset: number, base64: string): number {
    const staged = this.require(token);
    if (offset !== staged.received) throw new AppFailure('transfer.uploadOutOfOrder');
    const bytes = Buffer.from(base64, 'base64');
    if (staged.received + bytes.length > staged.size) throw new AppFailure('transfer.uploadOutOfOrder');
    const fd = openSync(staged.path, 'r+');
    try {
      writeSync(fd, bytes, 0, bytes.length, offset);
    } finally {
      closeSync(fd);
    }
    staged.received += bytes.length;
    staged.parsed = null;
    return staged.received;
  }

  /** The staged file parsed (a sheet, an encoding, CSV confirmed); the last parse is kept for preview and commit. */
  async parse(token: string, { sheet, encoding, format }: ParseChoice = {}): Promise<ParsedFile> {
    const staged = this.require(token);
    if (staged.received !== staged.size || statSync(staged.path).size !== staged.size) throw new AppFailure('transfer.uploadOutOfOrder');
    const key = `${sheet ?? ''}\u001f${encoding ?? ''}\u001f${format ?? ''}`;
    if (staged.parsed && staged.parsedKey === key) return staged.parsed;
    const parsed = await parseFile(this.pool(), {
      path: staged.path,
      fileName: staged.fileName,
      tempDir: this.tempDir(),
      timeoutMs: this.timeoutMs,
      ...(sheet === undefined ? {} : { sheet }),
      ...(encoding === undefined ? {} : { encoding }),
      ...(format === undefined ? {} : { format }),
    });
    staged.parsed = parsed;
    staged.parsedKey = key;
    return parsed;
  }

  /** The rows of the last parse of a staged file. */
  parsed(token: string): ParsedFile {
    const staged = this.require(token);
    if (!staged.parsed) throw new AppFailure('transfer.stagedFileGone');
    return staged.parsed;
  }

  /** Frees a staged file's parsed rows but keeps the file, for another sheet of it. */
  release(token: string): void {
    const staged = this.require(token);
    staged.parsed = null;
    staged.parsedKey = null;
  }

  discard(token: string): boolean {
    const staged = this.staged.get(token);
    if (!staged) return false;
    this.staged.delete(token);
    rmSync(staged.path, { force: true });
    return true;
  }

  saveReport(report: StoredReport): string {
    const id = randomBytes(16).toString('hex');
    this.reports.set(id, report);
    while (this.reports.size > MAX_REPORTS) this.reports.delete(this.reports.keys().next().value!);
    return id;
  }

  report(id: string): StoredReport {
    const report = this.reports.get(id);
    if (!report) throw new AppFailure('notFound', { what: 'report' });
    return report;
  }

  /** Removes every staged file and stops the spare parser (core shutdown, tests). */
  close(): void {
    for (const token of [...this.staged.keys()]) this.discard(token);
    this.poolInstance?.dispose();
    this.poolInstance = null;
    if (this.dir) {
      rmSync(this.dir, { recursive: true, force: true });
      liveTempDirs.delete(this.dir);
      this.dir = null;
    }
  }

  private require(token: string): Staged {
    const staged = this.staged.get(token);
    if (!staged) throw new AppFailure('transfer.stagedFileGone');
    staged.touchedAt = Date.now();
    return staged;
  }

  private oldest(): string | undefined {
    let oldest: [string, number] | undefined;
    for (const [token, staged] of this.staged) if (!oldest || staged.touchedAt < oldest[1]) oldest = [token, staged.touchedAt];
    return oldest?.[0];
  }

  private expire(): void {
    const now = Date.now();
    for (const [token, staged] of [...this.staged]) if (now - staged.touchedAt > STAGED_IDLE_MS) this.discard(token);
  }
}
