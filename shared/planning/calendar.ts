import type { CalendarEntry } from './chinaHolidays';
import { dateOfDayNumber, datesOfMonth, isWeekend, parseMonth } from './dates';

/** The calendar as the planner reads it: entries by date. */
export interface WorkCalendar {
  byDate: ReadonlyMap<string, CalendarEntry>;
  /** Years that have at least one provisional entry (their official schedule is not in yet). */
  provisionalYears: ReadonlySet<number>;
}

export function buildCalendar(entries: readonly CalendarEntry[]): WorkCalendar {
  const byDate = new Map<string, CalendarEntry>();
  const provisionalYears = new Set<number>();
  for (const entry of entries) {
    byDate.set(entry.date, entry);
    if (entry.provisional) provisionalYears.add(Number(entry.date.slice(0, 4)));
  }
  return { byDate, provisionalYears };
}

/** A make-up working day works even on a weekend; a holiday never does; otherwise Monday to Friday. */
export function isWorkingDay(calendar: WorkCalendar, date: string): boolean {
  const entry = calendar.byDate.get(date);
  if (entry) return entry.kind === 'workday';
  return !isWeekend(date);
}

/** The month's working days in order, without the rep's days off. */
export function workingDaysOfMonth(calendar: WorkCalendar, month: string, daysOff: ReadonlySet<string> = new Set()): string[] {
  return datesOfMonth(month).filter((date) => isWorkingDay(calendar, date) && !daysOff.has(date));
}

export function isProvisionalMonth(calendar: WorkCalendar, month: string): boolean {
  return calendar.provisionalYears.has(parseMonth(month).year);
}

/**
 * Visits each working day can take: `visitsPerDay` per day, and when it is fractional the
 * whole visits are spread so that the first k days together hold floor(k × visitsPerDay).
 * `totalDays` (the rep's working-day override) scales the month: the override's capacity is
 * spread over the calendar's working days.
 */
export function dayCapacities(workingDays: number, visitsPerDay: number, totalDays: number = workingDays): number[] {
  if (workingDays <= 0) return [];
  const total = Math.floor(totalDays * visitsPerDay + 1e-9);
  const perDay = total / workingDays;
  return Array.from({ length: workingDays }, (_, i) => Math.floor((i + 1) * perDay + 1e-9) - Math.floor(i * perDay + 1e-9));
}

const workingByDay = new WeakMap<WorkCalendar, Map<number, boolean>>();

/** isWorkingDay by day number (see dayNumber), remembered per calendar: cadence chains ask for the same days again and again. */
export function isWorkingDayNumber(calendar: WorkCalendar, day: number): boolean {
  let known = workingByDay.get(calendar);
  if (!known) workingByDay.set(calendar, (known = new Map()));
  let working = known.get(day);
  if (working === undefined) known.set(day, (working = isWorkingDay(calendar, dateOfDayNumber(day))));
  return working;
}
