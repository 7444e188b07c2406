import { plannedVisitsPerMonthOfCell, zoneOfCell } from '../grading/board';
import type { ModelDefinition } from '../grading/modelShape';
import type { CadenceClientInfo } from './contacts';

/**
 * A client as planning needs it: the effective cell (override, else formula), the volume cuts sort
 * by, and for date-fixed cadences when its schedule started (CadenceClientInfo).
 */
export interface PlanClient extends CadenceClientInfo {
  id: number;
  repId: number | null;
  hospitalId: number | null;
  cell: string | null;
  /** Our monthly prescription volume (units); null when unknown (counts as 0 when cutting). */
  volume: number | null;
}

const EPSILON = 1e-9;

/**
 * Planned visits per month of a cell; 0 when the cell is not planned by a monthly figure. A
 * cadence of once every m months counts 1/m; other cadences count their zone's figure (see
 * cellPlanOf for how the plan places them).
 */
export function frequencyOfCell(model: ModelDefinition, cell: string | null): number {
  if (cell === null) return 0;
  const cadence = zoneOfCell(model, cell)?.cadence;
  if (cadence?.kind === 'everyMonths') return 1 / cadence.months;
  return plannedVisitsPerMonthOfCell(model, cell) ?? 0;
}

/** A what-if or edited zone figure: the zone's visits per month and its per-cell exceptions. */
export interface ZoneFrequency {
  visitsPerMonth: number | null;
  cellVisitsPerMonth?: Record<string, number> | undefined;
}

/**
 * The model with some zones' frequencies replaced (for a what-if; nothing is saved). A zone with a
 * cadence keeps it, and the cadence rules over the figure (cellPlanOf): the page offers no figure there.
 */
export function withZoneFrequencies(model: ModelDefinition, zones: Readonly<Record<string, ZoneFrequency>>): ModelDefinition {
  return {
    ...model,
    zones: model.zones.map((zone) => {
      const change = zones[zone.id];
      if (!change) return zone;
      const next = { ...zone, visitsPerMonth: change.visitsPerMonth };
      if (change.cellVisitsPerMonth === undefined) delete next.cellVisitsPerMonth;
      else next.cellVisitsPerMonth = change.cellVisitsPerMonth;
      return next;
    }),
  };
}

/**
 * Visits a client with `frequency` visits per month gets in the month with index `month`
 * (see monthIndex), with its phase in [0, 1): the visits due by the end of the month minus
 * those due by its start. Over any run of months the total is the frequency × months within
 * one visit: 0.5 gives 1, 0, 1, 0 …; 2.5 gives 2, 3, 2, 3 ….
 */
export function visitsInMonth(frequency: number, phase: number, month: number): number {
  if (!(frequency > 0)) return 0;
  return Math.floor((month + 1) * frequency + phase + EPSILON) - Math.floor(month * frequency + phase + EPSILON);
}

/**
 * Phases of one rep's clients so that fractional frequencies are spread evenly over the months:
 * clients with the same frequency, in id order, get phases 0, f, 2f … (mod 1). With 0.5, every
 * other client is visited in odd months and the rest in even months.
 */
export function phasesOf(clients: readonly { id: number; frequency: number }[]): Map<number, number> {
  const byFrequency = new Map<number, number[]>();
  for (const client of clients) {
    if (Number.isInteger(client.frequency)) continue;
    const ids = byFrequency.get(client.frequency) ?? [];
    ids.push(client.id);
    byFrequency.set(client.frequency, ids);
  }
  const phases = new Map<number, number>();
  for (const [frequency, ids] of byFrequency) {
    ids.sort((a, b) => a - b);
    ids.forEach((id, i) => {
      const phase = (i * frequency) % 1;
      phases.set(id, phase < EPSILON || 1 - phase < EPSILON ? 0 : phase);
    });
  }
  return phases;
}

/** One client's place in the cut order and its visits this month. */
export interface CutCandidate {
  clientId: number;
  zoneId: string | null;
  cell: string | null;
  volume: number | null;
  visits: number;
}

export interface Cut {
  clientId: number;
  zoneId: string | null;
  cell: string | null;
  volume: number | null;
  /** Visits taken out of the month. */
  visitsCut: number;
  /** Visits the client keeps (0 when the whole month is cut). */
  visitsLeft: number;
}

/**
 * Zones in the order they are cut: the model lists its zones most important first (red,
 * yellow, blue), so blue goes first, then yellow; the first zone is cut only when the others
 * are not enough. Clients of a zone not in the model are cut before everything else.
 */
export function zoneCutOrder(model: ModelDefinition): string[] {
  return model.zones.map((zone) => zone.id).reverse();
}

/**
 * What to cut so the load fits `limit`: zone by zone in `order`, least volume first (unknown
 * volume counts as 0, ties by id), whole clients except the last, who keeps what still fits.
 */
export function cutsToFit(
  candidates: readonly CutCandidate[],
  order: readonly string[],
  limit: number,
): { cuts: Cut[]; remainingOver: number } {
  let load = candidates.reduce((sum, c) => sum + c.visits, 0);
  const cuts: Cut[] = [];
  if (load <= limit) return { cuts, remainingOver: 0 };
  const rank = (zoneId: string | null) => (zoneId === null ? -1 : order.indexOf(zoneId));
  const sorted = candidates
    .filter((c) => c.visits > 0)
    .sort((a, b) => rank(a.zoneId) - rank(b.zoneId) || (a.volume ?? 0) - (b.volume ?? 0) || a.clientId - b.clientId);
  for (const candidate of sorted) {
    if (load <= limit) break;
    const cut = Math.min(candidate.visits, Math.ceil(load - limit - EPSILON));
    load -= cut;
    cuts.push({ ...pick(candidate), visitsCut: cut, visitsLeft: candidate.visits - cut });
  }
  return { cuts, remainingOver: Math.max(0, load - limit) };
}

const pick = (c: CutCandidate) => ({ clientId: c.clientId, zoneId: c.zoneId, cell: c.cell, volume: c.volume });

/** The zone id of a cell, or null. */
export function zoneIdOfCell(model: ModelDefinition, cell: string | null): string | null {
  return cell === null ? null : (zoneOfCell(model, cell)?.id ?? null);
}
