import type { RawCell } from './values';

/** Why a cell's value is not what it seems: the parser flags these instead of guessing. */
export type CellFlagKind = 'formulaWithoutResult' | 'formulaResult' | 'errorValue' | 'truncated';

/** One row as read: its row number as Excel shows it, its cells from column A (index 0). */
export interface SheetRow {
  r: number;
  cells: RawCell[];
  /** [column index, kind] for flagged cells. */
  flags?: [number, CellFlagKind][];
}

/** A merged range; rows are Excel row numbers, columns 0-based. */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetInfo {
  name: string;
  /** 'hidden' or 'veryHidden' sheets are listed and flagged. */
  hidden: boolean;
}

/** 'B3:D4' → range; null for anything malformed or outside Excel's grid. */
export function parseRangeRef(ref: string): MergeRange | null {
  const match = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/.exec(ref.trim().toUpperCase());
  if (!match) return null;
  const left = columnIndex(match[1]!);
  const top = Number(match[2]);
  const right = match[3] ? columnIndex(match[3]) : left;
  const bottom = match[4] ? Number(match[4]) : top;
  if (left < 0 || right < 0 || left > 16383 || right > 16383 || top < 1 || bottom < 1 || top > 1_048_576 || bottom > 1_048_576) return null;
  return { top: Math.min(top, bottom), bottom: Math.max(top, bottom), left: Math.min(left, right), right: Math.max(left, right) };
}

/** 'A' → 0, 'AA' → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) return -1;
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

/**
 * Where merged cells get their value: each covered cell (not the top-left one) points to the
 * master cell. Keys are r * 16384 + column. Ranges bigger than `maxCells` in total are
 * ignored (a hostile file can declare A1:XFD1048576).
 */
export class MergeIndex {
  private readonly slaves = new Map<number, number>();
  readonly ranges: MergeRange[] = [];

  constructor(ranges: readonly MergeRange[], maxCells = 2_000_000) {
    let budget = maxCells;
    for (const range of ranges) {
      const size = (range.bottom - range.top + 1) * (range.right - range.left + 1);
      if (size <= 1 || size > budget) continue;
      budget -= size;
      this.ranges.push(range);
      const master = range.top * 16384 + range.left;
      for (let r = range.top; r <= range.bottom; r++) {
        for (let c = range.left; c <= range.right; c++) {
          const key = r * 16384 + c;
          if (key !== master) this.slaves.set(key, master);
        }
      }
    }
  }

  get size(): number {
    return this.slaves.size;
  }

  /** Rows that hold a master cell: the only earlier rows a later row ever needs. */
  masterRows(): Set<number> {
    return new Set([...this.slaves.values()].map((key) => Math.floor(key / 16384)));
  }

  /** The master cell's key when (r, c) is covered by a merge but is not its top-left cell. */
  masterOf(r: number, c: number): number | undefined {
    return this.slaves.get(r * 16384 + c);
  }

}

/** Looks cells up by row number, following merges when asked. Rows can be added as they stream in. */
export class SheetGrid {
  private readonly byRow = new Map<number, SheetRow>();
  private readonly list: SheetRow[] = [];

  constructor(
    readonly merges: MergeIndex,
    rows: readonly SheetRow[] = [],
  ) {
    for (const row of rows) this.add(row);
  }

  add(row: SheetRow): void {
    this.byRow.set(row.r, row);
    this.list.push(row);
  }

  /** Streams: a row can be let go once it is checked and no merged cell below points into it. */
  addTransient(row: SheetRow): void {
    this.byRow.set(row.r, row);
  }

  forget(r: number): void {
    this.byRow.delete(r);
  }

  get rows(): readonly SheetRow[] {
    return this.list;
  }

  row(r: number): SheetRow | undefined {
    return this.byRow.get(r);
  }

  /** The cell as stored (a merged range's covered cells are blank in the file). */
  raw(r: number, c: number): RawCell {
    return this.byRow.get(r)?.cells[c] ?? null;
  }

  /** The cell with merges applied: a covered cell shows its master's value. */
  filled(r: number, c: number): RawCell {
    const own = this.raw(r, c);
    if (own !== null && own !== '') return own;
    const master = this.merges.masterOf(r, c);
    if (master === undefined) return own;
    return this.raw(Math.floor(master / 16384), master % 16384);
  }

  isMergeSlave(r: number, c: number): boolean {
    return this.merges.masterOf(r, c) !== undefined;
  }
}
