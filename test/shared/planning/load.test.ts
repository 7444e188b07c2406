import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PHARMA_NINE_GRID } from '../../../shared/models';
import {
  BUILTIN_CHINA_CALENDAR,
  buildCalendar,
  cutsToFit,
  frequencyOfCell,
  monthIndex,
  monthLoads,
  phasesOf,
  visitsInMonth,
  withZoneFrequencies,
  zoneCutOrder,
  type PlanClient,
} from '../../../shared/planning';

const calendar = buildCalendar(BUILTIN_CHINA_CALENDAR);
const rep = { id: 1, name: '王磊', visitsPerDay: 8, workingDaysOverride: null, daysOff: [] };

function client(id: number, cell: string, volume: number | null = 100, hospitalId: number | null = 1): PlanClient {
  return { id, repId: 1, hospitalId, cell, volume };
}

describe('frequencies and fractional months', () => {
  it('reads the effective cell’s frequency from the model (A3 4, B3 2, C2 0.5, C3 0)', () => {
    expect(['A1', 'A2', 'B1', 'B2', 'A3', 'B3', 'C1', 'C2', 'C3'].map((cell) => frequencyOfCell(PHARMA_NINE_GRID, cell))).toEqual([8, 8, 8, 8, 4, 2, 1, 0.5, 0]);
    expect(frequencyOfCell(PHARMA_NINE_GRID, null)).toBe(0);
  });

  it('0.5 is every other month; 2.5 alternates 2 and 3; whole numbers every month', () => {
    const months = Array.from({ length: 6 }, (_, i) => monthIndex('2026-07') + i);
    expect(months.map((m) => visitsInMonth(0.5, 0, m))).toEqual([0, 1, 0, 1, 0, 1]);
    expect(months.map((m) => visitsInMonth(0.5, 0.5, m))).toEqual([1, 0, 1, 0, 1, 0]);
    expect(months.map((m) => visitsInMonth(2.5, 0, m))).toEqual([2, 3, 2, 3, 2, 3]);
    expect(months.map((m) => visitsInMonth(8, 0, m))).toEqual([8, 8, 8, 8, 8, 8]);
    expect(months.map((m) => visitsInMonth(0, 0.3, m))).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('over any run of months a client gets frequency × months within one visit', () => {
    fc.assert(
      fc.property(fc.constantFrom(0.25, 0.5, 1 / 3, 0.75, 1.5, 2.5, 3, 8), fc.double({ min: 0, max: 0.999, noNaN: true }), fc.integer({ min: 24000, max: 24400 }), fc.integer({ min: 1, max: 36 }), (f, phase, start, length) => {
        let total = 0;
        for (let m = start; m < start + length; m++) total += visitsInMonth(f, phase, m);
        expect(Math.abs(total - f * length)).toBeLessThan(1 + 1e-9);
      }),
    );
  });

  it('splits a rep’s 0.5 clients evenly between odd and even months', () => {
    const phases = phasesOf([1, 2, 3, 4, 5].map((id) => ({ id, frequency: 0.5 })));
    const nov = [1, 2, 3, 4, 5].reduce((s, id) => s + visitsInMonth(0.5, phases.get(id)!, monthIndex('2026-11')), 0);
    const dec = [1, 2, 3, 4, 5].reduce((s, id) => s + visitsInMonth(0.5, phases.get(id)!, monthIndex('2026-12')), 0);
    expect(nov + dec).toBe(5);
    expect(Math.abs(nov - dec)).toBe(1);
  });

  it('keeps the load of fractional clients even over several months', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('C1', 'C2', 'B3', 'C3'), { minLength: 1, maxLength: 60 }), (cells) => {
        const clients = cells.map((cell, i) => client(i + 1, cell));
        const loads = ['2026-09', '2026-10', '2026-11', '2026-12'].map((month) => monthLoads({ model: PHARMA_NINE_GRID, month, calendar, reps: [rep], clients })[0]!.load);
        const exact = cells.reduce((s, cell) => s + frequencyOfCell(PHARMA_NINE_GRID, cell), 0);
        for (const load of loads) expect(Math.abs(load - exact)).toBeLessThanOrEqual(1);
        expect(loads.reduce((a, b) => a + b, 0)).toBeCloseTo(exact * 4, 6);
      }),
    );
  });
});

describe('load against capacity', () => {
  it('sums the effective cells’ frequencies and compares with working days × visits per day', () => {
    const clients = [client(1, 'A1'), client(2, 'A3'), client(3, 'B3'), client(4, 'C1'), client(5, 'C3')];
    const [row] = monthLoads({ model: PHARMA_NINE_GRID, month: '2026-12', calendar, reps: [rep], clients });
    expect(row).toMatchObject({ workingDays: 23, capacity: 184, load: 15, slack: 169, over: false, cuts: [] });
    expect(row!.perZone).toEqual({ red: { clients: 1, visits: 8 }, yellow: { clients: 2, visits: 6 }, blue: { clients: 2, visits: 1 } });
  });

  it('uses the rep’s override, visits per day and days off', () => {
    const clients = [client(1, 'A1')];
    const [a] = monthLoads({ model: PHARMA_NINE_GRID, month: '2026-12', calendar, reps: [{ ...rep, visitsPerDay: 6, daysOff: ['2026-12-01', '2026-12-05'] }], clients });
    expect(a).toMatchObject({ workingDays: 22, capacity: 132 });
    const [b] = monthLoads({ model: PHARMA_NINE_GRID, month: '2026-12', calendar, reps: [{ ...rep, workingDaysOverride: 15 }], clients });
    expect(b).toMatchObject({ workingDays: 15, capacity: 120 });
  });

  it('a what-if zone frequency changes the load without touching the model', () => {
    const clients = [client(1, 'A1'), client(2, 'B2')];
    const edited = withZoneFrequencies(PHARMA_NINE_GRID, { red: { visitsPerMonth: 6 } });
    expect(monthLoads({ model: edited, month: '2026-12', calendar, reps: [rep], clients })[0]!.load).toBe(12);
    expect(PHARMA_NINE_GRID.zones[0]!.visitsPerMonth).toBe(8);
  });
});

describe('what to cut first', () => {
  it('cuts blue, then yellow, least volume first, and the last client only as far as needed', () => {
    const order = zoneCutOrder(PHARMA_NINE_GRID);
    expect(order).toEqual(['blue', 'yellow', 'red']);
    const candidates = [
      { clientId: 1, zoneId: 'red', cell: 'A1', volume: 10, visits: 8 },
      { clientId: 2, zoneId: 'yellow', cell: 'A3', volume: 50, visits: 4 },
      { clientId: 3, zoneId: 'yellow', cell: 'B3', volume: 5, visits: 2 },
      { clientId: 4, zoneId: 'blue', cell: 'C1', volume: 900, visits: 1 },
      { clientId: 5, zoneId: 'blue', cell: 'C1', volume: null, visits: 1 },
    ];
    // Load 16, capacity 11: cut 5 → blue 5 (null volume), blue 4, yellow 3 (2), yellow 2 (1 of 4).
    const { cuts, remainingOver } = cutsToFit(candidates, order, 11);
    expect(cuts.map((c) => [c.clientId, c.visitsCut, c.visitsLeft])).toEqual([[5, 1, 0], [4, 1, 0], [3, 2, 0], [2, 1, 3]]);
    expect(remainingOver).toBe(0);
    expect(cutsToFit(candidates, order, 16).cuts).toEqual([]);
  });

  it('always fits and never cuts more than needed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ zoneId: fc.constantFrom('red', 'yellow', 'blue'), volume: fc.option(fc.nat(1000)), visits: fc.integer({ min: 0, max: 8 }) }), { maxLength: 40 }),
        fc.nat(200),
        (rows, limit) => {
          const candidates = rows.map((row, i) => ({ clientId: i + 1, cell: null, ...row }));
          const load = candidates.reduce((s, c) => s + c.visits, 0);
          const { cuts } = cutsToFit(candidates, ['blue', 'yellow', 'red'], limit);
          const cut = cuts.reduce((s, c) => s + c.visitsCut, 0);
          expect(load - cut).toBeLessThanOrEqual(limit);
          expect(cut).toBe(Math.max(0, load - limit));
          // Zone order holds: no red cut while a blue or yellow visit is left.
          if (cuts.some((c) => c.zoneId === 'red')) {
            const cutIds = new Set(cuts.filter((c) => c.visitsLeft === 0).map((c) => c.clientId));
            expect(candidates.filter((c) => c.zoneId !== 'red' && c.visits > 0).every((c) => cutIds.has(c.clientId))).toBe(true);
          }
        },
      ),
    );
  });
});
