import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PHARMA_NINE_GRID } from '../../../shared/models';
import {
  BUILTIN_CHINA_CALENDAR,
  buildCalendar,
  dayCapacities,
  planRepMonth,
  scheduleMonth,
  windowOf,
  workingDaysOfMonth,
  type ScheduleClient,
  type ScheduleInput,
} from '../../../shared/planning';

const calendar = buildCalendar(BUILTIN_CHINA_CALENDAR);
const DECEMBER = workingDaysOfMonth(calendar, '2026-12');

/** Random months: 15–23 working days, 1–10 visits a day, clients in a few hospitals. */
const scheduleInput = (maxUse: number) =>
  fc
    .record({
      days: fc.integer({ min: 15, max: 23 }),
      perDay: fc.integer({ min: 1, max: 10 }),
      clients: fc.array(
        fc.record({ hospitalId: fc.option(fc.integer({ min: 1, max: 6 }), { freq: 8 }), visits: fc.constantFrom(0, 1, 1, 2, 2, 4, 8), priority: fc.integer({ min: 0, max: 2 }) }),
        { maxLength: 60 },
      ),
    })
    .map(({ days, perDay, clients }) => {
      const capacity = days * perDay;
      const list: ScheduleClient[] = [];
      let load = 0;
      clients.forEach((c, i) => {
        const visits = Math.min(c.visits, days);
        if (load + visits > capacity * maxUse) return;
        load += visits;
        list.push({ clientId: i + 1, ...c, visits });
      });
      return { days: DECEMBER.slice(0, days), capacities: new Array<number>(days).fill(perDay), clients: list } satisfies ScheduleInput;
    });

/**
 * Whether every visit can sit in its even window at all: no stretch of days holds more whole
 * windows than it has room for (Hall's condition; a client's windows never share a day). Three
 * clients with 8 visits in 15 days all have day 15 as the last window, so 2 a day cannot hold them.
 */
function evenWindowsFit(input: ScheduleInput): boolean {
  const D = input.days.length;
  const windows = input.clients.flatMap((client) => Array.from({ length: client.visits }, (_, k) => windowOf(k, client.visits, D)));
  for (let a = 0; a < D; a++) {
    let room = 0;
    for (let b = a; b < D; b++) {
      room += Math.floor(input.capacities[b]!);
      if (windows.filter(([start, end]) => start >= a && end <= b).length > room) return false;
    }
  }
  return true;
}

function visitsOf(result: ReturnType<typeof scheduleMonth>, clientId: number, days: readonly string[]): number[] {
  return result.visits.filter((v) => v.clientId === clientId).map((v) => days.indexOf(v.date)).sort((a, b) => a - b);
}

describe('scheduler properties', () => {
  it('never puts more visits on a day than its capacity, and never a client twice a day', () => {
    fc.assert(
      fc.property(scheduleInput(1.2), (input) => {
        const result = scheduleMonth(input);
        result.perDay.forEach((n, i) => expect(n).toBeLessThanOrEqual(input.capacities[i]!));
        const seen = new Set(result.visits.map((v) => `${v.clientId}|${v.date}`));
        expect(seen.size).toBe(result.visits.length);
      }),
    );
  });

  it('gives every client its visits, each in its window: after any number of days, within one of the even spacing', () => {
    fc.assert(
      fc.property(scheduleInput(0.85), (input) => {
        fc.pre(evenWindowsFit(input));
        const result = scheduleMonth(input);
        expect(result.unscheduled).toEqual([]);
        expect(result.displaced).toEqual([]);
        const D = input.days.length;
        for (const client of input.clients) {
          const days = visitsOf(result, client.clientId, input.days);
          expect(days).toHaveLength(client.visits);
          days.forEach((day, k) => {
            const [start, end] = windowOf(k, client.visits, D);
            expect(day).toBeGreaterThanOrEqual(start);
            expect(day).toBeLessThanOrEqual(end);
          });
          for (let prefix = 1; prefix <= D; prefix++) {
            const count = days.filter((d) => d < prefix).length;
            expect(Math.abs(count - (client.visits * prefix) / D)).toBeLessThan(1);
          }
        }
      }),
    );
  });

  it('at full load still schedules every visit (shifting visits inside their windows), reporting any it had to displace', () => {
    fc.assert(
      fc.property(scheduleInput(1), (input) => {
        const result = scheduleMonth(input);
        const wanted = input.clients.reduce((s, c) => s + c.visits, 0);
        expect(result.visits).toHaveLength(wanted);
        expect(result.unscheduled).toEqual([]);
      }),
    );
  });

  it('with a fractional daily capacity (7.5 a day) and a full month, still plans every visit', () => {
    fc.assert(
      fc.property(scheduleInput(1), (input) => {
        const capacities = dayCapacities(input.days.length, input.capacities[0]! + 0.5);
        const total = capacities.reduce((a, b) => a + b, 0);
        let load = 0;
        const clients = input.clients.filter((c) => (load += c.visits) <= total);
        const result = scheduleMonth({ ...input, capacities, clients });
        expect(result.unscheduled).toEqual([]);
        result.perDay.forEach((n, i) => expect(n).toBeLessThanOrEqual(capacities[i]!));
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same input gives the same plan, whatever the order of the clients', () => {
    fc.assert(
      fc.property(scheduleInput(1.1), (input) => {
        const a = scheduleMonth(input);
        const b = scheduleMonth({ ...input, clients: [...input.clients].reverse() });
        expect(b).toEqual(a);
      }),
    );
  });

  it('groups clients of the same hospital with the same frequency on the same days when there is room', () => {
    fc.assert(
      fc.property(scheduleInput(0.5), (input) => {
        const roomy = { ...input, capacities: input.capacities.map(() => 1000) };
        const result = scheduleMonth(roomy);
        const byKey = new Map<string, string>();
        for (const client of roomy.clients) {
          if (client.hospitalId === null || client.visits === 0) continue;
          const key = `${client.hospitalId}|${client.visits}`;
          const days = visitsOf(result, client.clientId, roomy.days).join(',');
          if (!byKey.has(key)) byKey.set(key, days);
          expect(days).toBe(byKey.get(key));
        }
      }),
    );
  });
});

describe('scheduler examples', () => {
  const base = (clients: ScheduleClient[]): ScheduleInput => ({ days: DECEMBER, capacities: DECEMBER.map(() => 8), clients });

  it('8 a month is about twice a week', () => {
    const result = scheduleMonth(base([{ clientId: 1, hospitalId: 1, visits: 8, priority: 0 }]));
    const days = result.visits.map((v) => v.date);
    expect(days).toHaveLength(8);
    const gaps = days.slice(1).map((d, i) => DECEMBER.indexOf(d) - DECEMBER.indexOf(days[i]!));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(4);
  });

  it('keeps manual changes: a move pins the visit and frees its old day, a drop removes one, an add adds one', () => {
    const clients = [{ clientId: 1, hospitalId: 1, visits: 4, priority: 0 }, { clientId: 2, hospitalId: 2, visits: 2, priority: 1 }];
    const plain = scheduleMonth(base(clients));
    const first = plain.visits.find((v) => v.clientId === 1)!;
    const second = plain.visits.filter((v) => v.clientId === 2)[1]!;
    const to = DECEMBER[DECEMBER.indexOf(first.date) + 1]!;
    const edited = scheduleMonth({
      ...base(clients),
      edits: [
        { id: 1, kind: 'move', clientId: 1, date: first.date, toDate: to },
        { id: 2, kind: 'drop', clientId: 2, date: second.date },
        { id: 3, kind: 'add', clientId: 2, date: '2026-12-31' },
      ],
    });
    const one = edited.visits.filter((v) => v.clientId === 1);
    expect(one).toHaveLength(4);
    expect(one.find((v) => v.source === 'moved')?.date).toBe(to);
    expect(one.some((v) => v.date === first.date)).toBe(false);
    // Client 1's other visits stay where they were.
    expect(one.filter((v) => v.source === 'plan').map((v) => v.date)).toEqual(plain.visits.filter((v) => v.clientId === 1).slice(1).map((v) => v.date));
    const two = edited.visits.filter((v) => v.clientId === 2);
    expect(two.map((v) => [v.date, v.source])).toEqual([[plain.visits.filter((v) => v.clientId === 2)[0]!.date, 'plan'], ['2026-12-31', 'added']]);
    expect(edited.ignoredEdits).toEqual([]);
  });

  it('ignores a change onto a day that is full of changes or not a working day, and says so', () => {
    const input = { days: DECEMBER.slice(0, 2), capacities: [1, 1], clients: [{ clientId: 1, hospitalId: 1, visits: 1, priority: 0 }, { clientId: 2, hospitalId: 1, visits: 1, priority: 0 }] };
    const result = scheduleMonth({
      ...input,
      edits: [
        { id: 1, kind: 'add', clientId: 2, date: '2026-12-05' },
        { id: 2, kind: 'add', clientId: 1, date: DECEMBER[0]! },
        { id: 3, kind: 'add', clientId: 2, date: DECEMBER[0]! },
      ],
    });
    expect(result.ignoredEdits.map((e) => e.id)).toEqual([1, 3]);
    // A change outranks the plan: the added visit keeps its day, the plan's visits take what is left.
    expect(result.visits.find((v) => v.source === 'added')).toEqual({ clientId: 1, date: DECEMBER[0], source: 'added' });
    expect(result.visits).toHaveLength(2);
    expect(result.unscheduled.reduce((s, u) => s + u.visits, 0)).toBe(1);
    result.perDay.forEach((n) => expect(n).toBeLessThanOrEqual(1));
  });

  it('plans an overloaded month with the cuts: blue and yellow go first, the plan fits the capacity', () => {
    const rep = { id: 1, name: '王磊', visitsPerDay: 2, workingDaysOverride: null, daysOff: [] };
    const clients = [
      ...Array.from({ length: 5 }, (_, i) => ({ id: i + 1, repId: 1, hospitalId: 1 + (i % 2), cell: 'A1', volume: 100 + i })),
      { id: 10, repId: 1, hospitalId: 1, cell: 'A3', volume: 10 },
      { id: 11, repId: 1, hospitalId: 2, cell: 'C1', volume: 10 },
    ];
    const plan = planRepMonth(PHARMA_NINE_GRID, '2026-12', calendar, rep, clients);
    expect(plan.load).toMatchObject({ load: 45, capacity: 46, over: false });
    const tight = planRepMonth(PHARMA_NINE_GRID, '2026-12', calendar, { ...rep, daysOff: ['2026-12-01', '2026-12-02', '2026-12-03'] }, clients);
    // 20 days × 2 = 40: cut 5 → the blue client (1), then the yellow one (4 of 4).
    expect(tight.load.cuts.map((c) => [c.clientId, c.visitsCut])).toEqual([[11, 1], [10, 4]]);
    expect(tight.schedule.visits).toHaveLength(40);
    expect(tight.schedule.perDay.every((n) => n <= 2)).toBe(true);
  });
});
