import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEAL_TIMING, EMPLOYEE_NINE_GRID, FOLLOW_UP_CADENCE, PHARMA_NINE_GRID } from '../../../shared/models';
import {
  addDays,
  addMonths,
  BUILTIN_CHINA_CALENDAR,
  buildCalendar,
  cadenceContacts,
  dayNumber,
  planRepMonth,
  repMonthLoad,
  workingDaysOfMonth,
  type DateCadence,
  type PlanClient,
  type PlanRep,
} from '../../../shared/planning';

const calendar = buildCalendar(BUILTIN_CHINA_CALENDAR);
const rep: PlanRep = { id: 1, name: '王磊', visitsPerDay: 8, workingDaysOverride: null, daysOff: [] };
const DECEMBER = workingDaysOfMonth(calendar, '2026-12');

function client(id: number, cell: string, extra: Partial<PlanClient> = {}): PlanClient {
  return { id, repId: 1, hospitalId: id, cell, volume: 100, ...extra };
}

const datesOf = (plan: ReturnType<typeof planRepMonth>, clientId: number) => plan.schedule.visits.filter((v) => v.clientId === clientId).map((v) => v.date);

describe('load under a cadence model', () => {
  it('deal timing: A daily, B weekly, C every 15 days, D every 30, E not planned', () => {
    const clients = ['A', 'B', 'C', 'D', 'E'].map((cell, i) => client(i + 1, cell, { cadenceStart: '2026-11-30' }));
    const load = repMonthLoad(DEAL_TIMING, '2026-12', calendar, rep, clients);
    const visits = Object.fromEntries(load.entries.map((e) => [e.cell, e.visits]));
    expect(visits).toEqual({ A: DECEMBER.length, B: 4, C: 2, D: 1, E: 0 });
    expect(load.entries.find((e) => e.cell === 'A')!.contacts!.dates).toEqual(DECEMBER);
    expect(load.entries.find((e) => e.cell === 'B')!.contacts!.dates).toEqual(['2026-12-07', '2026-12-14', '2026-12-21', '2026-12-28']);
    expect(load.entries.find((e) => e.cell === 'C')!.contacts!.dates).toEqual(['2026-12-15', '2026-12-30']);
    expect(load.entries.find((e) => e.cell === 'E')).toMatchObject({ plan: 'unplanned', unplanned: 'none', visits: 0 });
    expect(load.load).toBe(DECEMBER.length + 4 + 2 + 1);
    expect(load.perZone['daily']).toEqual({ clients: 1, visits: DECEMBER.length });
  });

  it('follow-up cadence: b on its schedule from its start, c every other month, a by its orders (not planned)', () => {
    const clients = [
      client(1, 'a'),
      client(2, 'b', { cadenceStart: '2026-11-30' }),
      client(3, 'c'),
      client(4, 'c'),
      client(5, 'e'),
    ];
    const load = repMonthLoad(FOLLOW_UP_CADENCE, '2026-12', calendar, rep, clients);
    const byId = new Map(load.entries.map((e) => [e.clientId, e]));
    expect(byId.get(1)).toMatchObject({ plan: 'unplanned', unplanned: 'followOrders', visits: 0 });
    expect(byId.get(2)!.contacts!.dates).toEqual(['2026-12-01', '2026-12-02', '2026-12-04', '2026-12-07', '2026-12-14', '2026-12-21']);
    expect(byId.get(2)!.visits).toBe(6);
    // Two c clients every 2 months: one of them this month, the other next month.
    expect(byId.get(3)!.visits + byId.get(4)!.visits).toBe(1);
    expect(load.load).toBe(6 + 1 + byId.get(5)!.visits);
  });

  it('a year of once every 3 or 6 months, or of a schedule, adds up to the cadence within one contact', () => {
    const clients = [client(1, 'd'), client(2, 'e'), client(3, 'd'), client(4, 'b', { cadenceStart: '2025-12-31' })];
    const months = Array.from({ length: 12 }, (_, i) => addMonths('2026-01', i));
    const total = (id: number) =>
      months.reduce((sum, month) => sum + repMonthLoad(FOLLOW_UP_CADENCE, month, calendar, rep, clients).entries.find((e) => e.clientId === id)!.visits, 0);
    expect(total(1)).toBe(4);
    expect(total(3)).toBe(4);
    expect(total(2)).toBe(2);
    const year = cadenceContacts(FOLLOW_UP_CADENCE.zones[1]!.cadence as DateCadence, clients[3]!, calendar, '2026-01-01', '2026-12-31');
    expect(total(4)).toBe(year.dates.length);
  });

  it('pharma keeps its monthly frequencies', () => {
    const load = repMonthLoad(PHARMA_NINE_GRID, '2026-12', calendar, rep, [client(1, 'A1'), client(2, 'A3'), client(3, 'C3')]);
    expect(load.entries.map((e) => [e.plan, e.visits])).toEqual([
      ['frequency', 8],
      ['frequency', 4],
      ['frequency', 0],
    ]);
  });
});

describe('the month plan under a cadence', () => {
  it('puts each contact on its date, a contact on a day off on the next working day, and one after the month’s last working day is unscheduled', () => {
    const b = client(2, 'b', { cadenceStart: '2026-11-30' });
    const plain = planRepMonth(FOLLOW_UP_CADENCE, '2026-12', calendar, rep, [b]);
    expect(datesOf(plain, 2)).toEqual(['2026-12-01', '2026-12-02', '2026-12-04', '2026-12-07', '2026-12-14', '2026-12-21']);
    const away = planRepMonth(FOLLOW_UP_CADENCE, '2026-12', calendar, { ...rep, daysOff: ['2026-12-02', '2026-12-04', '2026-12-07'] }, [b]);
    // 2nd → 3rd; 4th → 8th (the 7th is off too); 7th → 9th: never two contacts on one day.
    expect(datesOf(away, 2)).toEqual(['2026-12-01', '2026-12-03', '2026-12-08', '2026-12-09', '2026-12-14', '2026-12-21']);
    const daily = client(1, 'A', { cadenceStart: '2026-11-30' });
    const lastOff = planRepMonth(DEAL_TIMING, '2026-12', calendar, { ...rep, daysOff: ['2026-12-31'] }, [daily]);
    expect(lastOff.schedule.unscheduled).toEqual([{ clientId: 1, visits: 1 }]);
    expect(datesOf(lastOff, 1)).toEqual(DECEMBER.filter((d) => d !== '2026-12-31'));
  });

  it('over capacity, a date-fixed client is cut from its last contacts of the month', () => {
    const clients = [client(1, 'A', { cadenceStart: '2026-11-30' }), client(2, 'B', { cadenceStart: '2026-11-30' }), client(3, 'D', { cadenceStart: '2026-11-30' })];
    const plan = planRepMonth(DEAL_TIMING, '2026-12', calendar, { ...rep, visitsPerDay: 1 }, clients);
    // 23 + 4 + 1 visits on a capacity of 23: D goes, then B, least important first.
    expect(plan.load.cuts.map((c) => [c.clientId, c.visitsCut])).toEqual([
      [3, 1],
      [2, 4],
    ]);
    expect(datesOf(plan, 1)).toEqual(DECEMBER);
    // Alone on 20 visits a month, the daily client keeps 20 of its 23 contacts.
    const tight = planRepMonth(DEAL_TIMING, '2026-12', calendar, { ...rep, visitsPerDay: 1, workingDaysOverride: 20 }, [clients[0]!]);
    expect(tight.load.cuts).toEqual([{ clientId: 1, zoneId: 'daily', cell: 'A', volume: 100, visitsCut: 3, visitsLeft: 20 }]);
    expect(datesOf(tight, 1)).toHaveLength(20);
  });

  it('a date-fixed contact can be moved or dropped by hand like any visit', () => {
    const b = client(2, 'b', { cadenceStart: '2026-11-30' });
    const plan = planRepMonth(FOLLOW_UP_CADENCE, '2026-12', calendar, rep, [b], [
      { id: 1, kind: 'move', clientId: 2, date: '2026-12-04', toDate: '2026-12-03' },
      { id: 2, kind: 'drop', clientId: 2, date: '2026-12-21' },
    ]);
    expect(plan.schedule.visits.filter((v) => v.clientId === 2).map((v) => [v.date, v.source])).toEqual([
      ['2026-12-01', 'plan'],
      ['2026-12-02', 'plan'],
      ['2026-12-03', 'moved'],
      ['2026-12-07', 'plan'],
      ['2026-12-14', 'plan'],
    ]);
  });

  it('frequency visits of a hospital gather on the days of its date-fixed contacts', () => {
    const staff = [client(1, 'ML', { hospitalId: 9, cadenceStart: '2026-11-30' }), client(2, 'HH', { hospitalId: 9 })];
    const plan = planRepMonth(EMPLOYEE_NINE_GRID, '2026-12', calendar, rep, staff);
    const weekly = datesOf(plan, 1);
    expect(weekly).toEqual(['2026-12-07', '2026-12-14', '2026-12-21', '2026-12-28']);
    expect(datesOf(plan, 2)).toHaveLength(1);
    expect(weekly).toContain(datesOf(plan, 2)[0]);
  });
});

const cadenceArb: fc.Arbitrary<DateCadence> = fc.oneof(
  fc.integer({ min: 1, max: 20 }).map((days): DateCadence => ({ kind: 'everyDays', days })),
  fc.array(fc.integer({ min: 1, max: 15 }), { minLength: 1, maxLength: 7 }).map((days): DateCadence => ({ kind: 'schedule', days })),
);

describe('properties of the plan under a cadence', () => {
  it('with room, every contact lands on its date or the rep’s next working day, in order, once a day, and never before it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ cadence: cadenceArb, anchor: fc.integer({ min: 0, max: 90 }), hospital: fc.integer({ min: 1, max: 4 }) }), { minLength: 1, maxLength: 8 }),
        fc.subarray(DECEMBER, { maxLength: 6 }),
        (specs, daysOff) => {
          const model = {
            ...FOLLOW_UP_CADENCE,
            zones: specs.map((spec, i) => ({ ...FOLLOW_UP_CADENCE.zones[0]!, id: `z${i}`, cells: [`c${i}`], cadence: spec.cadence })),
            cells: specs.map((_, i) => ({ code: `c${i}`, axisValues: { followUp: `c${i}` } })),
          };
          const clients = specs.map((spec, i) => client(i + 1, `c${i}`, { hospitalId: spec.hospital, cadenceStart: addDays('2026-09-15', spec.anchor) }));
          const plan = planRepMonth(model, '2026-12', calendar, { ...rep, visitsPerDay: 20, daysOff }, clients);
          const working = new Set(DECEMBER.filter((d) => !daysOff.includes(d)));
          specs.forEach((spec, i) => {
            const prescribed = cadenceContacts(spec.cadence, clients[i]!, calendar, '2026-12-01', '2026-12-31').dates;
            const planned = datesOf(plan, i + 1).sort();
            const unscheduled = plan.schedule.unscheduled.find((u) => u.clientId === i + 1)?.visits ?? 0;
            expect(planned.length + unscheduled).toBe(prescribed.length);
            planned.forEach((date, k) => {
              expect(working.has(date)).toBe(true);
              expect(date >= prescribed[k]!).toBe(true);
              if (k > 0) expect(dayNumber(date)).toBeGreaterThan(dayNumber(planned[k - 1]!));
            });
            if (daysOff.length === 0) expect(planned).toEqual(prescribed);
          });
        },
      ),
      { numRuns: 120 },
    );
  });
});
