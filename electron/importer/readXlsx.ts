import { rmSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { parseRangeRef, type CellFlagKind, type MergeRange, type SheetInfo } from '../../shared/transfer/sheet';
import { excelSerialToIsoDate, isoFromDate, type RawCell } from '../../shared/transfer/values';
import { ParseBudget } from './parseBudget';
import { ParseFailure, type MetaMessage, type ParseJob, type WireRow } from './protocol';
import { checkZipEntries, readSmallEntry, readZipDirectory, repackZip, streamEntry, type MadeEntry, type ZipEntry } from './zipDirectory';

// Only the streaming reader is loaded: never the full-workbook reader (stack-research 4.2),
// and loading one module instead of all of exceljs starts the child faster.
const requireCjs = createRequire(import.meta.url);
type WorkbookReaderClass = typeof ExcelJS.stream.xlsx.WorkbookReader;
let readerClass: WorkbookReaderClass | null = null;

interface SaxesLike {
  on(event: string, listener: (value: unknown) => void): void;
  write(text: string): void;
  close(): void;
}

/**
 * exceljs 4.4.0 decodes each zip chunk of an XML part on its own (utils/parse-sax.js with
 * utils/browser-buffer-decode.js), so a Chinese character whose UTF-8 bytes straddle two
 * chunks turns into U+FFFD: in a 50,000-row test file 17 names came out as '周���静'. This is
 * the same function with one streaming TextDecoder per part, installed in the module cache
 * before exceljs loads it; everything else in exceljs is untouched.
 */
/**
 * Cells whose style is a date format, noted while the sheet's XML goes by: exceljs reads the
 * sheet with styles ignored (faster), so dates would arrive as serial numbers; the style index
 * of each cell is seen here and checked against the date styles found in styles.xml.
 */
const dateCells = { styles: new Set<number>(), refs: new Set<string>() };

function installUtf8SafeSaxParser(): void {
  const parseSaxPath = requireCjs.resolve('exceljs/lib/utils/parse-sax.js');
  const saxes = createRequire(parseSaxPath)('saxes') as { SaxesParser: new () => SaxesLike };
  async function* utf8SafeParseSax(iterable: AsyncIterable<Buffer | string>) {
    const parser = new saxes.SaxesParser();
    const decoder = new TextDecoder('utf-8');
    let error: unknown = null;
    let events: { eventType: string; value: unknown }[] = [];
    parser.on('error', (err) => {
      error = err;
    });
    parser.on('opentag', (value) => {
      const tag = value as { name: string; attributes: Record<string, string> };
      if (tag.name === 'c' && dateCells.styles.size > 0 && tag.attributes.s !== undefined && dateCells.styles.has(Number(tag.attributes.s)) && tag.attributes.r) {
        dateCells.refs.add(tag.attributes.r);
      }
      events.push({ eventType: 'opentag', value });
    });
    parser.on('text', (value) => events.push({ eventType: 'text', value }));
    parser.on('closetag', (value) => events.push({ eventType: 'closetag', value }));
    for await (const chunk of iterable) {
      parser.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
      if (error) throw error;
      yield events;
      events = [];
    }
    const rest = decoder.decode();
    if (rest) {
      parser.write(rest);
      if (error) throw error;
      yield events;
    }
  }
  const module = new Module(parseSaxPath);
  module.filename = parseSaxPath;
  module.loaded = true;
  module.exports = utf8SafeParseSax;
  requireCjs.cache[parseSaxPath] = module;
}

export function loadWorkbookReader(): WorkbookReaderClass {
  if (!readerClass) {
    installUtf8SafeSaxParser();
    readerClass = requireCjs('exceljs/lib/stream/xlsx/workbook-reader.js') as WorkbookReaderClass;
  }
  return readerClass;
}

const MAX_ROW = 1_048_576;
const EMPTY_SHARED_STRINGS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>';
const MAX_COLUMN = 16_384;

interface SheetPart extends SheetInfo {
  /** The sheet's zip path, e.g. xl/worksheets/sheet2.xml. */
  path: string;
}

interface WorkbookParts {
  sheets: SheetPart[];
  date1904: boolean;
}

function decodeXml(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]{1,6})|#(\d{1,7})|(amp|lt|gt|quot|apos));/gi, (whole, hex: string, dec: string, named: string) => {
    if (hex || dec) {
      const code = hex ? parseInt(hex, 16) : Number(dec);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[named.toLowerCase()] ?? whole;
  });
}

function attributesOf(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) out[match[1]!] = decodeXml(match[2]!);
  return out;
}

/** Sheet names, visibility and part paths from workbook.xml and its rels (small parts, read directly). */
export function workbookParts(path: string, entries: readonly ZipEntry[]): WorkbookParts {
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const workbook = byName.get('xl/workbook.xml');
  const rels = byName.get('xl/_rels/workbook.xml.rels');
  if (!workbook) throw new ParseFailure('corrupt', 'xl/workbook.xml missing');
  const workbookXml = readSmallEntry(path, workbook).toString('utf8');
  const targets = new Map<string, string>();
  if (rels) {
    for (const match of readSmallEntry(path, rels).toString('utf8').matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
      const attrs = attributesOf(match[0]);
      if (attrs.Id && attrs.Target && /\/worksheet$/.test(attrs.Type ?? '')) {
        const target = attrs.Target.startsWith('/') ? attrs.Target.slice(1) : `xl/${attrs.Target}`;
        targets.set(attrs.Id, target.replace(/[^/]+\/\.\.\//g, ''));
      }
    }
  }
  const sheets: SheetPart[] = [];
  for (const match of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const attrs = attributesOf(match[0]);
    const relId = Object.entries(attrs).find(([key]) => /^[\w.-]+:id$/.test(key))?.[1];
    const target = relId ? targets.get(relId) : undefined;
    if (!attrs.name || !target) continue;
    sheets.push({ name: attrs.name, hidden: attrs.state === 'hidden' || attrs.state === 'veryHidden', path: target });
  }
  const pr = /<(?:\w+:)?workbookPr\b[^>]*>/.exec(workbookXml);
  const date1904 = pr ? /date1904\s*=\s*"(1|true)"/.test(pr[0]) : false;
  return { sheets, date1904 };
}

// Excel's built-in number formats that show dates or times.
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** The cellXfs indexes (the `s` of a cell) whose number format is a date, from styles.xml. */
export function dateStyleIndexes(stylesXml: string): Set<number> {
  const custom = new Map<number, string>();
  for (const match of stylesXml.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g)) {
    const attrs = attributesOf(match[0]);
    if (attrs.numFmtId && attrs.formatCode !== undefined) custom.set(Number(attrs.numFmtId), attrs.formatCode);
  }
  const isDate = (id: number) => {
    const code = custom.get(id);
    if (code === undefined) return BUILTIN_DATE_FORMATS.has(id);
    return /[ymdhsb]/i.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, ''));
  };
  const indexes = new Set<number>();
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(stylesXml)?.[1] ?? '';
  let index = 0;
  for (const match of xfs.matchAll(/<(?:\w+:)?xf\b[^>]*>/g)) {
    const id = Number(attributesOf(match[0]).numFmtId ?? 0);
    if (isDate(id)) indexes.add(index);
    index++;
  }
  return indexes;
}

/** Which zip layout this is; anything but an Excel workbook gets its own message. */
export function checkWorkbookKind(entries: readonly ZipEntry[]): void {
  const names = new Set(entries.map((entry) => entry.name));
  if (names.has('xl/workbook.xml')) return;
  if (names.has('xl/workbook.bin')) throw new ParseFailure('unsupportedFormat', 'xlsb (binary workbook)');
  if (names.has('content.xml') && names.has('mimetype')) throw new ParseFailure('unsupportedFormat', 'OpenDocument spreadsheet');
  if (names.has('EncryptedPackage')) throw new ParseFailure('encrypted', 'encrypted package');
  throw new ParseFailure('notSpreadsheet', 'a zip file that is not an Excel workbook');
}

const MERGE_TAG = Buffer.from('mergeCell');

/**
 * Merged ranges of a sheet (the streaming reader drops them), scanned from the sheet part
 * before its rows are read, so merged cells can be filled down while rows stream in. The
 * bytes are searched natively; only the few tags found are decoded.
 */
export async function scanMerges(path: string, entry: ZipEntry, maxMerges: number): Promise<{ ranges: MergeRange[]; dropped: number }> {
  const ranges: MergeRange[] = [];
  let dropped = 0;
  let carry = Buffer.alloc(0);
  await streamEntry(path, entry, (chunk) => {
    const bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    let consumed = 0;
    for (let at = bytes.indexOf(MERGE_TAG); at !== -1; at = bytes.indexOf(MERGE_TAG, at + MERGE_TAG.length)) {
      const end = bytes.indexOf(0x3e, at);
      if (end === -1) break;
      consumed = end + 1;
      const tag = bytes.toString('latin1', at, Math.min(end, at + 200));
      const ref = /\bref\s*=\s*"([^"]{1,40})"/.exec(tag)?.[1];
      if (!ref) continue;
      const range = parseRangeRef(ref);
      if (!range) continue;
      if (ranges.length < maxMerges) ranges.push(range);
      else dropped++;
    }
    // Keep the tail in case a tag is split between chunks.
    carry = Buffer.from(bytes.subarray(Math.max(consumed, bytes.length - 256)));
  });
  return { ranges, dropped };
}

interface CellLike {
  value: unknown;
}

/** A cell value as the importer sees it: text, a number, or nothing, plus why it is special. */
export function convertCell(cell: CellLike, maxChars: number): { value: RawCell; flag: CellFlagKind | null } {
  const value = cell.value;
  if (value === null || value === undefined) return { value: null, flag: null };
  if (typeof value === 'number') return { value: Number.isFinite(value) ? value : null, flag: null };
  if (typeof value === 'string') return text(value, maxChars);
  if (typeof value === 'boolean') return { value: value ? 'TRUE' : 'FALSE', flag: null };
  if (value instanceof Date) return { value: isoFromDate(value), flag: null };
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if ('formula' in object || 'sharedFormula' in object) {
      // Formulas are never evaluated: the result Excel saved is used, or the cell is flagged.
      const result = object.result;
      if (result === undefined || result === null) return { value: null, flag: 'formulaWithoutResult' };
      if (typeof result === 'object' && result !== null && 'error' in result) return { value: String((result as { error: unknown }).error), flag: 'errorValue' };
      const converted = convertCell({ value: result }, maxChars);
      return { value: converted.value, flag: converted.flag ?? 'formulaResult' };
    }
    if ('error' in object) return { value: String(object.error), flag: 'errorValue' };
    if (Array.isArray(object.richText)) {
      return text(
        (object.richText as { text?: unknown }[]).map((part) => (typeof part.text === 'string' ? part.text : '')).join(''),
        maxChars,
      );
    }
    if ('text' in object) {
      const inner = object.text;
      if (typeof inner === 'string') return text(inner, maxChars);
      if (inner && typeof inner === 'object') return convertCell({ value: inner }, maxChars);
    }
  }
  return { value: null, flag: null };
}

function text(value: string, maxChars: number): { value: RawCell; flag: CellFlagKind | null } {
  return value.length > maxChars ? { value: value.slice(0, maxChars), flag: 'truncated' } : { value, flag: null };
}

interface RowLike {
  number: number;
  eachCell(options: { includeEmpty: boolean }, callback: (cell: CellLike, column: number) => void): void;
}

/**
 * Reads one sheet of an xlsx with exceljs's streaming reader, after the zip checks: rows
 * and columns are bounded (a row numbered past 1,048,576 is refused, columns past the limit
 * are dropped and counted), cells are bounded in size and count, and batches go out as they
 * are read so the parent can work while the child parses.
 */
export async function readXlsx(
  job: ParseJob,
  send: {
    meta(meta: Omit<MetaMessage, 'type'>): void;
    merges(ranges: MergeRange[]): void;
    rows(rows: WireRow[]): Promise<void> | void;
  },
): Promise<{ rows: number; cells: number; droppedColumns: number; formulaCells: number; mergesDropped: number }> {
  const entries = readZipDirectory(job.path, job.limits);
  checkWorkbookKind(entries);
  checkZipEntries(entries, job.limits);
  const workbook = workbookParts(job.path, entries);
  if (workbook.sheets.length === 0) throw new ParseFailure('empty', 'the workbook has no worksheets');
  const target = job.sheet === undefined ? (workbook.sheets.find((sheet) => !sheet.hidden) ?? workbook.sheets[0]!) : workbook.sheets.find((sheet) => sheet.name === job.sheet);
  if (!target) throw new ParseFailure('sheetNotFound', job.sheet ?? '');
  const sheetNo = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(target.path)?.[1];
  const entry = entries.find((candidate) => candidate.name === target.path);
  if (!sheetNo || !entry) throw new ParseFailure('corrupt', `sheet part ${target.path} missing`);
  send.meta({ format: 'xlsx', sheets: workbook.sheets.map(({ name, hidden }) => ({ name, hidden })), sheet: target.name, date1904: workbook.date1904 });

  // Merges first (the streaming reader drops them): the parent needs them to fill merged
  // cells down before it can check the first rows. The scan also verifies the part's checksum.
  const merges = await scanMerges(job.path, entry, job.limits.maxMerges);
  send.merges(merges.ranges);

  // exceljs sees only what it needs, workbook parts first, then the one sheet.
  const byName = new Map(entries.map((candidate) => [candidate.name, candidate]));
  // The small parts are inflated and checked here (exceljs's unzip waits forever on some damaged
  // deflate data) and handed over stored; the sheet is copied compressed and checked by scanMerges.
  const parts: MadeEntry[] = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml']
    .map((name) => byName.get(name))
    .filter((candidate): candidate is ZipEntry => candidate !== undefined)
    .map((part) => ({ name: part.name, data: readSmallEntry(job.path, part, job.limits.maxEntryBytes) }));
  // Without a shared-strings part exceljs would park the sheet in a temporary file; an empty one keeps it streaming.
  if (!byName.has('xl/sharedStrings.xml')) parts.push({ name: 'xl/sharedStrings.xml', data: Buffer.from(EMPTY_SHARED_STRINGS) });
  const repacked = join(tmpdir(), `sheet-${process.pid}-${sheetNo}.xlsx`);
  repackZip(job.path, [...parts, entry], repacked);
  const WorkbookReader = loadWorkbookReader();
  const stylesPart = parts.find((part) => part.name === 'xl/styles.xml');
  dateCells.styles = stylesPart ? dateStyleIndexes(stylesPart.data.toString('utf8')) : new Set();
  dateCells.refs.clear();
  const reader = new WorkbookReader(repacked, { sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit' });
  let currentSheetNo: string | null = null;
  (reader as unknown as NodeJS.EventEmitter).on('entry', (event: { type: string; id?: string }) => {
    if (event.type === 'worksheet') currentSheetNo = String(event.id);
  });
  const budget = new ParseBudget(job.limits);
  let droppedColumns = 0;
  let formulaCells = 0;
  let found = false;
  const readRows = async () => {
    let batch: WireRow[] = [];
    let limit = job.firstBatchRows;
    for await (const worksheet of reader) {
      if (currentSheetNo !== sheetNo) continue;
      found = true;
      for await (const row of worksheet as AsyncIterable<RowLike>) {
        const r = row.number;
        if (!Number.isInteger(r) || r < 1 || r > MAX_ROW) throw new ParseFailure('unsafe', `row number ${String(r)}`);
        const values: RawCell[] = [];
        let flags: [number, CellFlagKind][] | null = null;
        let any = false;
        row.eachCell({ includeEmpty: false }, (cell, column) => {
          if (column > MAX_COLUMN) throw new ParseFailure('unsafe', `column ${column}`);
          if (column > job.limits.maxColumns) {
            droppedColumns = Math.max(droppedColumns, column - job.limits.maxColumns);
            return;
          }
          let converted = convertCell(cell, job.limits.maxCellChars);
          if (dateCells.refs.size > 0) {
            const ref = (cell as CellLike & { address?: string }).address;
            if (ref !== undefined && dateCells.refs.delete(ref) && typeof converted.value === 'number') {
              converted = { value: excelSerialToIsoDate(converted.value, workbook.date1904) ?? converted.value, flag: converted.flag };
            }
          }
          if (converted.value === null && converted.flag === null) return;
          while (values.length < column - 1) values.push(null);
          values[column - 1] = converted.value;
          if (converted.flag) {
            if (converted.flag === 'formulaResult' || converted.flag === 'formulaWithoutResult') formulaCells++;
            if (converted.flag !== 'formulaResult') (flags ??= []).push([column - 1, converted.flag]);
          }
          any = true;
          budget.cell(converted.value);
        });
        if (!any) continue;
        budget.row();
        batch.push([r, values, flags]);
        if (batch.length >= limit) {
          await send.rows(batch);
          batch = [];
          limit = job.batchRows;
        }
      }
      break;
    }
    if (batch.length > 0) await send.rows(batch);
  };
  await readRows();
  if (!found) throw new ParseFailure('corrupt', `sheet ${target.name} could not be read`);
  rmSync(repacked, { force: true });
  return { rows: budget.rows, cells: budget.cells, droppedColumns, formulaCells, mergesDropped: merges.dropped };
}
