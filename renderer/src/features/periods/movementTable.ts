import type { Mover } from '../../../../shared/contract';
import { movementDirection } from '../../../../shared/history/cellMovement';

export type Direction = Mover['direction'];
/** How a matrix cell reads: the diagonal is "unchanged", off it a move up, down or sideways. */
export type Movement = 'same' | 'up' | 'down' | 'sideways';
export type DirectionKey = 'up' | 'down' | 'sideways';

export interface MatrixCell {
  from: string;
  to: string;
  count: number;
  movement: Movement;
}

export interface MatrixRow {
  from: string;
  cells: MatrixCell[];
  /** Clients in this cell in the earlier snapshot (and in both snapshots). */
  total: number;
  up: number;
  down: number;
}

export interface MatrixTable {
  cells: string[];
  rows: MatrixRow[];
  /** Clients per cell in the later snapshot (of those in both). */
  columnTotals: number[];
  total: number;
  same: number;
  up: number;
  down: number;
  sideways: number;
}

export function directionKey(direction: Direction): DirectionKey {
  return direction === 1 ? 'up' : direction === -1 ? 'down' : 'sideways';
}

export function directionArrow(direction: Direction): string {
  return direction === 1 ? '↑' : direction === -1 ? '↓' : '→';
}

/** The direction of a move given cell ranks (0 = best), exactly as the core computes it for movers. */
export function directionByRank(ranks: ReadonlyMap<string, number>): (from: string, to: string) => Direction {
  return (from, to) => movementDirection(ranks, from, to);
}

/** A fallback when the model is not at hand: the direction the core gave the listed movers. */
export function directionFromMovers(movers: readonly Mover[]): (from: string, to: string) => Direction {
  const known = new Map<string, Direction>();
  for (const mover of movers) if (mover.from !== null && mover.to !== null) known.set(`${mover.from}\u0000${mover.to}`, mover.direction);
  return (from, to) => known.get(`${from}\u0000${to}`) ?? 0;
}

/**
 * The movement matrix as a table: rows = the earlier cell, columns = the later cell, in board
 * order; each count marked as unchanged (diagonal) or as a move up, down or sideways, with
 * row and column totals. Missing matrix entries count as 0.
 */
export function movementTable(cells: readonly string[], matrix: readonly (readonly number[])[], directionOf: (from: string, to: string) => Direction): MatrixTable {
  const columnTotals = cells.map(() => 0);
  const table: MatrixTable = { cells: [...cells], rows: [], columnTotals, total: 0, same: 0, up: 0, down: 0, sideways: 0 };
  cells.forEach((from, i) => {
    const row: MatrixRow = { from, cells: [], total: 0, up: 0, down: 0 };
    cells.forEach((to, j) => {
      const count = matrix[i]?.[j] ?? 0;
      const movement: Movement = i === j ? 'same' : directionKey(directionOf(from, to));
      row.cells.push({ from, to, count, movement });
      row.total += count;
      columnTotals[j]! += count;
      table[movement] += count;
      if (movement === 'up') row.up += count;
      if (movement === 'down') row.down += count;
    });
    table.total += row.total;
    table.rows.push(row);
  });
  return table;
}

export type MoverFilter = 'all' | DirectionKey;

export function moverCounts(movers: readonly Mover[]): Record<MoverFilter, number> {
  const counts: Record<MoverFilter, number> = { all: movers.length, up: 0, down: 0, sideways: 0 };
  for (const mover of movers) counts[directionKey(mover.direction)] += 1;
  return counts;
}

/** Movers of one direction (or all), optionally only those between two cells. */
export function filterMovers(movers: readonly Mover[], filter: MoverFilter, pair: { from: string; to: string } | null = null): Mover[] {
  return movers.filter(
    (mover) => (filter === 'all' || directionKey(mover.direction) === filter) && (pair === null || (mover.from === pair.from && mover.to === pair.to)),
  );
}
