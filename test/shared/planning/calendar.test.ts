import { describe, expect, it } from 'vitest';
import {
  BUILTIN_CHINA_CALENDAR,
  CHINA_CALENDAR_2026,
  buildCalendar,
  dayCapacities,
  isProvisionalMonth,
  isWorkingDay,
  weekdayOf,
  workingDaysOfMonth,
  monthsOfPeriod,
  isDate,
  mondayOf,
} from '../../../shared/planning';

const calendar = buildCalendar(BUILTIN_CHINA_CALENDAR);
const days = (month: string) => workingDaysOfMonth(calendar, month).length;

describe('China 2026 (official: 国务院办公厅 2025-11-04)', () => {
  it('has the make-up working days on the weekend days the notice names', () => {
    const makeUp = CHINA_CALENDAR_2026.filter((e) => e.kind === 'workday').map((e) => e.date);
    expect(makeUp).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    expect(makeUp.map(weekdayOf)).toEqual([0, 6, 6, 6, 0, 6]);
    for (const date of makeUp) expect(isWorkingDay(calendar, date)).toBe(true);
  });

  it('has every holiday off, also on weekdays', () => {
    const off = ['2026-01-01', '2026-01-02', '2026-02-16', '2026-02-23', '2026-04-06', '2026-05-04', '2026-05-05', '2026-06-19', '2026-09-25', '2026-10-01', '2026-10-07'];
    for (const date of off) expect(isWorkingDay(calendar, date), date).toBe(false);
    expect(isWorkingDay(calendar, '2026-10-08')).toBe(true);
    expect(isWorkingDay(calendar, '2026-10-09')).toBe(true);
    expect(isWorkingDay(calendar, '2026-01-05')).toBe(true);
    expect(isWorkingDay(calendar, '2026-03-07')).toBe(false); // an ordinary Saturday
  });

  it('gives the working days of each month', () => {
    // Weekdays − weekday holidays + make-up days.
    expect(days('2026-01')).toBe(22 - 2 + 1);
    expect(days('2026-02')).toBe(20 - 6 + 2);
    expect(days('2026-04')).toBe(22 - 1);
    expect(days('2026-05')).toBe(21 - 3 + 1);
    expect(days('2026-06')).toBe(22 - 1);
    expect(days('2026-09')).toBe(22 - 1 + 1);
    expect(days('2026-10')).toBe(22 - 5 + 1);
    expect(days('2026-12')).toBe(23);
    expect(isProvisionalMonth(calendar, '2026-05')).toBe(false);
  });
});

describe('China 2027 (provisional: statutory dates only)', () => {
  it('marks the year provisional and has no make-up days', () => {
    const y2027 = BUILTIN_CHINA_CALENDAR.filter((e) => e.date.startsWith('2027'));
    expect(y2027.every((e) => e.provisional && e.kind === 'holiday')).toBe(true);
    expect(y2027.map((e) => e.date)).toEqual([
      '2027-01-01',
      '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08',
      '2027-04-05',
      '2027-05-01', '2027-05-02',
      '2027-06-09',
      '2027-09-15',
      '2027-10-01', '2027-10-02', '2027-10-03',
    ]);
    expect(isProvisionalMonth(calendar, '2027-02')).toBe(true);
  });

  it('counts 2027 working days from the statutory dates', () => {
    // Feb 2027: 20 weekdays; 5 (Fri) and 8 (Mon) are holidays, 6–7 are a weekend anyway.
    expect(days('2027-02')).toBe(18);
    // Oct 2027: 21 weekdays; 1 (Fri) is a holiday, 2–3 a weekend.
    expect(days('2027-10')).toBe(20);
    expect(days('2027-05')).toBe(21);
  });
});

describe('editable calendar and days off', () => {
  it('a user entry replaces the rule for its date, and days off come out of the month', () => {
    const edited = buildCalendar([...BUILTIN_CHINA_CALENDAR, { date: '2026-12-31', kind: 'holiday', name: '公司年会', provisional: false }]);
    expect(workingDaysOfMonth(edited, '2026-12')).toHaveLength(22);
    expect(workingDaysOfMonth(edited, '2026-12', new Set(['2026-12-01', '2026-12-05']))).toHaveLength(21);
  });

  it('spreads a fractional daily capacity in whole visits', () => {
    expect(dayCapacities(4, 7.5)).toEqual([7, 8, 7, 8]);
    expect(dayCapacities(3, 8)).toEqual([8, 8, 8]);
    // An override of 4 working days over 2 calendar days doubles each day.
    expect(dayCapacities(2, 8, 4)).toEqual([16, 16]);
    expect(dayCapacities(0, 8)).toEqual([]);
  });

  it('knows dates, weeks and periods', () => {
    expect(isDate('2026-02-29')).toBe(false);
    expect(isDate('2028-02-29')).toBe(true);
    expect(mondayOf('2026-12-06')).toBe('2026-11-30');
    expect(mondayOf('2026-12-07')).toBe('2026-12-07');
    expect(monthsOfPeriod('2026-Q4')).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(monthsOfPeriod('2026-12')).toEqual(['2026-12']);
  });
});
