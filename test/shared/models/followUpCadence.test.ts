import { describe, it, expect } from 'vitest';
import { nextContactDays, phaseOfClient, visitsPerMonthOfCell, zoneOfCell } from '../../../shared/grading';
import type { GradeAttributes } from '../../../shared/grading';
import { FOLLOW_UP_CADENCE, SAMPLE_CADENCE } from '../../../shared/models';
import { cellOf, presetBasics } from './presetChecks';

describe('follow-up cadence preset (follow-up-cadence)', () => {
  presetBasics(FOLLOW_UP_CADENCE, [['a'], ['b'], ['c'], ['d'], ['e']]);

  const cases: [string, GradeAttributes, string][] = [
    ['订单客户 → a', { followUpGrade: '订单客户' }, 'a'],
    ['upper-case letter A → a', { followUpGrade: 'A' }, 'a'],
    ['样品客户 → b', { followUpGrade: '样品客户' }, 'b'],
    ['sample client → b', { followUpGrade: 'Sample client' }, 'b'],
    ['重要潜在客户 → c', { followUpGrade: '重要潜在客户' }, 'c'],
    ['一般潜在客户 → d', { followUpGrade: '一般潜在客户' }, 'd'],
    ['暂无潜力 → e', { followUpGrade: '暂无潜力' }, 'e'],
    ['full-width letter → e', { followUpGrade: 'ｅ' }, 'e'],
  ];
  it.each(cases)('%s', (_name, attrs, cell) => {
    expect(cellOf(FOLLOW_UP_CADENCE, attrs)).toBe(cell);
  });

  it('reports a missing or unknown grade', () => {
    expect(cellOf(FOLLOW_UP_CADENCE, {})).toMatchObject({ ok: false, missing: ['followUpGrade'] });
    expect(cellOf(FOLLOW_UP_CADENCE, { followUpGrade: 'f' })).toMatchObject({ ok: false, unknown: [{ attribute: 'followUpGrade', value: 'f' }] });
  });

  it('follows orders for a, the phased sample schedule for b, then every 2, 3 and 6 months', () => {
    const cadences = Object.fromEntries(FOLLOW_UP_CADENCE.cells.map((c) => [c.code, zoneOfCell(FOLLOW_UP_CADENCE, c.code)?.cadence]));
    expect(cadences).toEqual({
      a: { kind: 'followOrders' },
      b: {
        kind: 'phases',
        phases: [
          { id: 'sampleRequested', label: { 'zh-CN': '已索样', en: 'Sample requested' }, days: [1, 1, 2, 3, 7, 7, 15] },
          { id: 'sampleDelivered', label: { 'zh-CN': '样品已到达', en: 'Sample delivered' }, days: [3, 7, 3, 7] },
        ],
        switchAttribute: 'sampleDelivered',
      },
      c: { kind: 'everyMonths', months: 2 },
      d: { kind: 'everyMonths', months: 3 },
      e: { kind: 'everyMonths', months: 6 },
    });
    expect(zoneOfCell(FOLLOW_UP_CADENCE, 'a')?.visitsPerMonth).toBeNull();
    const visits = FOLLOW_UP_CADENCE.cells.map((c) => visitsPerMonthOfCell(FOLLOW_UP_CADENCE, c.code));
    expect(visits).toEqual([0, 6, 1 / 2, 1 / 3, 1 / 6]);
  });

  it('plans the next sample follow-up from the phase and the contacts so far', () => {
    const cadence = zoneOfCell(FOLLOW_UP_CADENCE, 'b')?.cadence;
    if (!cadence) throw new Error('zone b has a cadence');
    expect(SAMPLE_CADENCE).toBe(cadence);
    const requested = phaseOfClient(cadence, { followUpGrade: 'b' });
    expect(requested).toBe('sampleRequested');
    expect([0, 1, 2, 3, 4, 5, 6, 7, 20].map((n) => nextContactDays(cadence, requested, n))).toEqual([1, 1, 2, 3, 7, 7, 15, 15, 15]);
    const delivered = phaseOfClient(cadence, { followUpGrade: 'b', sampleDelivered: '2024-05-02' });
    expect(delivered).toBe('sampleDelivered');
    expect([0, 1, 2, 3, 4].map((n) => nextContactDays(cadence, delivered, n))).toEqual([3, 7, 3, 7, 7]);
    expect(phaseOfClient(cadence, { sampleDelivered: '否' })).toBe('sampleRequested');
    // The other grades have fixed gaps or none.
    expect(nextContactDays(zoneOfCell(FOLLOW_UP_CADENCE, 'c')?.cadence ?? { kind: 'none' }, null, 5)).toBe(61);
    expect(nextContactDays(zoneOfCell(FOLLOW_UP_CADENCE, 'a')?.cadence ?? { kind: 'none' }, null, 0)).toBeNull();
  });

  it('states both sample schedules in the sample zone strategy', () => {
    const zone = zoneOfCell(FOLLOW_UP_CADENCE, 'b');
    expect(zone?.strategy['zh-CN'].some((line) => line.includes('3-7-3-7'))).toBe(true);
    expect(zone?.strategy.en.some((line) => line.includes('3-7-3-7'))).toBe(true);
    expect(zone?.strategy.en.some((line) => line.includes('1-1-2-3-7-7-15'))).toBe(true);
  });
});
