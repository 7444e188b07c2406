import { neutraliseFormula } from './spreadsheetText';

/** Delimiters managers' CSV and text files use: comma, tab (Excel's "Unicode text"), semicolon, full-width comma. */
export const DELIMITERS = [',', '\t', ';', '，'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** Thrown when a text file breaks a bound (too many rows, columns, or a giant cell). */
export class DelimitedLimitError extends Error {
  constructor(readonly limit: 'rows' | 'columns' | 'cellChars') {
    super(`delimited text exceeds the ${limit} limit`);
    this.name = 'DelimitedLimitError';
  }
}

export interface DelimitedLimits {
  maxRows: number;
  maxColumns: number;
  maxCellChars: number;
}

/**
 * The delimiter of a text table: the candidate that splits the first lines (outside quotes)
 * into the same number of fields most consistently, preferring more fields.
 */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.slice(0, 64 * 1024);
  let best: { delimiter: Delimiter; score: number } = { delimiter: ',', score: -1 };
  for (const delimiter of DELIMITERS) {
    const counts = fieldCountsPerLine(sample, delimiter, 30);
    const used = counts.filter((n) => n > 1);
    if (used.length === 0) continue;
    const frequency = new Map<number, number>();
    for (const n of used) frequency.set(n, (frequency.get(n) ?? 0) + 1);
    const [mode, times] = [...frequency.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
    const score = (times / counts.length) * 1000 + mode;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

function fieldCountsPerLine(text: string, delimiter: string, maxLines: number): number[] {
  const counts: number[] = [];
  let inQuotes = false;
  let fields = 1;
  let lineHasContent = false;
  for (let i = 0; i < text.length && counts.length < maxLines; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      inQuotes = !inQuotes;
      lineHasContent = true;
    } else if (!inQuotes && ch === delimiter) {
      fields++;
      lineHasContent = true;
    } else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      if (lineHasContent) counts.push(fields);
      fields = 1;
      lineHasContent = false;
    } else if (ch !== ' ') {
      lineHasContent = true;
    }
  }
  if (lineHasContent && counts.length < maxLines) counts.push(fields);
  return counts;
}

/**
 * RFC 4180 with the leniency real files need: quoted fields may hold delimiters, quotes ("")
 * and line breaks; CRLF, LF and lone CR end records; a stray quote inside an unquoted field is
 * kept as text. Calls `onRow` with each record's fields and its 1-based line-record number.
 */
export function parseDelimited(
  text: string,
  delimiter: string,
  limits: DelimitedLimits,
  onRow: (fields: string[], record: number) => void,
): number {
  let record = 0;
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const n = text.length;
  const pushField = () => {
    if (field.length > limits.maxCellChars) throw new DelimitedLimitError('cellChars');
    fields.push(field);
    if (fields.length > limits.maxColumns) throw new DelimitedLimitError('columns');
    field = '';
  };
  const pushRow = () => {
    pushField();
    record++;
    if (record > limits.maxRows) throw new DelimitedLimitError('rows');
    onRow(fields, record);
    fields = [];
  };
  while (i < n) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      // A long quoted run is copied in one slice rather than char by char.
      const next = text.indexOf('"', i);
      const end = next === -1 ? n : next;
      field += text.slice(i, end);
      if (field.length > limits.maxCellChars) throw new DelimitedLimitError('cellChars');
      i = end;
      continue;
    }
    if (ch === '"' && field.length === 0) {
      quoted = true;
      i++;
      continue;
    }
    if (ch === delimiter) {
      pushField();
      i++;
      continue;
    }
    if (ch === '\n' || ch === '\r') {
      pushRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += ch;
    i++;
  }
  if (field.length > 0 || fields.length > 0 || quoted) pushRow();
  return record;
}

export type CsvValue = string | number | null | undefined;

function csvField(value: CsvValue, delimiter: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = neutraliseFormula(value);
  return /["\r\n]/.test(safe) || safe.includes(delimiter) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * One CSV record (RFC 4180 quoting, CRLF). String cells are neutralised; numbers stay
 * numbers, so a negative number is never quoted away.
 */
export function csvRecord(values: readonly CsvValue[], delimiter = ','): string {
  return `${values.map((value) => csvField(value, delimiter)).join(delimiter)}\r\n`;
}
