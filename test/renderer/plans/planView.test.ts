import { describe, expect, it } from 'vitest';
import type { PlanZone } from '../../../shared/contract/planningMethods';
import { SAMPLE_CADENCE } from '../../../shared/models';
import {
  defaultMonth,
  groupByHospital,
  monthGrid,
  phaseLabel,
  quarterOf,
  scheduledByCadence,
  signed,
  weeksOf,
  zoneTotals,
  type PlanClient,
  type PlanDay,
  type RepPlan,
} from '../../../renderer/src/features/plans/planView';
import { cloneIdFor } from '../../../renderer/src/features/plans/WhatIfPanel';
import { isWhatIfEmpty } from '../../../renderer/src/features/plans/LoadView';
import { planningLocale } from '../../../renderer/src/features/plans/locale';

const client = (id: number, hospitalId: number | null, hospitalName: string | null): PlanClient => ({
  id,
  name: `客户${id}`,
  hospitalId,
  hospitalName,
  department: null,
  title: null,
  cell: 'A1',
  zoneId: 'red',
  volume: 1,
  frequency: 8,
  plan: 'frequency',
  cadenceStart: null,
  phaseId: null,
  nextDate: null,
  nextMonth: null,
  dates: [],
  cutVisits: 0,
});

describe('plan view helpers', () => {
  it('opens on next month and knows quarters', () => {
    expect(defaultMonth(new Date(2026, 10, 23))).toBe('2026-12');
    expect(defaultMonth(new Date(2026, 11, 5))).toBe('2027-01');
    expect(quarterOf('2026-12')).toBe('2026-Q4');
    expect(quarterOf('2027-01')).toBe('2027-Q1');
  });

  it('lays a month out in Monday-first weeks', () => {
    const grid = monthGrid('2026-12');
    expect(grid[0]).toEqual([null, '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
    expect(grid).toHaveLength(5);
    expect(grid.every((week) => week.length === 7)).toBe(true);
    expect(grid[4]).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', null, null, null]);
    // February 2027 starts on a Monday and fills exactly four weeks.
    expect(monthGrid('2027-02')).toHaveLength(4);
  });

  it('groups a day’s visits by hospital in plan order', () => {
    const clients = new Map([client(1, 7, '甲医院'), client(2, 8, '乙医院'), client(3, 7, '甲医院'), client(4, null, null)].map((c) => [c.id, c]));
    const day: PlanDay = { date: '2026-12-01', capacity: 8, visits: [1, 3, 2, 4].map((clientId) => ({ clientId, source: 'plan' as const })) };
    expect(groupByHospital(day, clients).map((g) => [g.hospitalName, g.visits.map((v) => v.client.id)])).toEqual([
      ['甲医院', [1, 3]],
      ['乙医院', [2]],
      [null, [4]],
    ]);
  });

  it('splits the working days into weeks, and a quarter’s weeks at month ends', () => {
    const days = ['2026-11-27', '2026-11-30', '2026-12-01', '2026-12-04', '2026-12-07'].map((date) => ({ date, capacity: 8, visits: [] }));
    expect(weeksOf(days).map((w) => w.days.map((d) => d.date))).toEqual([['2026-11-27'], ['2026-11-30'], ['2026-12-01', '2026-12-04'], ['2026-12-07']]);
    expect(weeksOf(days).map((w) => w.n)).toEqual([1, 2, 3, 4]);
  });

  it('names clones and what-ifs', () => {
    expect(cloneIdFor('pharma-nine-grid', new Set())).toBe('pharma-nine-grid-freq');
    expect(cloneIdFor('pharma-nine-grid', new Set(['pharma-nine-grid-freq']))).toBe('pharma-nine-grid-freq-2');
    expect(isWhatIfEmpty({})).toBe(true);
    expect(isWhatIfEmpty({ zones: {}, visitsPerDay: {} })).toBe(true);
    expect(isWhatIfEmpty({ visitsPerDay: { '1': 6 } })).toBe(false);
    expect([signed(8), signed(-4), signed(0), signed(0.04)]).toEqual(['+8', '−4', '0', '0']);
  });

  it('counts a zone’s clients with dates, and those the model does not schedule; lists the clients on a cadence', () => {
    const rep: RepPlan = {
      repId: 1,
      repName: '王磊',
      visitsPerDay: 8,
      months: [],
      clients: [
        { ...client(1, 7, '甲医院'), dates: ['2026-12-01', '2026-12-08'] },
        { ...client(2, 7, '甲医院'), zoneId: 'orders', plan: 'unplanned' },
        { ...client(3, 7, '甲医院'), zoneId: 'samples', plan: 'dates', cadenceStart: '2026-11-30', dates: ['2026-12-01'] },
        { ...client(4, 7, '甲医院'), cutVisits: 2 },
      ],
    };
    expect(zoneTotals(rep, ['red', 'orders', 'samples'])).toEqual({
      red: { clients: 1, visits: 2 },
      orders: { clients: 1, visits: 0 },
      samples: { clients: 1, visits: 1 },
    });
    expect(scheduledByCadence(rep).map((c) => c.id)).toEqual([3]);
  });

  it('names a client’s phase only under a cadence with several phases', () => {
    const zone: PlanZone = { id: 'samples', name: { 'zh-CN': '样品跟进', en: 'Samples' }, color: '#e6a23c', visitsPerMonth: 6, cells: ['b'], strategy: { 'zh-CN': [], en: [] }, cadence: SAMPLE_CADENCE };
    expect(phaseLabel(zone, 'sampleDelivered')).toEqual({ 'zh-CN': '样品已到达', en: 'Sample delivered' });
    expect(phaseLabel(zone, null)).toBeNull();
    expect(phaseLabel({ ...zone, cadence: { kind: 'everyDays', days: 1 } }, 'sampleDelivered')).toBeNull();
  });

  it('says in both languages that 2027 is provisional', () => {
    expect(planningLocale['zh-CN'].provisional).toContain('尚未发布');
    expect(planningLocale.en.provisional).toContain('not been published');
  });
});
