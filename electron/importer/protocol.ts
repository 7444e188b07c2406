import type { CellFlagKind, MergeRange, SheetInfo } from '../../shared/transfer/sheet';
import type { RawCell } from '../../shared/transfer/values';

/**
 * The parser child's protocol. The parent sends one `parse` job; the child answers with
 * `meta`, then `merges` (xlsx) and `rows` batches, then `done`, or an `error` at any point,
 * and exits. Everything the child sends is checked again by the parent (parserHost.ts).
 */

/** Bounds every parse works within; the parent passes them so tests can tighten them. */
export interface ParseLimits {
  /** Largest file accepted at all. */
  maxFileBytes: number;
  /** Largest CSV/text file (decoded in memory). */
  maxTextBytes: number;
  /** Data rows of one sheet. */
  maxRows: number;
  /** Columns read per row; cells further right are dropped with a warning. */
  maxColumns: number;
  /** Characters of one cell (Excel's own limit is 32,767). */
  maxCellChars: number;
  /** Non-blank cells of one sheet. */
  maxCells: number;
  /**
   * Characters of text in all cells of one sheet. A few KB of xlsx can reference one long
   * shared string in every cell; this is what bounds the memory the core holds for a file.
   */
  maxTotalChars: number;
  /** Zip entries of an xlsx. */
  maxZipEntries: number;
  /** Uncompressed size of one zip entry, and of all entries together. */
  maxEntryBytes: number;
  maxTotalBytes: number;
  /** Uncompressed : compressed ratio above which an entry is treated as a zip bomb. */
  maxRatio: number;
  /** Merged ranges read from one sheet. */
  maxMerges: number;
}

export const DEFAULT_LIMITS: ParseLimits = {
  maxFileBytes: 100 * 1024 * 1024,
  maxTextBytes: 50 * 1024 * 1024,
  maxRows: 200_000,
  maxColumns: 256,
  maxCellChars: 32_767,
  maxCells: 5_000_000,
  // 200,000 rows of a real client list hold about 12 million; 24 million is some 50 MB in the core.
  maxTotalChars: 24_000_000,
  maxZipEntries: 2_000,
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
  maxRatio: 200,
  maxMerges: 100_000,
};

/** Text encodings the user can pick for CSV and text files. */
export const TEXT_ENCODINGS = ['utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

export interface ParseJob {
  type: 'parse';
  path: string;
  /** The name the user's file had (for the extension: .xls gets its own message). */
  fileName: string;
  /** Sheet to read; the first visible sheet when absent. */
  sheet?: string;
  encoding?: TextEncoding;
  /** 'csv': the user has confirmed that a text file named like a workbook is to be read as CSV. */
  format?: 'csv';
  limits: ParseLimits;
  /** Rows in the first batch: small, so the header can be found while the rest streams. */
  firstBatchRows: number;
  batchRows: number;
}

export type FileFormat = 'xlsx' | 'csv';

/** Why a file cannot be read; each has a message in the user's language (transfer.* error codes). */
export const PARSE_ERROR_KINDS = [
  'empty',
  'legacyXls',
  'encrypted',
  'corrupt',
  'notSpreadsheet',
  'misnamed',
  'unsupportedFormat',
  'tooLarge',
  'unsafe',
  'sheetNotFound',
  'timeout',
  'crashed',
] as const;
export type ParseErrorKind = (typeof PARSE_ERROR_KINDS)[number];

export interface MetaMessage {
  type: 'meta';
  format: FileFormat;
  sheets: SheetInfo[];
  sheet: string;
  /** CSV/text: the encoding used, how it was chosen, and whether decoding hit undecodable bytes. */
  encoding?: { used: TextEncoding; detected: TextEncoding; how: 'bom' | 'utf8' | 'fallback' | 'chosen'; replacements: number };
  delimiter?: string;
  date1904?: boolean;
}

/** A row on the wire: [row number, cells, flags]. */
export type WireRow = [number, RawCell[], [number, CellFlagKind][] | null];

export interface RowsMessage {
  type: 'rows';
  rows: WireRow[];
}

export interface MergesMessage {
  type: 'merges';
  ranges: MergeRange[];
}

export interface ParseStats {
  rows: number;
  cells: number;
  droppedColumns: number;
  formulaCells: number;
  ms: number;
  /** Peak resident memory of the child (process.resourceUsage().maxRSS). */
  maxRssBytes: number;
  mergesDropped: number;
}

export interface DoneMessage {
  type: 'done';
  stats: ParseStats;
}

export interface ErrorMessage {
  type: 'error';
  kind: ParseErrorKind;
  detail: string;
}

export type ChildMessage = MetaMessage | RowsMessage | MergesMessage | DoneMessage | ErrorMessage;

/** A failure the parser reports on purpose, with its kind. */
export class ParseFailure extends Error {
  constructor(
    readonly kind: ParseErrorKind,
    detail: string,
  ) {
    super(detail);
    this.name = 'ParseFailure';
  }
}

/** A started parser process, whatever started it (child_process.fork, Electron's utilityProcess, a test double). */
export interface ParserProcess {
  post(job: ParseJob): void;
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: (info: { code: number | null; signal: string | null }) => void): void;
  kill(): void;
  /** Whether the process keeps this one alive (a spare waiting for work must not). */
  ref?(): void;
  unref?(): void;
}

/** V8 old-space cap of a parser process, in MB: exceljs and one batch of rows fit well inside it; a hostile file does not. */
export const PARSER_HEAP_MB = 256;

export interface LaunchOptions {
  /** The private folder the child may write temporary files to (exceljs spills sheets there). */
  tempDir: string;
  /** V8 old-space cap of the child, in MB. */
  maxOldSpaceMb: number;
}

export type ParserLauncher = (options: LaunchOptions) => ParserProcess;
