import type { ModelDefinition } from '../grading/modelShape';
import { dayCapacities, type WorkCalendar } from './calendar';
import type { CalendarEntry } from './chinaHolidays';
import { asCalendar, clientsByRep, repMonthLoad, type PlanRep, type RepMonthLoad } from './capacity';
import { monthsOfPeriod } from './dates';
import type { PlanClient } from './load';
import { scheduleMonth, type PlanEdit, type ScheduleResult } from './scheduler';

export interface RepMonthPlan {
  load: RepMonthLoad;
  /** The working days the plan uses, with each day's capacity. */
  days: { date: string; capacity: number }[];
  schedule: ScheduleResult;
  /** Visits planned per client after cuts (before manual changes). */
  plannedVisits: Map<number, number>;
}

/** A stored manual change with the rep and month it belongs to. */
export interface RepPlanEdit extends PlanEdit {
  repId: number;
  month: string;
}

/** One rep's month: load, the cuts when over, and the schedule with the manual changes applied. */
export function planRepMonth(
  model: ModelDefinition,
  month: string,
  calendar: WorkCalendar,
  rep: PlanRep,
  clients: readonly PlanClient[],
  edits: readonly PlanEdit[] = [],
): RepMonthPlan {
  const load = repMonthLoad(model, month, calendar, rep, clients);
  const capacities = dayCapacities(load.calendarDays.length, rep.visitsPerDay, load.workingDays);
  const cutByClient = new Map(load.cuts.map((cut) => [cut.clientId, cut.visitsCut]));
  const priority = new Map(model.zones.map((zone, i) => [zone.id, i]));
  const plannedVisits = new Map<number, number>();
  const scheduleClients = load.entries.map((entry) => {
    const visits = entry.visits - (cutByClient.get(entry.clientId) ?? 0);
    plannedVisits.set(entry.clientId, visits);
    return {
      clientId: entry.clientId,
      hospitalId: entry.hospitalId,
      visits,
      priority: entry.zoneId === null ? model.zones.length : (priority.get(entry.zoneId) ?? model.zones.length),
      // A cut takes a date-fixed client's last contacts of the month: the schedule's next step stays.
      ...(entry.contacts ? { dates: entry.contacts.dates.slice(0, visits) } : {}),
    };
  });
  const schedule = scheduleMonth({ days: load.calendarDays, capacities, clients: scheduleClients, edits });
  return { load, days: load.calendarDays.map((date, i) => ({ date, capacity: capacities[i]! })), schedule, plannedVisits };
}

export interface PeriodInput {
  model: ModelDefinition;
  /** '2026-12' or '2026-Q4'. */
  period: string;
  calendar: WorkCalendar | readonly CalendarEntry[];
  reps: readonly PlanRep[];
  clients: readonly PlanClient[];
  edits?: readonly RepPlanEdit[];
}

/** Plans every month of the period for every rep given: result[rep][month]. */
export function planPeriod(input: PeriodInput): { rep: PlanRep; months: RepMonthPlan[] }[] {
  const calendar = asCalendar(input.calendar);
  const byRep = clientsByRep(input.clients);
  const months = monthsOfPeriod(input.period);
  const editsByKey = new Map<string, PlanEdit[]>();
  for (const edit of input.edits ?? []) {
    const key = `${edit.repId}|${edit.month}`;
    const list = editsByKey.get(key) ?? [];
    list.push(edit);
    editsByKey.set(key, list);
  }
  return input.reps.map((rep) => ({
    rep,
    months: months.map((month) =>
      planRepMonth(input.model, month, calendar, rep, byRep.get(rep.id) ?? [], editsByKey.get(`${rep.id}|${month}`) ?? []),
    ),
  }));
}
