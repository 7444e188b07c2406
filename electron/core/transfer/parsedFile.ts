import { AppFailure } from '../../../shared/contract';
import { columnCountOf, MergeIndex, SheetGrid, type MergeRange, type SheetRow } from '../../../shared/transfer';
import { CAP_DETAIL } from '../../importer/parseBudget';
import { DEFAULT_LIMITS, ParseFailure, type MetaMessage, type ParseLimits, type ParseStats } from '../../importer/protocol';
import { parseInChild, type ParseOptions, type ParserLauncher, type ParserPool } from './parserHost';

/** A file read by the parser child, held by the core between the wizard's steps. */
export interface ParsedFile {
  fileName: string;
  meta: Omit<MetaMessage, 'type'>;
  grid: SheetGrid;
  columnCount: number;
  stats: ParseStats;
}

function describeBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** A parse failure as the user reads it (transfer.* codes), with the technical detail kept for the log. */
export function toAppFailure(error: unknown, fileName: string, options: { timeoutMs?: number; sheet?: string; limits?: Partial<ParseLimits> } = {}): AppFailure {
  if (error instanceof AppFailure) return error;
  if (!(error instanceof ParseFailure)) return new AppFailure('internal', undefined, error instanceof Error ? error.message : String(error));
  const file = fileName.slice(0, 120);
  const detail = error.message;
  switch (error.kind) {
    case 'empty':
      return new AppFailure('transfer.empty', { file }, detail);
    case 'legacyXls':
      return new AppFailure('transfer.legacyXls', { file }, detail);
    case 'encrypted':
      return new AppFailure('transfer.encrypted', { file }, detail);
    case 'corrupt':
      return new AppFailure('transfer.corrupt', { file }, detail);
    case 'notSpreadsheet':
      return new AppFailure('transfer.notSpreadsheet', { file }, detail);
    case 'misnamed':
      return new AppFailure('transfer.misnamed', { file, extension: detail }, detail);
    case 'unsupportedFormat':
      return new AppFailure('transfer.unsupportedFormat', { file, format: detail.split(' ')[0] ?? '' }, detail);
    case 'tooLarge':
      if (detail.startsWith(CAP_DETAIL)) {
        const limits = { ...DEFAULT_LIMITS, ...options.limits };
        const count = (n: number) => n.toLocaleString('en-US');
        return new AppFailure('transfer.overCap', { file, rows: count(limits.maxRows), cells: count(limits.maxCells), chars: count(limits.maxTotalChars) }, detail);
      }
      return new AppFailure(
        'transfer.tooLarge',
        { file, reason: /^\d+ bytes/.test(detail) ? describeBytes(Number(detail.split(' ')[0])) : detail.replace(/^more than /, '> ') },
        detail,
      );
    case 'unsafe':
      return new AppFailure('transfer.unsafe', { file }, detail);
    case 'sheetNotFound':
      return new AppFailure('transfer.sheetNotFound', { sheet: options.sheet ?? detail }, detail);
    case 'timeout':
      return new AppFailure('transfer.timeout', { file, seconds: Math.round((options.timeoutMs ?? 60_000) / 1000) }, detail);
    case 'crashed':
      return new AppFailure('transfer.crashed', { file }, detail);
  }
}

/** Reads a whole sheet in the parser child; rows are held in the core for preview and commit. */
export async function parseFile(source: ParserPool | ParserLauncher, options: ParseOptions): Promise<ParsedFile> {
  let meta: Omit<MetaMessage, 'type'> | null = null;
  let merges: MergeRange[] = [];
  const rows: SheetRow[] = [];
  try {
    const stats = await parseInChild(source, options, {
      meta: (value) => {
        meta = value;
      },
      merges: (ranges) => {
        merges = ranges;
      },
      rows: (batch) => {
        for (const row of batch) rows.push(row);
      },
    });
    if (!meta) throw new ParseFailure('crashed', 'no meta');
    if (rows.length === 0) throw new ParseFailure('empty', 'no rows with values');
    const grid = new SheetGrid(new MergeIndex(merges, (options.limits?.maxCells ?? DEFAULT_LIMITS.maxCells) * 2), rows);
    return { fileName: options.fileName, meta, grid, columnCount: columnCountOf(rows), stats };
  } catch (error) {
    throw toAppFailure(error, options.fileName, { ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}), ...(options.sheet ? { sheet: options.sheet } : {}), ...(options.limits ? { limits: options.limits } : {}) });
  }
}
