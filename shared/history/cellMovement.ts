import type { ModelDefinition } from '../grading';

/**
 * A cell's rank: the sum of its axis values' positions (each axis lists its values best
 * first), so A1 = 0 is the best pharma cell and C3 = 4 the worst. Unknown cells have none.
 */
export function cellRanks(model: ModelDefinition): Map<string, number> {
  const position = new Map(model.axes.map((axis) => [axis.id, new Map(axis.values.map((v, i) => [v.value, i]))]));
  const ranks = new Map<string, number>();
  for (const cell of model.cells) {
    let rank = 0;
    for (const [axisId, value] of Object.entries(cell.axisValues)) rank += position.get(axisId)?.get(value) ?? 0;
    ranks.set(cell.code, rank);
  }
  return ranks;
}

/** 1 when a client moved to a better cell, -1 to a worse one, 0 sideways, unchanged or not comparable. */
export function movementDirection(ranks: ReadonlyMap<string, number>, from: string | null, to: string | null): 1 | 0 | -1 {
  if (from === null || to === null) return 0;
  const a = ranks.get(from);
  const b = ranks.get(to);
  if (a === undefined || b === undefined || a === b) return 0;
  return b < a ? 1 : -1;
}

/** Counts per cell code, with every cell of the model present (zero when empty). */
export function countByCell(model: ModelDefinition, cells: readonly (string | null)[]): { counts: Record<string, number>; ungraded: number } {
  const counts: Record<string, number> = Object.fromEntries(model.cells.map((cell) => [cell.code, 0]));
  let ungraded = 0;
  for (const cell of cells) {
    if (cell !== null && cell in counts) counts[cell] = (counts[cell] ?? 0) + 1;
    else ungraded++;
  }
  return { counts, ungraded };
}
