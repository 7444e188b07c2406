import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cadence } from '../../../shared/grading';
import { DEAL_TIMING, FOLLOW_UP_CADENCE, PHARMA_NINE_GRID, SAMPLE_CADENCE, SATISFACTION } from '../../../shared/models';
import {
  addDays,
  addMonths,
  BUILTIN_CHINA_CALENDAR,
  buildCalendar,
  cadenceContacts,
  cellPlanOf,
  contactStartOf,
  dayNumber,
  isWorkingDay,
  parseDateText,
  type CalendarEntry,
  type DateCadence,
} from '../../../shared/planning';

const calendar = buildCalendar(BUILTIN_CHINA_CALENDAR);
const SCHEDULE: DateCadence = { kind: 'schedule', days: [1, 1, 2, 3, 7, 7, 15] };

/** A calendar on which every day of 2024–2029 is a working day: no contact ever moves. */
const everyDayWorks = buildCalendar(
  Array.from({ length: 6 * 366 }, (_, i): CalendarEntry => ({ date: addDays('2024-01-01', i), kind: 'workday', name: '', provisional: false })),
);

const contacts = (cadence: DateCadence, anchor: string | null, from: string, to: string, extra: object = {}) =>
  cadenceContacts(cadence, { id: 7, cadenceStart: anchor, ...extra }, calendar, from, to);

describe('how a cell is planned', () => {
  it('follows the zone’s cadence when there is one, else its monthly figure', () => {
    expect(FOLLOW_UP_CADENCE.cells.map((c) => cellPlanOf(FOLLOW_UP_CADENCE, c.code))).toEqual([
      { kind: 'unplanned', reason: 'followOrders' },
      { kind: 'dates', cadence: SAMPLE_CADENCE, frequency: 6 },
      { kind: 'frequency', frequency: 1 / 2 },
      { kind: 'frequency', frequency: 1 / 3 },
      { kind: 'frequency', frequency: 1 / 6 },
    ]);
    expect(DEAL_TIMING.cells.map((c) => cellPlanOf(DEAL_TIMING, c.code).kind)).toEqual(['dates', 'dates', 'dates', 'dates', 'unplanned']);
    expect(cellPlanOf(SATISFACTION, 'F')).toEqual({ kind: 'unplanned', reason: 'caseByCase' });
    expect(cellPlanOf(PHARMA_NINE_GRID, 'A3')).toEqual({ kind: 'frequency', frequency: 4 });
    expect(cellPlanOf(PHARMA_NINE_GRID, null)).toEqual({ kind: 'frequency', frequency: 0 });
    expect(cellPlanOf(PHARMA_NINE_GRID, 'Z9')).toEqual({ kind: 'frequency', frequency: 0 });
  });
});

describe('the contacts of a date-fixed cadence', () => {
  it('counts 1-1-2-3-7-7-15 from the anchor, then repeats 15', () => {
    // Monday 30 November: no weekend in the way until the 15-day gaps.
    expect(contacts(SCHEDULE, '2026-11-30', '2026-12-01', '2026-12-31')).toEqual({
      dates: ['2026-12-01', '2026-12-02', '2026-12-04', '2026-12-07', '2026-12-14', '2026-12-21'],
      next: '2027-01-05',
      anchor: '2026-11-30',
      phaseId: null,
    });
    expect(contacts(SCHEDULE, '2026-11-30', '2027-01-01', '2027-02-28').dates).toEqual(['2027-01-05', '2027-01-20', '2027-02-04', '2027-02-19']);
  });

  it('moves a contact on a day off to the next working day and counts the next gap from there', () => {
    // Tuesday 1 December: day 4 is Saturday the 5th → Monday the 7th, then +3 = Thursday the 10th.
    expect(contacts(SCHEDULE, '2026-12-01', '2026-12-01', '2026-12-31').dates).toEqual([
      '2026-12-02',
      '2026-12-03',
      '2026-12-07',
      '2026-12-10',
      '2026-12-17',
      '2026-12-24',
    ]);
    // Weekly from Friday 25 September 2026: the National Day holiday (1–7 October) moves 2 October to
    // Thursday the 8th, and the week after counts from there.
    const weekly = contacts({ kind: 'everyDays', days: 7 }, '2026-09-25', '2026-10-01', '2026-10-31').dates;
    expect(weekly).toEqual(['2026-10-08', '2026-10-15', '2026-10-22', '2026-10-29']);
  });

  it('daily is every working day after the anchor', () => {
    const daily = contacts({ kind: 'everyDays', days: 1 }, '2026-12-15', '2026-12-01', '2026-12-31').dates;
    expect(daily).toEqual(['2026-12-16', '2026-12-17', '2026-12-18', '2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-25', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31']);
    const longAgo = contacts({ kind: 'everyDays', days: 1 }, '2020-01-01', '2026-10-01', '2026-10-31').dates;
    expect(longAgo).toEqual(Array.from({ length: 31 }, (_, i) => addDays('2026-10-01', i)).filter((d) => isWorkingDay(calendar, d)));
  });

  it('plans nothing before a start in the future', () => {
    expect(contacts(SCHEDULE, '2027-03-01', '2026-12-01', '2026-12-31')).toMatchObject({ dates: [], next: '2027-03-02' });
  });

  it('takes scheduleStart over the cell’s entry, and a later phase from the date its switch attribute gives', () => {
    expect(contacts(SCHEDULE, '2026-06-01', '2026-12-01', '2026-12-31', { attributes: { scheduleStart: '2026/11/30' } }).dates[0]).toBe('2026-12-01');
    expect(contacts(SCHEDULE, '2026-06-01', '2026-12-01', '2026-12-31', { attributes: { scheduleStart: 'soon' } }).anchor).toBe('2026-06-01');
    const requested = contacts(SAMPLE_CADENCE, '2026-11-30', '2026-12-01', '2026-12-31', { attributes: { sampleDelivered: '否' } });
    expect(requested).toMatchObject({ phaseId: 'sampleRequested', dates: ['2026-12-01', '2026-12-02', '2026-12-04', '2026-12-07', '2026-12-14', '2026-12-21'] });
    // Arrived on Thursday 10 December: 3-7-3-7 from then.
    const arrived = contacts(SAMPLE_CADENCE, '2026-11-30', '2026-12-01', '2026-12-31', { attributes: { sampleDelivered: '2026-12-10' } });
    expect(arrived).toMatchObject({ phaseId: 'sampleDelivered', anchor: '2026-12-10', dates: ['2026-12-14', '2026-12-21', '2026-12-24', '2026-12-31'] });
    // Arrived, no date: the second phase counts from the same anchor.
    const yes = contacts(SAMPLE_CADENCE, '2026-11-30', '2026-12-01', '2026-12-31', { attributes: { sampleDelivered: '是' } });
    expect(yes).toMatchObject({ phaseId: 'sampleDelivered', anchor: '2026-11-30', dates: ['2026-12-03', '2026-12-10', '2026-12-14', '2026-12-21', '2026-12-28'] });
    expect(contactStartOf(SAMPLE_CADENCE, { id: 1 })).toEqual({ anchor: null, phaseId: 'sampleRequested', gaps: [1, 1, 2, 3, 7, 7, 15] });
  });

  it('without a known start, estimates the steady state: the last gap, spread by client id', () => {
    const a = cadenceContacts(SCHEDULE, { id: 1 }, everyDayWorks, '2026-12-01', '2026-12-31');
    const b = cadenceContacts(SCHEDULE, { id: 2 }, everyDayWorks, '2026-12-01', '2026-12-31');
    expect(a.dates).toEqual(['2026-12-14', '2026-12-29']);
    expect(b.dates).toEqual(['2026-12-13', '2026-12-28']);
    expect(a.anchor).toBeNull();
  });

  it('reads typed dates', () => {
    expect(['2026-12-01', '2026/12/1', '2026年12月1日', '2026.12.1', '2026-12-01T08:00:00Z', ' 2026-12-01 09:30 '].map(parseDateText)).toEqual(
      new Array(6).fill('2026-12-01'),
    );
    expect(['2026-02-30', '1899-01-01', 'yes', '', '12/1/2026'].map(parseDateText)).toEqual([null, null, null, null, null]);
    expect(parseDateText(20261201)).toBeNull();
  });
});

const gapsArb = fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 8 });
const dayIn = (from: string, days: number) => fc.integer({ min: 0, max: days }).map((i) => addDays(from, i));
const cadenceArb: fc.Arbitrary<DateCadence> = fc.oneof(
  fc.integer({ min: 1, max: 45 }).map((days): Cadence & DateCadence => ({ kind: 'everyDays', days })),
  gapsArb.map((days): DateCadence => ({ kind: 'schedule', days })),
);
const gapsOf = (cadence: DateCadence) => (cadence.kind === 'everyDays' ? [cadence.days] : cadence.kind === 'schedule' ? cadence.days : cadence.phases[0]!.days);
const monthsOf2026 = Array.from({ length: 12 }, (_, i) => addMonths('2026-01', i));
const lastDay = (month: string) => addDays(`${addMonths(month, 1)}-01`, -1);

describe('properties of cadence contacts', () => {
  it('every contact is a working day, and no two come closer than their gap (never closer than the smallest gap)', () => {
    fc.assert(
      fc.property(cadenceArb, dayIn('2025-06-01', 700), (cadence, anchor) => {
        const { dates } = contacts(cadence, anchor, '2026-01-01', '2027-12-31');
        const gaps = gapsOf(cadence).map((g) => Math.max(1, g));
        const smallest = Math.min(...gaps);
        const offset = dayNumber(anchor) >= dayNumber('2026-01-01') ? 0 : null;
        for (const date of dates) expect(isWorkingDay(calendar, date)).toBe(true);
        for (let i = 1; i < dates.length; i++) {
          const apart = dayNumber(dates[i]!) - dayNumber(dates[i - 1]!);
          expect(apart).toBeGreaterThanOrEqual(smallest);
          if (offset !== null) expect(apart).toBeGreaterThanOrEqual(gaps[Math.min(i, gaps.length - 1)]!);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('month by month gives the same contacts as the whole year at once (nothing lost or doubled at month ends)', () => {
    fc.assert(
      fc.property(cadenceArb, dayIn('2025-06-01', 700), (cadence, anchor) => {
        const year = contacts(cadence, anchor, '2026-01-01', '2026-12-31');
        const byMonth = monthsOf2026.flatMap((month) => contacts(cadence, anchor, `${month}-01`, lastDay(month)).dates);
        expect(byMonth).toEqual(year.dates);
        expect(contacts(cadence, anchor, '2026-12-01', '2026-12-31').next).toBe(year.next);
      }),
      { numRuns: 100 },
    );
  });

  it('a year’s total matches the cadence within one contact when no day is off', () => {
    fc.assert(
      fc.property(cadenceArb, dayIn('2024-01-01', 720), (cadence, anchor) => {
        const gaps = gapsOf(cadence).map((g) => Math.max(1, g));
        // The cadence's own count: successive gaps from the anchor, no working days involved.
        let day = dayNumber(anchor);
        let nominal = 0;
        for (let k = 0; ; k++) {
          day += gaps[Math.min(k, gaps.length - 1)]!;
          if (day > dayNumber('2026-12-31')) break;
          if (day >= dayNumber('2026-01-01')) nominal++;
        }
        const { dates } = cadenceContacts(cadence, { id: 3, cadenceStart: anchor }, everyDayWorks, '2026-01-01', '2026-12-31');
        expect(Math.abs(dates.length - nominal)).toBeLessThanOrEqual(1);
        if (cadence.kind === 'everyDays' && anchor < '2025-12-01') expect(Math.abs(dates.length - 365 / cadence.days)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 150 },
    );
  });

  it('on the real calendar a year holds no more contacts than the cadence’s own count', () => {
    fc.assert(
      fc.property(cadenceArb, dayIn('2025-06-01', 500), (cadence, anchor) => {
        const real = contacts(cadence, anchor, '2026-01-01', '2026-12-31').dates.length;
        const ideal = cadenceContacts(cadence, { id: 7, cadenceStart: anchor }, everyDayWorks, '2026-01-01', '2026-12-31').dates.length;
        expect(real).toBeLessThanOrEqual(ideal + 1);
      }),
      { numRuns: 100 },
    );
  });
});
