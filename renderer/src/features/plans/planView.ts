import type { PlanReport, PlanZone } from '../../../../shared/contract/planningMethods';
import type { LocalizedText } from '../../../../shared/domain/schemas';
import { addDays, addMonths, datesOfMonth, formatMonth, mondayOf, monthOfDate, weekdayOf } from '../../../../shared/planning/dates';

export type RepPlan = PlanReport['reps'][number];
export type PlanClient = RepPlan['clients'][number];
export type PlanDay = RepPlan['months'][number]['days'][number];

/** Managers plan ahead: the page opens on next month. */
export function defaultMonth(now: Date): string {
  return addMonths(formatMonth(now.getFullYear(), now.getMonth() + 1), 1);
}

/** The quarter a month is in: '2026-12' → '2026-Q4'. */
export function quarterOf(month: string): string {
  const m = Number(month.slice(5, 7));
  return `${month.slice(0, 4)}-Q${Math.ceil(m / 3)}`;
}

/** The month grid, Monday first: weeks of 7 cells, null outside the month. */
export function monthGrid(month: string): (string | null)[][] {
  const dates = datesOfMonth(month);
  const weeks: (string | null)[][] = [];
  let week: (string | null)[] = new Array<string | null>((weekdayOf(dates[0]!) + 6) % 7).fill(null);
  for (const date of dates) {
    week.push(date);
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length > 0) weeks.push([...week, ...new Array<null>(7 - week.length).fill(null)]);
  return weeks;
}

export interface HospitalGroup {
  key: string;
  hospitalName: string | null;
  visits: { client: PlanClient; source: 'plan' | 'added' | 'moved' }[];
}

/** A day's visits grouped by hospital, in the order the plan lists them. */
export function groupByHospital(day: PlanDay, clients: ReadonlyMap<number, PlanClient>): HospitalGroup[] {
  const groups = new Map<string, HospitalGroup>();
  for (const visit of day.visits) {
    const client = clients.get(visit.clientId);
    if (!client) continue;
    const key = client.hospitalId === null ? `c${client.id}` : `h${client.hospitalId}`;
    const group = groups.get(key) ?? { key, hospitalName: client.hospitalName, visits: [] };
    group.visits.push({ client, source: visit.source });
    groups.set(key, group);
  }
  return [...groups.values()];
}

export interface PlanWeek {
  /** 1-based within the period. */
  n: number;
  monday: string;
  days: PlanDay[];
}

/** The period's working days grouped by week (Monday to Sunday), for the printed plan. */
export function weeksOf(days: readonly PlanDay[]): PlanWeek[] {
  const weeks: PlanWeek[] = [];
  for (const day of days) {
    const monday = mondayOf(day.date);
    const last = weeks[weeks.length - 1];
    if (last && last.monday === monday && monthOfDate(last.days[0]!.date) === monthOfDate(day.date)) last.days.push(day);
    else weeks.push({ n: weeks.length + 1, monday, days: [day] });
  }
  return weeks;
}

/** '2026-12-07' → '12月7日' or 'Dec 7'. */
export function shortDate(date: string, locale: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

export function weekdayKey(date: string): `w${0 | 1 | 2 | 3 | 4 | 5 | 6}` {
  return `w${weekdayOf(date) as 0 | 1 | 2 | 3 | 4 | 5 | 6}`;
}

export function clientsById(rep: RepPlan): Map<number, PlanClient> {
  return new Map(rep.clients.map((client) => [client.id, client]));
}

/** Visits and clients of a zone in a rep's period; a client the model does not schedule counts with 0 visits. */
export function zoneTotals(rep: RepPlan, zoneIds: readonly string[]): Record<string, { clients: number; visits: number }> {
  const totals: Record<string, { clients: number; visits: number }> = Object.fromEntries(zoneIds.map((id) => [id, { clients: 0, visits: 0 }]));
  for (const client of rep.clients) {
    if (client.zoneId === null || !totals[client.zoneId] || (client.dates.length === 0 && client.plan !== 'unplanned')) continue;
    totals[client.zoneId]!.clients += 1;
    totals[client.zoneId]!.visits += client.dates.length;
  }
  return totals;
}

/** Signed difference for the what-if column: '+8', '−4', '0'. */
export function signed(delta: number): string {
  const rounded = Math.round(delta * 10) / 10;
  if (rounded > 0) return `+${rounded}`;
  if (rounded < 0) return `−${Math.abs(rounded)}`;
  return '0';
}

/** Dates as a short list: '12月1日、12月2日' or 'Dec 1, Dec 2'. */
export function dateList(dates: readonly string[], locale: string): string {
  return dates.map((date) => shortDate(date, locale)).join(locale === 'en' ? ', ' : '、');
}

/** The label of a client's phase under a phased cadence with more than one phase, else null. */
export function phaseLabel(zone: PlanZone, phaseId: string | null): LocalizedText | null {
  if (zone.cadence?.kind !== 'phases' || zone.cadence.phases.length < 2 || phaseId === null) return null;
  return zone.cadence.phases.find((phase) => phase.id === phaseId)?.label ?? null;
}

/** Clients of the period whose contacts follow a date-fixed cadence (the printed plan lists their schedule). */
export function scheduledByCadence(rep: RepPlan): PlanClient[] {
  return rep.clients.filter((client) => client.plan === 'dates');
}

export { addDays };
