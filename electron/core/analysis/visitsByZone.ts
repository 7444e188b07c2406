import type { AnalysisFilter, VisitsByZone } from '../../../shared/contract/analysisMethods';
import { buildCalendar } from '../../../shared/planning/calendar';
import { clientsByRep, repMonthLoad } from '../../../shared/planning/capacity';
import { frequencyOfCell, type PlanClient } from '../../../shared/planning/load';
import type { CoreContext } from '../context';
import { planClientsMarked } from '../db/repos/analysis/planClientsRepo';
import { readCalendar, readPlanReps } from '../db/repos/planningRepo';
import { analysisModel } from './analysisFilter';

const share = (part: number, whole: number) => (whole > 0 ? Math.min(1, Math.max(0, part / whole)) : 0);
/** Sums of fractional frequencies, without the float dust (visits are shown to two decimals at most). */
const visits = (n: number) => Math.max(0, Math.round(n * 1e6) / 1e6);

/**
 * Where the visits of a month go, per zone, for the clients of the filter:
 * - recommended: what the model prescribes, Σ of each client's visits a month (the cell's
 *   figure, else its zone's: frequencyOfCell, the planning feature's rule; 0.5 = every other month);
 * - planned: what the plan keeps in that month, from the planning load itself (repMonthLoad
 *   over all of each rep's clients): the visits due in the month to the filter's clients less the
 *   visits cut from them to fit the rep's capacity. Unassigned clients are in no plan. With whole
 *   frequencies this is recommended minus the cuts; a 0.5 client counts 1 or 0 by month, so the
 *   planned visits never exceed the capacity;
 * - capacity: Σ capacity of the reps in the filter (the rep asked for; under a region, the reps
 *   with clients in it; else every rep).
 */
export function visitsByZone(ctx: CoreContext, input: Omit<AnalysisFilter, 'snapshotId'> & { month: string }): VisitsByZone {
  const model = analysisModel(ctx);
  const definition = model.definition;
  const frequency = new Map<string | null, number>();
  const frequencyOf = (cell: string | null) => {
    let value = frequency.get(cell);
    if (value === undefined) frequency.set(cell, (value = frequencyOfCell(definition, cell)));
    return value;
  };

  const zoneCount = model.zones.length;
  const clients = new Array<number>(zoneCount).fill(0);
  const recommended = new Array<number>(zoneCount).fill(0);
  const planned = new Array<number>(zoneCount).fill(0);
  const planClients: PlanClient[] = [];
  const inFilter = input.region === undefined ? null : new Set<number>();
  const repsInRegion = new Set<number>();
  for (const [id, repId, hospitalId, cell, volume, inRegion] of planClientsMarked(ctx.db, definition.id, input.repId, input.region)) {
    if (repId !== null) planClients.push({ id, repId, hospitalId, cell, volume });
    if (inRegion !== 1) continue;
    if (repId !== null) {
      inFilter?.add(id);
      repsInRegion.add(repId);
    }
    const zone = model.zoneIndex(cell);
    if (zone < 0) continue;
    clients[zone]! += 1;
    recommended[zone]! += frequencyOf(cell);
  }

  const allReps = readPlanReps(ctx.db, { from: `${input.month}-01`, to: `${input.month}-31` });
  const reps = allReps.filter((rep) =>
    input.repId !== undefined ? rep.id === input.repId : input.region !== undefined ? repsInRegion.has(rep.id) : true,
  );
  const calendar = buildCalendar(readCalendar(ctx.db));
  const byRep = clientsByRep(planClients);
  let capacity = 0;
  for (const rep of reps) {
    const load = repMonthLoad(definition, input.month, calendar, rep, byRep.get(rep.id) ?? []);
    capacity += load.capacity;
    const count = (clientId: number, cell: string | null, visits: number) => {
      const zone = model.zoneIndex(cell);
      if (zone >= 0 && (!inFilter || inFilter.has(clientId))) planned[zone]! += visits;
    };
    for (const entry of load.entries) count(entry.clientId, entry.cell, entry.visits);
    for (const cut of load.cuts) count(cut.clientId, cut.cell, -cut.visitsCut);
  }

  const zoneRecommended = recommended.map(visits);
  const zonePlanned = planned.map(visits);
  const totalRecommended = visits(zoneRecommended.reduce((a, b) => a + b, 0));
  const totalPlanned = visits(zonePlanned.reduce((a, b) => a + b, 0));
  return {
    month: input.month,
    zones: model.zones.map((zone, i) => ({
      ...zone,
      clients: clients[i]!,
      recommended: zoneRecommended[i]!,
      planned: zonePlanned[i]!,
      recommendedShare: share(zoneRecommended[i]!, totalRecommended),
      plannedShare: share(zonePlanned[i]!, totalPlanned),
    })),
    recommended: totalRecommended,
    planned: totalPlanned,
    capacity: Math.round(capacity * 100) / 100,
  };
}
