/**
 * China's public holidays (法定节假日) and make-up working days (调休上班) as shipped.
 *
 * 2026 is the official arrangement (国务院办公厅关于2026年部分节假日安排的通知, 2025-11-04).
 * 2027's arrangement had not been published when this was written: only the statutory holiday
 * dates themselves are listed, marked provisional, with no bridging days and no make-up working
 * days. Enter the official 2027 schedule on the 拜访计划 › 日历 page once it is published.
 *
 * Frozen: migration 0004 seeds the database from this list; the database is the truth after
 * that (users add and remove days). Later years are added by a new migration, not by editing this.
 */
export type CalendarDayKind = 'holiday' | 'workday';

export interface CalendarEntry {
  date: string;
  kind: CalendarDayKind;
  /** The holiday the day belongs to (元旦, 春节 …), also for its make-up working days. */
  name: string;
  /** True while the official arrangement of the year is unknown. */
  provisional: boolean;
}

const range = (from: string, to: string): string[] => {
  const days: string[] = [];
  const [y, m, d0] = from.split('-').map(Number) as [number, number, number];
  const end = Number(to.slice(8, 10));
  for (let d = d0; d <= end; d++) days.push(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  return days;
};

const holidays = (name: string, from: string, to: string, provisional = false): CalendarEntry[] =>
  range(from, to).map((date) => ({ date, kind: 'holiday', name, provisional }));
const workdays = (name: string, ...dates: string[]): CalendarEntry[] => dates.map((date) => ({ date, kind: 'workday', name, provisional: false }));

export const CHINA_CALENDAR_2026: readonly CalendarEntry[] = [
  ...holidays('元旦', '2026-01-01', '2026-01-03'),
  ...workdays('元旦', '2026-01-04'),
  ...holidays('春节', '2026-02-15', '2026-02-23'),
  ...workdays('春节', '2026-02-14', '2026-02-28'),
  ...holidays('清明节', '2026-04-04', '2026-04-06'),
  ...holidays('劳动节', '2026-05-01', '2026-05-05'),
  ...workdays('劳动节', '2026-05-09'),
  ...holidays('端午节', '2026-06-19', '2026-06-21'),
  ...holidays('中秋节', '2026-09-25', '2026-09-27'),
  ...holidays('国庆节', '2026-10-01', '2026-10-07'),
  ...workdays('国庆节', '2026-09-20', '2026-10-10'),
];

/** Statutory days only (Spring Festival 2027-02-06: 除夕 to 初三); provisional. */
export const CHINA_CALENDAR_2027_PROVISIONAL: readonly CalendarEntry[] = [
  ...holidays('元旦', '2027-01-01', '2027-01-01', true),
  ...holidays('春节', '2027-02-05', '2027-02-08', true),
  ...holidays('清明节', '2027-04-05', '2027-04-05', true),
  ...holidays('劳动节', '2027-05-01', '2027-05-02', true),
  ...holidays('端午节', '2027-06-09', '2027-06-09', true),
  ...holidays('中秋节', '2027-09-15', '2027-09-15', true),
  ...holidays('国庆节', '2027-10-01', '2027-10-03', true),
];

export const BUILTIN_CHINA_CALENDAR: readonly CalendarEntry[] = [...CHINA_CALENDAR_2026, ...CHINA_CALENDAR_2027_PROVISIONAL];

/** English names of the built-in holidays, for the English UI. */
export const HOLIDAY_NAMES_EN: Readonly<Record<string, string>> = {
  元旦: "New Year's Day",
  春节: 'Spring Festival',
  清明节: 'Qingming Festival',
  劳动节: 'Labour Day',
  端午节: 'Dragon Boat Festival',
  中秋节: 'Mid-Autumn Festival',
  国庆节: 'National Day',
};
