/** Snapshot periods: a month 'YYYY-MM' or a quarter 'YYYY-Qn' (the core's format). */
export type PeriodKind = 'month' | 'quarter';

export interface Period {
  kind: PeriodKind;
  year: number;
  /** 1–12 for a month, 1–4 for a quarter. */
  n: number;
}

const PERIOD = /^(\d{4})-(?:(0[1-9]|1[0-2])|Q([1-4]))$/;

export function parsePeriod(text: string): Period | null {
  const match = PERIOD.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  return match[2] ? { kind: 'month', year, n: Number(match[2]) } : { kind: 'quarter', year, n: Number(match[3]) };
}

export function formatPeriod(period: Period): string {
  return period.kind === 'month' ? `${period.year}-${String(period.n).padStart(2, '0')}` : `${period.year}-Q${period.n}`;
}

/** The month or quarter that contains `now` (local time, as the manager's calendar). */
export function currentPeriod(kind: PeriodKind, now: Date): Period {
  const month = now.getMonth() + 1;
  return { kind, year: now.getFullYear(), n: kind === 'month' ? month : Math.ceil(month / 3) };
}

/** Years a picker offers: a few back, and the next one (a plan may be snapshotted early). */
export function pickerYears(now: Date, back = 4): number[] {
  const year = now.getFullYear();
  return Array.from({ length: back + 2 }, (_, i) => year + 1 - i);
}

/**
 * The period written for people. Quarters come from the locale's text (2026年第3季度 / Q3 2026);
 * months from Intl (2026年7月 / Jul 2026). Text that is not a period is shown as it is.
 */
export function periodText(text: string, locale: string, quarterText: (year: number, n: number) => string): string {
  const period = parsePeriod(text);
  if (!period) return text;
  if (period.kind === 'quarter') return quarterText(period.year, period.n);
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: locale === 'zh-CN' ? 'long' : 'short' }).format(new Date(period.year, period.n - 1, 1));
}
