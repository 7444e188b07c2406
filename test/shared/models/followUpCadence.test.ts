import { describe, it, expect } from 'vitest';
import { visitsPerMonthOfCell, zoneOfCell } from '../../../shared/grading';
import type { GradeAttributes } from '../../../shared/grading';
import { FOLLOW_UP_CADENCE } from '../../../shared/models';
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

  it('follows orders for a, the sample schedule for b, then every 2, 3 and 6 months', () => {
    const cadences = Object.fromEntries(FOLLOW_UP_CADENCE.cells.map((c) => [c.code, zoneOfCell(FOLLOW_UP_CADENCE, c.code)?.cadence]));
    expect(cadences).toEqual({
      a: { kind: 'followOrders' },
      b: { kind: 'schedule', days: [1, 1, 2, 3, 7, 7, 15] },
      c: { kind: 'everyMonths', months: 2 },
      d: { kind: 'everyMonths', months: 3 },
      e: { kind: 'everyMonths', months: 6 },
    });
    expect(zoneOfCell(FOLLOW_UP_CADENCE, 'a')?.visitsPerMonth).toBeNull();
    const visits = FOLLOW_UP_CADENCE.cells.map((c) => visitsPerMonthOfCell(FOLLOW_UP_CADENCE, c.code));
    expect(visits).toEqual([0, 6, 1 / 2, 1 / 3, 1 / 6]);
  });

  it('states the after-arrival schedule 3-7-3-7 in the sample zone strategy (one cadence per zone)', () => {
    const zone = zoneOfCell(FOLLOW_UP_CADENCE, 'b');
    expect(zone?.strategy['zh-CN'].some((line) => line.includes('3-7-3-7'))).toBe(true);
    expect(zone?.strategy.en.some((line) => line.includes('3-7-3-7'))).toBe(true);
    expect(zone?.strategy.en.some((line) => line.includes('1-1-2-3-7-7-15'))).toBe(true);
  });
});
