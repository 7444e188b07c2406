import type { ModelInput } from '../grading/modelInputs';
import { parseNumeric } from '../grading/numbers';
import type { SheetGrid } from './sheet';
import { guessTarget, inputHeaderIndex } from './synonyms';
import { cleanText, type RawCell } from './values';

/** Rows searched for the header: title rows, notes and blank rows above it are skipped. */
export const HEADER_SEARCH_ROWS = 30;

export interface HeaderChoice {
  /** Excel row number of the (first) header row. */
  row: number;
  /** 1, or 2 for a two-line header whose second line was joined in. */
  rows: 1 | 2;
}

export interface DetectedHeader extends HeaderChoice {
  headers: string[];
  /** Columns whose header names a known field. */
  recognised: number;
}

function isTextCell(value: RawCell): value is string {
  return typeof value === 'string' && value.trim() !== '' && parseNumeric(value) === undefined;
}

function isNumberCell(value: RawCell): boolean {
  return typeof value === 'number' || (typeof value === 'string' && value.trim() !== '' && parseNumeric(value) !== undefined);
}

/** The header texts for a choice: the first line with horizontal merges spread, the second line joined in. */
export function headersFor(grid: SheetGrid, choice: HeaderChoice, columnCount: number): string[] {
  const headers: string[] = [];
  for (let c = 0; c < columnCount; c++) {
    const top = cleanText(grid.filled(choice.row, c));
    if (choice.rows === 1) {
      headers.push(top);
      continue;
    }
    const second = choice.row + 1;
    // A header cell merged down over both lines has one text, not two.
    const master = grid.merges.masterOf(second, c);
    const sameAsTop = master !== undefined && Math.floor(master / 16384) <= choice.row;
    const bottom = sameAsTop ? '' : cleanText(grid.raw(second, c));
    headers.push(top && bottom && top !== bottom ? `${top} ${bottom}` : top || bottom);
  }
  return headers;
}

function recognisedCount(headers: readonly string[], inputs: ReadonlyMap<string, ModelInput>): { any: number; exact: number } {
  const targets = new Set<string>();
  let exact = 0;
  for (const header of headers) {
    const guess = guessTarget(header, inputs);
    if (!guess || targets.has(guess.target)) continue;
    targets.add(guess.target);
    if (guess.strength === 2) exact++;
  }
  return { any: targets.size, exact };
}

/**
 * Finds the header row among the first rows: the row naming the most known fields, with
 * title rows (one merged text), notes and blank rows skipped. A second header line is joined
 * when the first has cells merged across it or down into it, or when joining names more
 * fields ('处方量' over '我方' | '竞品'). Null when no row names at least two fields. The active
 * model's inputs count as fields (a B2B list names 生命周期 and 年采购额, not 医院 and 职称).
 */
export function detectHeader(grid: SheetGrid, columnCount: number, modelInputs: readonly ModelInput[] = []): DetectedHeader | null {
  const inputs = inputHeaderIndex(modelInputs);
  let best: { row: number; score: number; any: number } | null = null;
  const candidates = grid.rows.slice(0, HEADER_SEARCH_ROWS);
  for (const row of candidates) {
    const texts = new Set<string>();
    let numbers = 0;
    row.cells.forEach((value) => {
      if (isTextCell(value)) texts.add(value.trim());
      else if (isNumberCell(value)) numbers++;
    });
    if (texts.size < 2) continue;
    const counts = recognisedCount(headersFor(grid, { row: row.r, rows: 1 }, columnCount), inputs);
    if (counts.any < 2 || counts.exact < 1) continue;
    const score = counts.any * 3 + texts.size - numbers * 2;
    if (!best || score > best.score) best = { row: row.r, score, any: counts.any };
  }
  if (!best) return null;
  const single = headersFor(grid, { row: best.row, rows: 1 }, columnCount);
  const twoLine = isSecondHeaderLine(grid, best.row, columnCount, recognisedCount(single, inputs).any, inputs);
  const rows: 1 | 2 = twoLine ? 2 : 1;
  const headers = twoLine ? headersFor(grid, { row: best.row, rows: 2 }, columnCount) : single;
  return { row: best.row, rows, headers, recognised: recognisedCount(headers, inputs).any };
}

function isSecondHeaderLine(grid: SheetGrid, headerRow: number, columnCount: number, singleHits: number, inputs: ReadonlyMap<string, ModelInput>): boolean {
  const next = grid.row(headerRow + 1);
  if (!next) return false;
  let nonEmpty = 0;
  for (const value of next.cells) {
    if (value === null || (typeof value === 'string' && value.trim() === '')) continue;
    if (!isTextCell(value)) return false;
    nonEmpty++;
  }
  if (nonEmpty === 0) return false;
  for (let c = 0; c < columnCount; c++) {
    const below = grid.raw(headerRow + 1, c);
    const spreadAcross = grid.merges.masterOf(headerRow, c) !== undefined || grid.merges.masterOf(headerRow, c + 1) !== undefined;
    if (isTextCell(below) && spreadAcross) return true;
    const master = grid.merges.masterOf(headerRow + 1, c);
    if (master !== undefined && Math.floor(master / 16384) === headerRow) return true;
  }
  return recognisedCount(headersFor(grid, { row: headerRow, rows: 2 }, columnCount), inputs).any > singleHits;
}

/** The widest row among the first data rows and the header: how many columns to offer. */
export function columnCountOf(rows: readonly { cells: readonly RawCell[] }[]): number {
  let width = 0;
  for (const row of rows) {
    let last = row.cells.length - 1;
    while (last >= 0 && (row.cells[last] === null || row.cells[last] === '')) last--;
    width = Math.max(width, last + 1);
  }
  return width;
}
