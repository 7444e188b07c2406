import type { ModelDefinition } from '../grading/modelShape';
import { buildCalendar, workingDaysOfMonth, type WorkCalendar } from './calendar';
import type { CalendarEntry } from './chinaHolidays';
import { cadenceContacts, cellPlanOf, type ClientContacts, type UnplannedKind } from './contacts';
import { datesOfMonth, monthIndex } from './dates';
import {
  cutsToFit,
  phasesOf,
  visitsInMonth,
  zoneCutOrder,
  zoneIdOfCell,
  type Cut,
  type PlanClient,
} from './load';

export interface PlanRep {
  id: number;
  name: string;
  /** Visits a day (DOMAIN 4: default 8). */
  visitsPerDay: number;
  /** Working days a month when set; null = the calendar's working days minus the rep's days off. */
  workingDaysOverride: number | null;
  /** The rep's own days off (leave, training …) as dates. */
  daysOff: readonly string[];
}

/** A client's visits in one month, with what the scheduler and the cuts need. */
export interface ClientMonthVisits {
  clientId: number;
  hospitalId: number | null;
  cell: string | null;
  zoneId: string | null;
  volume: number | null;
  /** Visits per month of the effective cell (0.5 = every other month); for date-fixed cadences the model's figure. */
  frequency: number;
  /** Visits due this month (before cuts). */
  visits: number;
  /** How the cell is planned (cellPlanOf): a monthly frequency, fixed dates, or not planned. */
  plan: 'frequency' | 'dates' | 'unplanned';
  /** The phase of a fractional frequency over the months (see phasesOf); 0 otherwise. */
  phase: number;
  /** Date-fixed cadences: the month's prescribed contact dates (visits = their number) and the next one after it. */
  contacts?: ClientContacts;
  /** Unplanned cells: what the model says instead (follow the orders, case by case, none). */
  unplanned?: UnplannedKind;
}

export interface RepMonthLoad {
  repId: number;
  repName: string;
  month: string;
  /** The calendar's working days of the month minus the rep's days off. */
  calendarDays: string[];
  /** Working days that count: the override when set, else calendarDays.length. */
  workingDays: number;
  visitsPerDay: number;
  capacity: number;
  /** Visits due this month: Σ over the rep's clients of their cell's frequency in the months they fall in, and of their cadence's dates in the month. */
  load: number;
  /** capacity − load; negative when over. */
  slack: number;
  over: boolean;
  /** Clients assigned to the rep. */
  clients: number;
  perZone: Record<string, { clients: number; visits: number }>;
  /** What to cut first (blue, then yellow, least volume first) to fit; empty when not over. */
  cuts: Cut[];
  /** Visits still over capacity after every cut (0 unless even the first zone does not fit). */
  remainingOver: number;
  /** Every client of the rep with visits due (before cuts), in id order. */
  entries: ClientMonthVisits[];
}

export interface LoadInput {
  model: ModelDefinition;
  month: string;
  calendar: WorkCalendar | readonly CalendarEntry[];
  reps: readonly PlanRep[];
  clients: readonly PlanClient[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function asCalendar(calendar: WorkCalendar | readonly CalendarEntry[]): WorkCalendar {
  return 'byDate' in calendar ? calendar : buildCalendar(calendar);
}

/** Clients per rep id, each list in id order. */
export function clientsByRep(clients: readonly PlanClient[]): Map<number, PlanClient[]> {
  const byRep = new Map<number, PlanClient[]>();
  for (const client of clients) {
    if (client.repId === null) continue;
    const list = byRep.get(client.repId) ?? [];
    list.push(client);
    byRep.set(client.repId, list);
  }
  for (const list of byRep.values()) list.sort((a, b) => a.id - b.id);
  return byRep;
}

/** One rep's month: working days, capacity, load, and the cuts that make it fit. */
export function repMonthLoad(
  model: ModelDefinition,
  month: string,
  calendar: WorkCalendar,
  rep: PlanRep,
  clients: readonly PlanClient[],
): RepMonthLoad {
  const calendarDays = workingDaysOfMonth(calendar, month, new Set(rep.daysOff));
  const workingDays = rep.workingDaysOverride ?? calendarDays.length;
  const capacity = round2(workingDays * rep.visitsPerDay);
  const index = monthIndex(month);
  const dates = datesOfMonth(month);
  const withPlan = clients.map((client) => ({ client, plan: cellPlanOf(model, client.cell) }));
  const phases = phasesOf(withPlan.flatMap(({ client, plan }) => (plan.kind === 'frequency' ? [{ id: client.id, frequency: plan.frequency }] : [])));
  const perZone: Record<string, { clients: number; visits: number }> = Object.fromEntries(
    model.zones.map((zone) => [zone.id, { clients: 0, visits: 0 }]),
  );
  const entries: ClientMonthVisits[] = [];
  let load = 0;
  for (const { client, plan } of withPlan) {
    const zoneId = zoneIdOfCell(model, client.cell);
    const phase = phases.get(client.id) ?? 0;
    const base = { clientId: client.id, hospitalId: client.hospitalId, cell: client.cell, zoneId, volume: client.volume, phase };
    let entry: ClientMonthVisits;
    if (plan.kind === 'frequency') {
      entry = { ...base, plan: 'frequency', frequency: plan.frequency, visits: visitsInMonth(plan.frequency, phase, index) };
    } else if (plan.kind === 'dates') {
      const contacts = cadenceContacts(plan.cadence, client, calendar, dates[0]!, dates[dates.length - 1]!);
      entry = { ...base, plan: 'dates', frequency: plan.frequency, visits: contacts.dates.length, contacts };
    } else {
      entry = { ...base, plan: 'unplanned', frequency: 0, visits: 0, unplanned: plan.reason };
    }
    load += entry.visits;
    if (zoneId !== null) {
      const zone = perZone[zoneId]!;
      zone.clients += 1;
      zone.visits += entry.visits;
    }
    entries.push(entry);
  }
  // The schedule holds whole visits: cuts make the load fit the whole visits of the capacity.
  const limit = Math.floor(capacity + 1e-9);
  const { cuts, remainingOver } = cutsToFit(
    entries.map(({ clientId, zoneId, cell, volume, visits }) => ({ clientId, zoneId, cell, volume, visits })),
    zoneCutOrder(model),
    limit,
  );
  return {
    repId: rep.id,
    repName: rep.name,
    month,
    calendarDays,
    workingDays,
    visitsPerDay: rep.visitsPerDay,
    capacity,
    load,
    slack: round2(capacity - load),
    over: load > capacity + 1e-9,
    clients: clients.length,
    perZone,
    cuts,
    remainingOver,
    entries,
  };
}

/** Every rep's month, in the order of `reps`. */
export function monthLoads(input: LoadInput): RepMonthLoad[] {
  const calendar = asCalendar(input.calendar);
  const byRep = clientsByRep(input.clients);
  return input.reps.map((rep) => repMonthLoad(input.model, input.month, calendar, rep, byRep.get(rep.id) ?? []));
}


