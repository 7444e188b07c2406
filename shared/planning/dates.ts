/**
 * Calendar dates as 'YYYY-MM-DD' strings and months as 'YYYY-MM', computed in UTC so the
 * result never depends on the machine's time zone. A plan's days are civil dates in China.
 */

export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const DATE_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;

const pad2 = (n: number) => String(n).padStart(2, '0');

export function isMonth(value: string): boolean {
  return MONTH_PATTERN.test(value);
}

/** True for a real calendar date (2026-02-30 is false). */
export function isDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  return Number(d) <= daysInMonth(Number(y), Number(m));
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function parseMonth(month: string): { year: number; month: number } {
  const match = MONTH_PATTERN.exec(month);
  if (!match) throw new RangeError(`not a month: ${month}`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

export function formatMonth(year: number, month: number): string {
  return `${year}-${pad2(month)}`;
}

export function formatDate(year: number, month: number, day: number): string {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** Months since year 0: consecutive months differ by 1 (the clock fractional frequencies run on). */
export function monthIndex(month: string): number {
  const { year, month: m } = parseMonth(month);
  return year * 12 + (m - 1);
}

export function monthOfIndex(index: number): string {
  return formatMonth(Math.floor(index / 12), (index % 12) + 1);
}

export function monthOfDate(date: string): string {
  return date.slice(0, 7);
}

export function addMonths(month: string, count: number): string {
  return monthOfIndex(monthIndex(month) + count);
}

/** Every date of the month, in order. */
export function datesOfMonth(month: string): string[] {
  const { year, month: m } = parseMonth(month);
  return Array.from({ length: daysInMonth(year, m) }, (_, i) => formatDate(year, m, i + 1));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function isWeekend(date: string): boolean {
  const day = weekdayOf(date);
  return day === 0 || day === 6;
}

/** The date `days` after `date` (negative goes back). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + days));
  return formatDate(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

/** The Monday of the ISO week the date is in. */
export function mondayOf(date: string): string {
  const day = weekdayOf(date);
  return addDays(date, day === 0 ? -6 : 1 - day);
}

/** A plan period: one month ('2026-12') or a quarter ('2026-Q4') → its months. */
export function monthsOfPeriod(period: string): string[] {
  if (MONTH_PATTERN.test(period)) return [period];
  const quarter = QUARTER_PATTERN.exec(period);
  if (!quarter) throw new RangeError(`not a month or quarter: ${period}`);
  const year = Number(quarter[1]);
  const first = (Number(quarter[2]) - 1) * 3 + 1;
  return [0, 1, 2].map((i) => formatMonth(year, first + i));
}

export const PERIOD_PATTERN = /^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/;

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (negative before): consecutive dates differ by 1, so gaps are plain subtraction. */
export function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function dateOfDayNumber(day: number): string {
  const at = new Date(day * DAY_MS);
  return formatDate(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate());
}

/** China's civil date (UTC+8, no daylight saving) of an ISO timestamp, or null when it is not one. */
export function chinaDateOf(iso: string): string | null {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return null;
  const at = new Date(ms + 8 * 3_600_000);
  return formatDate(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate());
}

const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/**
 * A date a user typed into an attribute ('2026-12-01', '2026/12/1', '2026年12月1日', also with a
 * time after it), as 'YYYY-MM-DD'; null when it is not a real date between 2000 and 2100.
 */
export function parseDateText(value: string | number | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim().replace(/[T\s]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/, '');
  const match = DATE_TEXT.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 2000 || year > 2100) return null;
  const date = formatDate(year, Number(match[2]), Number(match[3]));
  return isDate(date) ? date : null;
}
