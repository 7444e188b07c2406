import { fork } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CellFlagKind, MergeRange, SheetRow } from '../../../shared/transfer/sheet';
import {
  DEFAULT_LIMITS,
  PARSE_ERROR_KINDS,
  PARSER_HEAP_MB,
  ParseFailure,
  type LaunchOptions,
  type MetaMessage,
  type ParseErrorKind,
  type ParseLimits,
  type ParserLauncher,
  type ParserProcess,
  type ParseStats,
  type TextEncoding,
} from '../../importer/protocol';
import { ParseBudget } from '../../importer/parseBudget';

export type { LaunchOptions, ParserLauncher, ParserProcess };

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Where the child's code is: the built `importerChild.js` next to the bundled core (add
 * `importerChild: electron/importer/child.ts` to the main build's inputs), or the TypeScript
 * source run through tsx's loader (CLI, tests, `npm run web`).
 */
export function parserEntry(): { script: string; execArgv: string[] } {
  const built = join(here, 'importerChild.js');
  if (existsSync(built)) return { script: built, execArgv: [] };
  const source = join(here, '../../importer/child.ts');
  if (!existsSync(source)) throw new Error(`the parser child was not found next to ${here}`);
  const loader = createRequire(import.meta.url).resolve('tsx');
  return { script: source, execArgv: ['--import', pathToFileURL(loader).href] };
}

/**
 * child_process.fork with the running Node (execPath), a heap cap and a minimal environment.
 * In the packaged Electron app the RunAsNode fuse is off, so the host passes a launcher
 * built on utilityProcess instead (electron/importer/utilityProcessLauncher.ts).
 */
export function forkLauncher(entry: { script: string; execArgv: string[] } = parserEntry()): ParserLauncher {
  const cacheDir = join(tmpdir(), 'territory-grid-node-cache');
  return ({ tempDir, maxOldSpaceMb }) => {
    mkdirSync(cacheDir, { recursive: true });
    const child = fork(entry.script, [], {
      execPath: process.execPath,
      execArgv: [`--max-old-space-size=${maxOldSpaceMb}`, ...entry.execArgv],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      env: {
        PATH: process.env.PATH ?? '',
        TMPDIR: tempDir,
        TMP: tempDir,
        TEMP: tempDir,
        NODE_COMPILE_CACHE: cacheDir,
        ...(process.env.TSX_TSCONFIG_PATH ? { TSX_TSCONFIG_PATH: process.env.TSX_TSCONFIG_PATH } : {}),
      },
    });
    // Drain stderr so a chatty child never blocks; the first lines go to the error detail.
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString('utf8');
    });
    return {
      post: (job) => child.send(job),
      onMessage: (listener) => child.on('message', listener),
      onExit: (listener) => child.on('exit', (code, signal) => listener({ code, signal: signal ?? (stderr ? `stderr: ${stderr.slice(0, 300)}` : null) })),
      kill: () => child.kill('SIGKILL'),
      ref: () => {
        child.ref();
        child.channel?.ref();
      },
      unref: () => {
        child.unref();
        child.channel?.unref();
      },
    };
  };
}

export interface ParseOptions {
  path: string;
  fileName: string;
  sheet?: string;
  encoding?: TextEncoding;
  /** Read a text file named like a workbook as CSV (the user confirmed it). */
  format?: 'csv';
  limits?: Partial<ParseLimits>;
  /** Wall-clock limit of the whole parse. */
  timeoutMs?: number;
  maxOldSpaceMb?: number;
  tempDir: string;
}

export interface ParseListener {
  meta(meta: Omit<MetaMessage, 'type'>): void;
  merges(ranges: MergeRange[]): void;
  /** Rows as they arrive, checked. */
  rows(rows: SheetRow[]): void;
}

const MAX_ROW = 1_048_576;

/** The child is our code but reads hostile files: every message is checked before use. */
function checkRows(raw: unknown, limits: ParseLimits): SheetRow[] {
  if (!Array.isArray(raw)) throw new ParseFailure('crashed', 'rows message is not a list');
  const rows: SheetRow[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const wire = raw[i] as unknown;
    if (!Array.isArray(wire) || wire.length !== 3) throw new ParseFailure('crashed', 'malformed row');
    const [r, cells, flags] = wire as [unknown, unknown, unknown];
    if (typeof r !== 'number' || !Number.isInteger(r) || r < 1 || r > MAX_ROW) throw new ParseFailure('crashed', 'row number out of range');
    if (!Array.isArray(cells) || cells.length > limits.maxColumns) throw new ParseFailure('crashed', 'malformed cells');
    for (let c = 0; c < cells.length; c++) {
      const value = cells[c] as unknown;
      if (value === null || value === undefined) {
        cells[c] = null;
        continue;
      }
      if (typeof value === 'number') {
        if (!Number.isFinite(value)) cells[c] = null;
        continue;
      }
      if (typeof value !== 'string' || value.length > limits.maxCellChars) throw new ParseFailure('crashed', 'malformed cell');
    }
    let checkedFlags: [number, CellFlagKind][] | undefined;
    if (flags !== null && flags !== undefined) {
      if (!Array.isArray(flags)) throw new ParseFailure('crashed', 'malformed flags');
      checkedFlags = (flags as unknown[]).filter(
        (flag): flag is [number, CellFlagKind] =>
          Array.isArray(flag) && typeof flag[0] === 'number' && ['formulaWithoutResult', 'formulaResult', 'errorValue', 'truncated'].includes(flag[1] as string),
      );
    }
    rows[i] = checkedFlags ? { r, cells: cells as SheetRow['cells'], flags: checkedFlags } : { r, cells: cells as SheetRow['cells'] };
  }
  return rows;
}

function checkMerges(raw: unknown, limits: ParseLimits): MergeRange[] {
  if (!Array.isArray(raw) || raw.length > limits.maxMerges) throw new ParseFailure('crashed', 'malformed merges');
  return raw.filter(
    (range): range is MergeRange =>
      typeof range === 'object' &&
      range !== null &&
      ['top', 'left', 'bottom', 'right'].every((key) => Number.isInteger((range as Record<string, unknown>)[key])),
  );
}

/** Keeps one parser process started and loaded ahead of the next file, so an import does not wait for Node and exceljs to load. */
export class ParserPool {
  private spare: { process: ParserProcess; exited: boolean; timer: NodeJS.Timeout } | null = null;

  constructor(
    private readonly launcher: ParserLauncher,
    private readonly launchOptions: LaunchOptions,
    private readonly idleMs = 120_000,
  ) {}

  /** Starts a spare process now (for example when the user starts choosing a file). */
  warm(): void {
    if (this.spare && !this.spare.exited) return;
    const process = this.launcher(this.launchOptions);
    const spare = { process, exited: false, timer: setTimeout(() => this.dispose(), this.idleMs) };
    spare.timer.unref?.();
    process.onExit(() => {
      spare.exited = true;
    });
    process.unref?.();
    this.spare = spare;
  }

  /** A fresh process: the spare when one is ready, else a new one. Every file gets its own. */
  take(): ParserProcess {
    const spare = this.spare;
    this.spare = null;
    if (spare && !spare.exited) {
      clearTimeout(spare.timer);
      spare.process.ref?.();
      return spare.process;
    }
    return this.launcher(this.launchOptions);
  }

  dispose(): void {
    if (!this.spare) return;
    clearTimeout(this.spare.timer);
    if (!this.spare.exited) this.spare.process.kill();
    this.spare = null;
  }
}

/**
 * Parses one file in a fresh parser process: sends the job, checks and forwards what comes
 * back, kills the process at the time limit, and turns every way it can end badly (an error
 * it reports, a crash, an out-of-memory abort, a timeout, garbage on the channel) into a
 * typed ParseFailure. The caller's process is never at risk.
 */
export function parseInChild(source: ParserPool | ParserLauncher, options: ParseOptions, listener: ParseListener): Promise<ParseStats> {
  const limits: ParseLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const timeoutMs = options.timeoutMs ?? 60_000;
  const budget = new ParseBudget(limits);
  const child =
    source instanceof ParserPool ? source.take() : source({ tempDir: options.tempDir, maxOldSpaceMb: options.maxOldSpaceMb ?? PARSER_HEAP_MB });
  return new Promise<ParseStats>((resolve, reject) => {
    let settled = false;
    const finish = (error: ParseFailure | null, stats?: ParseStats) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        child.kill();
        reject(error);
      } else resolve(stats!);
    };
    const timer = setTimeout(() => finish(new ParseFailure('timeout', `no result after ${timeoutMs} ms`)), timeoutMs);
    child.onExit(({ code, signal }) => {
      // Messages sent just before the exit may still be on the channel: give them a moment.
      setTimeout(() => finish(new ParseFailure('crashed', `the parser stopped (code ${code ?? '-'}, ${signal ?? 'no signal'})`)), 250);
    });
    child.onMessage((message) => {
      if (settled) return;
      try {
        if (typeof message !== 'object' || message === null) throw new ParseFailure('crashed', 'malformed message');
        const m = message as Record<string, unknown>;
        switch (m.type) {
          case 'meta':
            listener.meta(checkMeta(m));
            break;
          case 'merges':
            listener.merges(checkMerges(m.ranges, limits));
            break;
          case 'rows': {
            const rows = checkRows(m.rows, limits);
            budget.rowsOf(rows);
            listener.rows(rows);
            break;
          }
          case 'done':
            finish(null, checkStats(m.stats));
            break;
          case 'error': {
            const kind = PARSE_ERROR_KINDS.includes(m.kind as ParseErrorKind) ? (m.kind as ParseErrorKind) : 'crashed';
            finish(new ParseFailure(kind, typeof m.detail === 'string' ? m.detail.slice(0, 500) : ''));
            break;
          }
          default:
            throw new ParseFailure('crashed', 'unknown message');
        }
      } catch (error) {
        finish(error instanceof ParseFailure ? error : new ParseFailure('crashed', error instanceof Error ? error.message : String(error)));
      }
    });
    child.post({
      type: 'parse',
      path: options.path,
      fileName: options.fileName,
      ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
      ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
      ...(options.format === undefined ? {} : { format: options.format }),
      limits,
      firstBatchRows: 40,
      batchRows: 2000,
    });
  });
}

/**
 * The sheets of a workbook (names and visibility), read by a parser process that is stopped as
 * soon as it has said them: for importing every sheet of a grading table (CLI --all-sheets).
 */
export function listSheets(launcher: ParserLauncher, options: Pick<ParseOptions, 'path' | 'fileName' | 'tempDir' | 'timeoutMs' | 'format'>): Promise<MetaMessage['sheets']> {
  const child = launcher({ tempDir: options.tempDir, maxOldSpaceMb: PARSER_HEAP_MB });
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (outcome: { sheets: MetaMessage['sheets'] } | { error: ParseFailure }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill();
      if ('sheets' in outcome) resolve(outcome.sheets);
      else reject(outcome.error);
    };
    const timer = setTimeout(() => finish({ error: new ParseFailure('timeout', 'no sheet list') }), options.timeoutMs ?? 60_000);
    child.onExit(({ code, signal }) => setTimeout(() => finish({ error: new ParseFailure('crashed', `the parser stopped (code ${code ?? '-'}, ${signal ?? 'no signal'})`) }), 250));
    child.onMessage((message) => {
      const m = (typeof message === 'object' && message !== null ? message : {}) as Record<string, unknown>;
      try {
        if (m.type === 'meta') finish({ sheets: checkMeta(m).sheets });
        else if (m.type === 'error') {
          const kind = PARSE_ERROR_KINDS.includes(m.kind as ParseErrorKind) ? (m.kind as ParseErrorKind) : 'crashed';
          finish({ error: new ParseFailure(kind, typeof m.detail === 'string' ? m.detail.slice(0, 500) : '') });
        }
      } catch (error) {
        finish({ error: error instanceof ParseFailure ? error : new ParseFailure('crashed', String(error)) });
      }
    });
    child.post({ type: 'parse', path: options.path, fileName: options.fileName, ...(options.format ? { format: options.format } : {}), limits: DEFAULT_LIMITS, firstBatchRows: 1, batchRows: 1 });
  });
}

function checkMeta(m: Record<string, unknown>): Omit<MetaMessage, 'type'> {
  const sheets = Array.isArray(m.sheets)
    ? (m.sheets as unknown[])
        .filter((sheet): sheet is { name: string; hidden: boolean } => typeof sheet === 'object' && sheet !== null && typeof (sheet as { name?: unknown }).name === 'string')
        .slice(0, 500)
        .map((sheet) => ({ name: sheet.name.slice(0, 200), hidden: sheet.hidden === true }))
    : [];
  if (m.format !== 'xlsx' && m.format !== 'csv') throw new ParseFailure('crashed', 'unknown format');
  if (typeof m.sheet !== 'string') throw new ParseFailure('crashed', 'no sheet');
  return {
    format: m.format,
    sheets,
    sheet: m.sheet.slice(0, 200),
    ...(m.encoding && typeof m.encoding === 'object' ? { encoding: m.encoding as MetaMessage['encoding'] } : {}),
    ...(typeof m.delimiter === 'string' ? { delimiter: m.delimiter.slice(0, 2) } : {}),
    ...(typeof m.date1904 === 'boolean' ? { date1904: m.date1904 } : {}),
  };
}

function checkStats(raw: unknown): ParseStats {
  const stats = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const n = (key: string) => (typeof stats[key] === 'number' && Number.isFinite(stats[key]) ? (stats[key] as number) : 0);
  return {
    rows: n('rows'),
    cells: n('cells'),
    droppedColumns: n('droppedColumns'),
    formulaCells: n('formulaCells'),
    ms: n('ms'),
    maxRssBytes: n('maxRssBytes'),
    mergesDropped: n('mergesDropped'),
  };
}
