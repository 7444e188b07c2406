import type { Movement, Pareto, RepDistribution, VisitsByZone } from '../../../../../shared/contract/analysisMethods';
import type { SnapshotSummary, StatsSummary } from '../../../../../shared/contract';
import { shareOf } from '../../../components/format';

/** One zone's line of the report: its clients at the later point in time and its visits in the quarter's last month. */
export interface ZoneRow {
  zoneId: string;
  clients: number;
  share: number | null;
  recommended: number;
  planned: number;
  plannedShare: number | null;
}

export interface SummaryFigures {
  clients: number;
  graded: number;
  ungraded: number;
  /** Volume share of the top 20% of clients; null without volume. */
  headVolumeShare: number | null;
  up: number;
  down: number;
  recommended: number;
  planned: number;
  capacity: number;
}

/** The summary figures of the scope: counts from the Pareto (it takes every filter), visits from the plan, moves from the movement. */
export function summaryFigures(pareto: Pareto, visits: VisitsByZone, movement: Movement): SummaryFigures {
  const ungraded = pareto.byZone.find((zone) => zone.zoneId === '')?.clients ?? 0;
  return {
    clients: pareto.clients,
    graded: pareto.clients - ungraded,
    ungraded,
    headVolumeShare: pareto.totalVolume > 0 ? pareto.headVolumeShare : null,
    up: movement.up,
    down: movement.down,
    recommended: visits.recommended,
    planned: visits.planned,
    capacity: visits.capacity,
  };
}

/** A row per zone of the model (in its order), then the ungraded clients ('' ) when there are any. */
export function zoneRows(pareto: Pareto, visits: VisitsByZone): ZoneRow[] {
  const clientsOf = (zoneId: string) => pareto.byZone.find((zone) => zone.zoneId === zoneId)?.clients ?? 0;
  const rows = pareto.zones.map((zone): ZoneRow => {
    const visit = visits.zones.find((v) => v.id === zone.id);
    return {
      zoneId: zone.id,
      clients: clientsOf(zone.id),
      share: shareOf(clientsOf(zone.id), pareto.clients),
      recommended: visit?.recommended ?? 0,
      planned: visit?.planned ?? 0,
      plannedShare: visit ? shareOf(visit.planned, visits.planned) : null,
    };
  });
  const ungraded = clientsOf('');
  return ungraded > 0 ? [...rows, { zoneId: '', clients: ungraded, share: shareOf(ungraded, pareto.clients), recommended: 0, planned: 0, plannedShare: null }] : rows;
}

export type Verdict = 'generous' | 'different' | 'similar';

export interface RepRow {
  repId: number | null;
  repName: string | null;
  clients: number;
  /** Clients per zone id. */
  perZone: Record<string, number>;
  ungraded: number;
  topZoneShareDiff: number;
  chiSquare: number;
  pValue: number;
  verdict: Verdict;
}

/** The same reading as the 分析 page: generous (p < 0.01, more in the top zone), different (p < 0.01), or similar. */
export function verdictOf(rep: Pick<RepDistribution['reps'][number], 'generous' | 'pValue'>): Verdict {
  return rep.generous ? 'generous' : rep.pValue < 0.01 ? 'different' : 'similar';
}

/** Each rep's clients per zone (the cells summed by zone), with the test's figures and verdict. */
export function repRows(distribution: RepDistribution): RepRow[] {
  return distribution.reps.map((rep) => {
    const perZone = Object.fromEntries(distribution.zones.map((zone) => [zone.id, zone.cells.reduce((sum, cell) => sum + (rep.perCell[cell] ?? 0), 0)]));
    const graded = Object.values(perZone).reduce((sum, n) => sum + n, 0);
    return {
      repId: rep.repId,
      repName: rep.repName,
      clients: rep.clients,
      perZone,
      ungraded: Math.max(0, rep.clients - graded),
      topZoneShareDiff: rep.topZoneShareDiff,
      chiSquare: rep.chiSquare,
      pValue: rep.pValue,
      verdict: verdictOf(rep),
    };
  });
}

export type Mover = Movement['movers']['rows'][number];

const DIRECTION_ORDER: Record<Mover['direction'], number> = { 1: 0, [-1]: 1, 0: 2 };

/** Movers for the printed list: up, then down, then sideways; within each by rep, hospital and name (Chinese collation). */
export function sortMovers(rows: readonly Mover[], locale: string): Mover[] {
  const collator = new Intl.Collator(locale);
  const text = (value: string | null) => value ?? '';
  return [...rows].sort(
    (a, b) =>
      DIRECTION_ORDER[a.direction] - DIRECTION_ORDER[b.direction] ||
      collator.compare(text(a.repName), text(b.repName)) ||
      collator.compare(text(a.hospitalName), text(b.hospitalName)) ||
      collator.compare(a.name, b.name) ||
      a.clientId - b.clientId,
  );
}

export function moverCounts(rows: readonly Mover[]): { up: number; down: number; sideways: number } {
  return {
    up: rows.filter((row) => row.direction === 1).length,
    down: rows.filter((row) => row.direction === -1).length,
    sideways: rows.filter((row) => row.direction === 0).length,
  };
}

/** A cell's zone colour, from the summary's cells and zones (the Sankey's nodes). */
export function cellColors(summary: Pick<StatsSummary, 'cells' | 'zones'>): (cell: string) => string | null {
  const colors = new Map(summary.zones.map((zone) => [zone.id, zone.color]));
  const zoneOf = new Map(summary.cells.map((cell) => [cell.code, cell.zoneId]));
  return (cell) => {
    const zoneId = zoneOf.get(cell);
    return zoneId ? (colors.get(zoneId) ?? null) : null;
  };
}

/** The button's default points in time: the last two snapshots taken, or the last one against today's grades; null without snapshots. */
export function defaultRange(snapshots: readonly Pick<SnapshotSummary, 'id'>[]): { fromId: number; toId: number | null } | null {
  const ids = snapshots.map((s) => s.id).sort((a, b) => b - a);
  const [last, before] = ids;
  if (last === undefined) return null;
  return before === undefined ? { fromId: last, toId: null } : { fromId: before, toId: last };
}
