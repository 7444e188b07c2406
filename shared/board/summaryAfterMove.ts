import type { BoardSummary } from '../contract/boardMethods';
import type { ClientQuery } from '../contract/clientQuery';

/** A moved card as the board knows it. */
export interface MovedCard {
  id: number;
  cell: string | null;
  overrideCell: string | null;
  volumeOurs?: number | null;
}

/**
 * The board's figures once a saved move is applied, so the page shows the saved state at
 * once instead of after every read has been fetched again (which then replaces this).
 * `kind` is what was saved: an override to `target`, or clearing overrides back to `target`.
 * Cards leave their cell; they enter the target when the filters still keep them there.
 */
export function summaryAfterMove(
  summary: BoardSummary,
  cards: readonly MovedCard[],
  target: string,
  kind: 'override' | 'clear',
  query: Pick<ClientQuery, 'zones' | 'overriddenOnly'> = {},
): BoardSummary {
  const cells = new Map(summary.cells.map((cell) => [cell.code, { ...cell }]));
  const into = cells.get(target);
  const keptInTarget =
    into !== undefined &&
    (!query.zones?.length || (into.zoneId !== null && query.zones.includes(into.zoneId))) &&
    !(query.overriddenOnly && kind === 'clear');
  const seen = new Set<number>();
  let overriddenDelta = 0;
  for (const card of cards) {
    if (seen.has(card.id) || card.cell === target) continue;
    seen.add(card.id);
    const volume = card.volumeOurs ?? 0;
    const from = card.cell === null ? undefined : cells.get(card.cell);
    if (from) {
      from.count -= 1;
      from.volumeOurs -= volume;
      if (card.overrideCell !== null) from.overridden -= 1;
    }
    if (keptInTarget && into) {
      into.count += 1;
      into.volumeOurs += volume;
      if (kind === 'override') into.overridden += 1;
    }
    const wasOverridden = card.overrideCell !== null;
    const isOverridden = kind === 'override';
    if (!keptInTarget) overriddenDelta -= wasOverridden ? 1 : 0;
    else overriddenDelta += (isOverridden ? 1 : 0) - (wasOverridden ? 1 : 0);
  }
  if (seen.size === 0) return summary;
  const list = summary.cells.map((cell) => {
    const next = cells.get(cell.code)!;
    return { ...next, monthlyVisits: next.count * next.visitsPerClient };
  });
  const volumeOurs = list.reduce((sum, cell) => sum + cell.volumeOurs, 0);
  const removed = keptInTarget ? 0 : seen.size;
  const unchanged = (a: (typeof list)[number], b: (typeof list)[number]) =>
    a.count === b.count && a.overridden === b.overridden && a.volumeOurs === b.volumeOurs && volumeOurs === summary.totals.volumeOurs;
  return {
    ...summary,
    // Cells the move leaves alone stay the same objects, so the page redraws only the others.
    cells: list.map((cell, i) =>
      unchanged(cell, summary.cells[i]!) ? summary.cells[i]! : { ...cell, volumeShare: volumeOurs > 0 ? cell.volumeOurs / volumeOurs : null },
    ),
    totals: {
      ...summary.totals,
      clients: summary.totals.clients - removed,
      overridden: summary.totals.overridden + overriddenDelta,
      monthlyVisits: list.reduce((sum, cell) => sum + cell.monthlyVisits, 0),
      volumeOurs,
    },
  };
}
