import { readFileSync, statSync } from 'node:fs';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { DelimitedLimitError, detectDelimiter, parseDelimited } from '../../shared/transfer/csv';
import type { RawCell } from '../../shared/transfer/values';
import { looksLikeUtf16 } from './detectFormat';
import { ParseBudget } from './parseBudget';
import { ParseFailure, type MetaMessage, type ParseJob, type TextEncoding, type WireRow } from './protocol';

export interface DecodedText {
  text: string;
  used: TextEncoding;
  detected: TextEncoding;
  how: 'bom' | 'utf8' | 'fallback' | 'chosen';
  replacements: number;
}

const GUESS_SAMPLE_BYTES = 64 * 1024;

/**
 * Big5 bytes also decode as GB18030 without a single error (into nonsense), so the two are
 * told apart by which one gives common Chinese characters: chardet's statistics (ICU's
 * method). GB18030 stays the default; Big5 only wins with clearly more confidence, which a
 * table in traditional characters gives after a line or two.
 */
function looksLikeBig5(bytes: Buffer): boolean {
  const scores = chardet.analyse(bytes.subarray(0, GUESS_SAMPLE_BYTES));
  const confidence = (name: string) => scores.find((score) => score.name === name)?.confidence ?? 0;
  return confidence('Big5') >= 50 && confidence('Big5') > confidence('GB18030');
}

/**
 * The encoding of a text file (stack-research 4.4): a byte-order mark first; then strict
 * UTF-8 (right on every sample tried); otherwise GB18030, the superset of GBK that Chinese
 * Excel and WPS write, or Big5 when the text reads as traditional Chinese in Big5. UTF-16
 * without a mark is recognised by its NUL bytes.
 */
export function detectEncoding(bytes: Buffer): { encoding: TextEncoding; how: 'bom' | 'utf8' | 'fallback' } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', how: 'bom' };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', how: 'bom' };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', how: 'bom' };
  const utf16 = looksLikeUtf16(bytes);
  if (utf16) return { encoding: utf16, how: 'fallback' };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { encoding: 'utf-8', how: 'utf8' };
  } catch {
    // Not UTF-8: a fatal decode error is the expected answer here, not a failure.
    return { encoding: looksLikeBig5(bytes) ? 'big5' : 'gb18030', how: 'fallback' };
  }
}

export function decodeText(bytes: Buffer, chosen?: TextEncoding): DecodedText {
  const detected = detectEncoding(bytes);
  const used = chosen ?? detected.encoding;
  // iconv-lite strips a BOM of the encoding it decodes; a BOM of another encoding stays as text.
  let text = iconv.decode(bytes, used, { stripBOM: true });
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let replacements = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) replacements++;
  return { text, used, detected: detected.encoding, how: chosen ? 'chosen' : detected.how, replacements };
}

const PLAIN_NUMBER = /^-?(?:0|[1-9]\d{0,14})(?:\.\d+)?$/;

/**
 * Parses a CSV or text table: decoded, delimiter sniffed (comma, tab, semicolon, full-width
 * comma), quoted fields with delimiters and line breaks. Plain numbers become numbers (codes
 * with leading zeros stay text); blank records are not sent.
 */
export async function readText(
  job: ParseJob,
  send: {
    meta(meta: Omit<MetaMessage, 'type'>): void;
    rows(rows: WireRow[]): Promise<void> | void;
  },
): Promise<{ rows: number; cells: number; droppedColumns: number }> {
  const size = statSync(job.path).size;
  if (size > job.limits.maxTextBytes) throw new ParseFailure('tooLarge', `${size} bytes of text`);
  const decoded = decodeText(readFileSync(job.path), job.encoding);
  const delimiter = detectDelimiter(decoded.text);
  send.meta({
    format: 'csv',
    sheets: [{ name: 'CSV', hidden: false }],
    sheet: 'CSV',
    encoding: { used: decoded.used, detected: decoded.detected, how: decoded.how, replacements: decoded.replacements },
    delimiter,
  });
  let batch: WireRow[] = [];
  let limit = job.firstBatchRows;
  const budget = new ParseBudget(job.limits);
  const flushes: WireRow[][] = [];
  try {
    parseDelimited(decoded.text, delimiter, { maxRows: job.limits.maxRows + 1000, maxColumns: 16_384, maxCellChars: job.limits.maxCellChars }, (fields, record) => {
      const row: RawCell[] = [];
      let any = false;
      const width = Math.min(fields.length, job.limits.maxColumns);
      for (let c = 0; c < width; c++) {
        const field = fields[c]!;
        if (field === '') {
          row.push(null);
          continue;
        }
        any = true;
        const value = PLAIN_NUMBER.test(field) ? Number(field) : field;
        budget.cell(value);
        row.push(value);
      }
      if (!any) return;
      budget.row();
      batch.push([record, row, null]);
      if (batch.length >= limit) {
        flushes.push(batch);
        batch = [];
        limit = job.batchRows;
      }
    });
  } catch (error) {
    if (error instanceof DelimitedLimitError) throw new ParseFailure(error.limit === 'cellChars' ? 'tooLarge' : 'tooLarge', error.message);
    throw error;
  }
  if (batch.length > 0) flushes.push(batch);
  for (const rowsBatch of flushes) await send.rows(rowsBatch);
  return { rows: budget.rows, cells: budget.cells, droppedColumns: 0 };
}
