import { AppFailure } from '../../../shared/contract';
import type { LoadReport, PlanClientDto, PlanReport, RepMonthPlanDto, WhatIf } from '../../../shared/contract/planningMethods';
import { actionOfModel, gapsOfCadence, zoneOfCell, type ModelDefinition } from '../../../shared/grading';
import { buildCalendar, isProvisionalMonth, workingDaysOfMonth, type WorkCalendar } from '../../../shared/planning/calendar';
import { clientsByRep, repMonthLoad, type ClientMonthVisits, type PlanRep } from '../../../shared/planning/capacity';
import { cellPlanOf } from '../../../shared/planning/contacts';
import { chinaDateOf, formatMonth, isDate, monthIndex, monthOfDate, monthOfIndex, monthsOfPeriod } from '../../../shared/planning/dates';
import { frequencyOfCell, visitsInMonth, withZoneFrequencies, zoneIdOfCell } from '../../../shared/planning/load';
import { planRepMonth, type RepMonthPlan } from '../../../shared/planning/plan';
import type { CoreContext } from '../context';
import { readCadenceStarts } from '../db/repos/cadenceStartsRepo';
import {
  type PlanClientRow,
  clientRep,
  readCalendar,
  readPlanClients,
  readPlanEdits,
  readPlanReps,
  readRepDaysOff,
} from '../db/repos/planningRepo';

/** What every planning read starts from: the active model, the calendar, reps and clients. */
export interface PlanningInputs {
  model: ModelDefinition;
  builtin: boolean;
  version: number;
  calendar: WorkCalendar;
  reps: PlanRep[];
  clients: PlanClientRow[];
}

function periodRange(months: readonly string[]): { from: string; to: string } {
  return { from: `${months[0]!}-01`, to: `${months[months.length - 1]!}-31` };
}

/** True when some zone plans fixed dates (every n days, a schedule, phases): its clients need their start. */
function plansDates(model: ModelDefinition): boolean {
  return model.zones.some((zone) => zone.cadence !== undefined && gapsOfCadence(zone.cadence, null) !== null);
}

export function readPlanningInputs(ctx: CoreContext, months: readonly string[]): PlanningInputs {
  const stored = ctx.grading.model();
  const clients = readPlanClients(ctx.db, stored.definition.id);
  if (plansDates(stored.definition)) {
    const starts = new Map(readCadenceStarts(ctx.db, stored.definition.id).map((row) => [row.id, row]));
    for (const client of clients) {
      const start = starts.get(client.id);
      if (!start) continue;
      client.attributes = start.attributes;
      client.cadenceStart = chinaDateOf(start.enteredAt);
    }
  }
  return {
    model: stored.definition,
    builtin: stored.builtin,
    version: stored.version,
    calendar: buildCalendar(readCalendar(ctx.db)),
    reps: readPlanReps(ctx.db, periodRange(months)),
    clients,
  };
}

export function capacityOfMonth(ctx: CoreContext, month: string) {
  const inputs = readPlanningInputs(ctx, [month]);
  const byRep = clientsByRep(inputs.clients);
  return inputs.reps.map((rep) => {
    const row = repMonthLoad(inputs.model, month, inputs.calendar, rep, byRep.get(rep.id) ?? []);
    return {
      repId: row.repId,
      repName: row.repName,
      workingDays: row.workingDays,
      visitsPerDay: row.visitsPerDay,
      capacity: row.capacity,
      load: row.load,
      slack: row.slack,
      over: row.over,
    };
  });
}

function zonesOf(model: ModelDefinition) {
  return model.zones.map((zone) => ({
    id: zone.id,
    name: zone.name,
    color: zone.color,
    visitsPerMonth: zone.visitsPerMonth,
    ...(zone.cellVisitsPerMonth ? { cellVisitsPerMonth: zone.cellVisitsPerMonth } : {}),
    cells: zone.cells,
    strategy: zone.strategy,
    ...(zone.cadence ? { cadence: zone.cadence } : {}),
  }));
}

function modelDto(model: ModelDefinition) {
  return { id: model.id, name: model.name, action: actionOfModel(model) };
}

/** What a client's plan says beyond its dates: its schedule's start and phase, and when it is next due. */
interface ClientOutlook {
  cadenceStart: string | null;
  phaseId: string | null;
  nextDate: string | null;
  nextMonth: string | null;
}

const NO_OUTLOOK: ClientOutlook = { cadenceStart: null, phaseId: null, nextDate: null, nextMonth: null };

/** Months looked ahead for the next visit of a fractional frequency (once every 10 years is the least a figure can say). */
const LOOK_AHEAD_MONTHS = 120;

/** From the client's entry in the period's last month; `dated` = it has a visit in the period. */
function outlookOf(entry: ClientMonthVisits | undefined, month: string, dated: boolean): ClientOutlook {
  if (!entry) return NO_OUTLOOK;
  if (entry.contacts) return { cadenceStart: entry.contacts.anchor, phaseId: entry.contacts.phaseId, nextDate: entry.contacts.next, nextMonth: null };
  if (dated || entry.plan !== 'frequency' || !(entry.frequency > 0) || Number.isInteger(entry.frequency)) return NO_OUTLOOK;
  const last = monthIndex(month);
  for (let i = 1; i <= LOOK_AHEAD_MONTHS; i++) {
    if (visitsInMonth(entry.frequency, entry.phase, last + i) > 0) return { ...NO_OUTLOOK, nextMonth: monthOfIndex(last + i) };
  }
  return NO_OUTLOOK;
}

function clientDto(model: ModelDefinition, row: PlanClientRow, outlook: ClientOutlook = NO_OUTLOOK): PlanClientDto {
  return {
    id: row.id,
    name: row.name,
    hospitalId: row.hospitalId,
    hospitalName: row.hospitalName,
    department: row.department,
    title: row.title,
    cell: row.cell,
    zoneId: zoneIdOfCell(model, row.cell),
    volume: row.volume,
    frequency: frequencyOfCell(model, row.cell),
    plan: cellPlanOf(model, row.cell).kind,
    ...outlook,
  };
}

/** Load against capacity with the cuts; a what-if changes zone frequencies or visits per day first. */
export function loadReport(ctx: CoreContext, month: string, whatIf?: WhatIf): LoadReport {
  const inputs = readPlanningInputs(ctx, [month]);
  const model = whatIf?.zones ? withZoneFrequencies(inputs.model, whatIf.zones) : inputs.model;
  const byRep = clientsByRep(inputs.clients);
  const byId = new Map(inputs.clients.map((c) => [c.id, c]));
  const reps = inputs.reps.map((rep) => {
    const visitsPerDay = whatIf?.visitsPerDay?.[String(rep.id)] ?? rep.visitsPerDay;
    const clients = byRep.get(rep.id) ?? [];
    const row = repMonthLoad(model, month, inputs.calendar, { ...rep, visitsPerDay }, clients);
    return {
      repId: row.repId,
      repName: row.repName,
      workingDays: row.workingDays,
      visitsPerDay: row.visitsPerDay,
      capacity: row.capacity,
      load: row.load,
      slack: row.slack,
      over: row.over,
      calendarWorkingDays: row.calendarDays.length,
      workingDaysOverride: rep.workingDaysOverride,
      daysOff: rep.daysOff.filter((date) => date.startsWith(month)).length,
      clients: row.clients,
      perZone: row.perZone,
      cuts: row.cuts,
      remainingOver: row.remainingOver,
      cutClients: row.cuts.map((cut) => clientDto(model, byId.get(cut.clientId)!)),
    };
  });
  return {
    month,
    calendarProvisional: isProvisionalMonth(inputs.calendar, month),
    model: { ...modelDto(inputs.model), builtin: inputs.builtin, version: inputs.version },
    zones: zonesOf(model),
    reps,
  };
}

function monthPlanDto(plan: RepMonthPlan, edits: number): RepMonthPlanDto {
  const { load, schedule } = plan;
  const byDate = new Map<string, { clientId: number; source: 'plan' | 'added' | 'moved' }[]>();
  for (const visit of schedule.visits) {
    const list = byDate.get(visit.date) ?? [];
    list.push({ clientId: visit.clientId, source: visit.source });
    byDate.set(visit.date, list);
  }
  return {
    month: load.month,
    workingDays: load.workingDays,
    capacity: load.capacity,
    load: load.load,
    slack: load.slack,
    over: load.over,
    scheduled: schedule.visits.length,
    perZone: load.perZone,
    cuts: load.cuts,
    unscheduled: schedule.unscheduled,
    displaced: schedule.displaced,
    ignoredEdits: schedule.ignoredEdits.length,
    edits,
    days: plan.days.map((day) => ({ date: day.date, capacity: day.capacity, visits: byDate.get(day.date) ?? [] })),
  };
}

/** The plan of a period for the reps asked (all when none), with the stored manual changes. */
export function scheduleReport(ctx: CoreContext, period: string, repIds?: readonly number[]): PlanReport {
  const months = monthsOfPeriod(period);
  const inputs = readPlanningInputs(ctx, months);
  const wanted = repIds ? new Set(repIds) : null;
  const reps = wanted ? inputs.reps.filter((rep) => wanted.has(rep.id)) : inputs.reps;
  if (wanted && reps.length !== wanted.size) throw new AppFailure('reps.notFound');
  const byRep = clientsByRep(inputs.clients);
  const rowsById = new Map(inputs.clients.map((c) => [c.id, c]));
  const edits = readPlanEdits(ctx.db, months, repIds);
  return {
    period,
    months,
    calendarProvisional: months.some((month) => isProvisionalMonth(inputs.calendar, month)),
    model: modelDto(inputs.model),
    zones: zonesOf(inputs.model),
    reps: reps.map((rep) => {
      const clients = byRep.get(rep.id) ?? [];
      const plans = months.map((month) => {
        const monthEdits = edits.filter((e) => e.repId === rep.id && e.month === month);
        return {
          plan: planRepMonth(inputs.model, month, inputs.calendar, rep, clients, monthEdits.map((e) => ({ ...e, toDate: e.toDate }))),
          edits: monthEdits.length,
        };
      });
      const dates = new Map<number, string[]>();
      const cut = new Map<number, number>();
      for (const { plan } of plans) {
        for (const visit of plan.schedule.visits) dates.set(visit.clientId, [...(dates.get(visit.clientId) ?? []), visit.date]);
        for (const c of plan.load.cuts) cut.set(c.clientId, (cut.get(c.clientId) ?? 0) + c.visitsCut);
        for (const u of plan.schedule.unscheduled) cut.set(u.clientId, (cut.get(u.clientId) ?? 0) + u.visits);
      }
      // Under a cadence every client of the zone is listed, with the model's words when it has no date.
      const withCadence = clients.filter((c) => c.cell !== null && zoneOfCell(inputs.model, c.cell)?.cadence !== undefined).map((c) => c.id);
      const listed = [...new Set([...dates.keys(), ...cut.keys(), ...withCadence])].sort((a, b) => a - b);
      const lastMonth = plans[plans.length - 1]!.plan.load;
      const entries = new Map(lastMonth.entries.map((entry) => [entry.clientId, entry]));
      return {
        repId: rep.id,
        repName: rep.name,
        visitsPerDay: rep.visitsPerDay,
        months: plans.map(({ plan, edits: count }) => monthPlanDto(plan, count)),
        clients: listed.map((id) => ({
          ...clientDto(inputs.model, rowsById.get(id)!, outlookOf(entries.get(id), lastMonth.month, dates.has(id))),
          dates: (dates.get(id) ?? []).sort(),
          cutVisits: cut.get(id) ?? 0,
        })),
      };
    }),
  };
}

export function requireRep(ctx: CoreContext, repId: number): PlanRep {
  const rep = readPlanReps(ctx.db).find((r) => r.id === repId);
  if (!rep) throw new AppFailure('reps.notFound');
  return rep;
}

export function requireDate(date: string): void {
  if (!isDate(date)) throw new AppFailure('input.invalid', { issues: `date: ${date}` });
}

export function calendarOfYear(ctx: CoreContext, year: number) {
  const entries = readCalendar(ctx.db, year);
  const calendar = buildCalendar(readCalendar(ctx.db));
  return {
    year,
    provisional: entries.some((e) => e.provisional),
    entries,
    months: Array.from({ length: 12 }, (_, i) => {
      const month = formatMonth(year, i + 1);
      return { month, workingDays: workingDaysOfMonth(calendar, month).length };
    }),
  };
}

export function daysOff(ctx: CoreContext, repId: number, year?: number) {
  requireRep(ctx, repId);
  return readRepDaysOff(ctx.db, repId, year === undefined ? undefined : { from: `${year}-01-01`, to: `${year}-12-31` });
}

/**
 * Stores a manual change after checking it can be applied now: the client is the rep's, the
 * new day is one of the rep's working days in the same month, and the manual visits of that
 * day stay within its capacity (the plan's own visits make room for them).
 */
export function checkVisitEdit(
  ctx: CoreContext,
  input: { repId: number; clientId: number; kind: 'add' | 'drop' | 'move'; date: string; toDate?: string | undefined },
) {
  requireDate(input.date);
  const month = monthOfDate(input.date);
  const target = input.kind === 'move' ? input.toDate : input.date;
  if (input.kind === 'move') {
    if (!input.toDate) throw new AppFailure('input.invalid', { issues: 'toDate: required for a move' });
    requireDate(input.toDate);
    if (monthOfDate(input.toDate) !== month) throw new AppFailure('input.invalid', { issues: 'toDate: a visit moves within its month' });
  }
  const rep = requireRep(ctx, input.repId);
  const client = clientRep(ctx.db, input.clientId);
  if (!client) throw new AppFailure('clients.notFound');
  if (client.repId !== input.repId) throw new AppFailure('planning.clientNotOfRep');
  if (input.kind !== 'drop' && target) {
    const inputs = readPlanningInputs(ctx, [month]);
    const clients = clientsByRep(inputs.clients).get(rep.id) ?? [];
    const existing = readPlanEdits(ctx.db, [month], [rep.id]);
    const plan = planRepMonth(inputs.model, month, inputs.calendar, inputs.reps.find((r) => r.id === rep.id)!, clients, existing);
    const day = plan.days.find((d) => d.date === target);
    if (!day) throw new AppFailure('planning.notWorkingDay', { date: target });
    const pinned = plan.schedule.visits.filter((v) => v.date === target && v.source !== 'plan');
    if (pinned.length >= day.capacity) throw new AppFailure('planning.dayFull', { date: target, capacity: day.capacity });
    if (plan.schedule.visits.some((v) => v.date === target && v.clientId === input.clientId)) {
      throw new AppFailure('input.invalid', { issues: `the client is already visited on ${target}` });
    }
  }
  return { repId: input.repId, clientId: input.clientId, month, kind: input.kind, date: input.date, toDate: input.kind === 'move' ? input.toDate! : null };
}
