import type { ClientChanges } from '../../../../shared/contract';
import { neutraliseFormula, undoNeutralisation } from '../../../../shared/transfer/spreadsheetText';
import type { Invalid } from './validators';

/**
 * Tab-separated text for the clipboard: what spreadsheets (Excel, WPS) copy and paste.
 * AG Grid's clipboard module is Enterprise, so copying rows and pasting a column are ours.
 */

/**
 * One cell as TSV: formula-like text made inert first (pasted into Excel or WPS, '=HYPERLINK(…)'
 * would run), then quoted (Excel style, "" for ") only when it holds a tab, a line break or a quote.
 */
export function tsvCell(text: string): string {
  const safe = neutraliseFormula(text);
  return /[\t\r\n"]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toTsv(lines: readonly (readonly string[])[]): string {
  return lines.map((cells) => cells.map(tsvCell).join('\t')).join('\r\n');
}

/** TSV text as rows of cells; understands Excel's quoting and any line ending; drops one trailing line break. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let atCellStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
      continue;
    }
    if (ch === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
      continue;
    }
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
      continue;
    }
    cell += ch;
    atCellStart = false;
  }
  if (cell !== '' || row.length > 0 || !atCellStart) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

export type ColumnParse = { ok: true; values: string[] } | { ok: false; reason: 'empty' | 'severalColumns' };

/** A pasted column of values (one per line). Several columns are refused: which one was meant? */
export function parseColumn(text: string): ColumnParse {
  const rows = parseTsv(text);
  // A spreadsheet selection often ends with blank lines; they are not values.
  while (rows.length > 0 && rows[rows.length - 1]!.every((cell) => cell.trim() === '')) rows.pop();
  if (rows.length === 0) return { ok: false, reason: 'empty' };
  if (rows.some((cells) => cells.length > 1 && cells.slice(1).some((cell) => cell.trim() !== ''))) return { ok: false, reason: 'severalColumns' };
  // Our own copy's quote comes off again; a spreadsheet copies a cell's value, never the quote that keeps it text.
  return { ok: true, values: rows.map((cells) => undoNeutralisation(cells[0] ?? '')) };
}

export interface PasteStep {
  ids: number[];
  changes: ClientChanges;
}

export type PastePlan =
  | { ok: true; steps: PasteStep[]; headerSkipped: boolean }
  | { ok: false; reason: 'countMismatch'; values: number; rows: number }
  | { ok: false; reason: 'invalid'; problems: { line: number; value: string; invalid: Invalid }[] }
  | { ok: false; reason: 'noRows' };

/**
 * How pasted values become commands. One value goes to every selected row (one bulk edit,
 * one undo step). One value per row (in the grid's order) is grouped by value: each distinct
 * value is one bulk edit, so a column with k different values is k undo steps; rows and values
 * are matched by position. Nothing is saved when any value is invalid.
 */
export function planPaste(options: {
  values: readonly string[];
  ids: readonly number[];
  header: string;
  parse: (value: string) => { ok: true; value: ClientChanges } | { ok: false; error: Invalid };
}): PastePlan {
  const { ids, header, parse } = options;
  if (ids.length === 0) return { ok: false, reason: 'noRows' };
  let values = [...options.values];
  let headerSkipped = false;
  // A column copied with its header (our own copy does that): the header is not a value.
  if (values.length === ids.length + 1 && values[0]!.trim() === header) {
    values = values.slice(1);
    headerSkipped = true;
  }
  if (values.length !== 1 && values.length !== ids.length) return { ok: false, reason: 'countMismatch', values: values.length, rows: ids.length };
  const problems: { line: number; value: string; invalid: Invalid }[] = [];
  const parsed = values.map((value, index) => {
    const result = parse(value);
    if (!result.ok) problems.push({ line: index + 1 + (headerSkipped ? 1 : 0), value, invalid: result.error });
    return result.ok ? result.value : null;
  });
  if (problems.length > 0) return { ok: false, reason: 'invalid', problems };
  if (values.length === 1) return { ok: true, steps: [{ ids: [...ids], changes: parsed[0]! }], headerSkipped };
  const steps = new Map<string, PasteStep>();
  parsed.forEach((changes, index) => {
    const key = JSON.stringify(changes);
    const step = steps.get(key) ?? { ids: [], changes: changes! };
    step.ids.push(ids[index]!);
    steps.set(key, step);
  });
  return { ok: true, steps: [...steps.values()], headerSkipped };
}
