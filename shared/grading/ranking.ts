import type { GradeAttributes } from './gradeTypes';
import type { Ranking } from './modelShape';
import { isAbsent, parseNumeric } from './numbers';

export type RankId = string | number;

/** One client as a ranking sees it: its id, its graded cell and the ranked value. */
export interface RankCandidate<Id extends RankId = RankId> {
  id: Id;
  /** The client's cell; null or undefined when it could not be graded. */
  cell: string | null | undefined;
  /** A number, or text such as '1,200'; blank or non-numeric values are not ranked. */
  value: string | number | null | undefined;
}

/** Numbers before text ids, numbers ascending, text by code units: the same order on every machine. */
function compareIds(a: RankId, b: RankId): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The ids of the `top` clients with the highest value among those in any of `cells`, best
 * first; equal values are ordered by id. Clients outside the cells, or whose value is blank or
 * not a number, take no place (they are never ranked as 0). Model-independent and pure.
 */
export function topNByAttribute<Id extends RankId>(clients: readonly RankCandidate<Id>[], cells: readonly string[], top: number): Id[] {
  const keep = Number.isFinite(top) ? Math.floor(top) : 0;
  if (keep < 1) return [];
  const inCells = new Set(cells);
  const ranked: { id: Id; value: number }[] = [];
  for (const client of clients) {
    if (client.cell === null || client.cell === undefined || !inCells.has(client.cell)) continue;
    const raw = client.value;
    if (isAbsent(raw)) continue;
    const value = parseNumeric(raw);
    if (value !== undefined) ranked.push({ id: client.id, value });
  }
  ranked.sort((a, b) => b.value - a.value || compareIds(a.id, b.id));
  return ranked.slice(0, keep).map((entry) => entry.id);
}

/** A graded client with its attributes, as the core holds it. */
export interface RankedClientInput<Id extends RankId = RankId> {
  id: Id;
  cell: string | null | undefined;
  attributes: GradeAttributes;
}

/** The ids a model's ranking selects (its cells, attribute and size), best first. */
export function applyRanking<Id extends RankId>(ranking: Ranking, clients: readonly RankedClientInput<Id>[]): Id[] {
  return topNByAttribute(
    clients.map((client) => ({ id: client.id, cell: client.cell, value: client.attributes[ranking.attribute] })),
    ranking.cells,
    ranking.top,
  );
}

/** Client attributes the model's rankings read (not needed for grading), in first-use order. */
export function rankingAttributesOfModel(model: { rankings?: readonly Ranking[] | undefined }): string[] {
  const into: string[] = [];
  for (const ranking of model.rankings ?? []) if (!into.includes(ranking.attribute)) into.push(ranking.attribute);
  return into;
}
