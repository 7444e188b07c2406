import { describe, it, expect } from 'vitest';
import { visitsPerMonthOfCell, zoneOfCell } from '../../../shared/grading';
import type { GradeAttributes } from '../../../shared/grading';
import { DEAL_TIMING } from '../../../shared/models';
import { cellOf, presetBasics } from './presetChecks';

describe('deal timing preset (deal-timing)', () => {
  presetBasics(DEAL_TIMING, [['A'], ['B'], ['C'], ['D'], ['E']]);

  const cases: [string, GradeAttributes, string][] = [
    ['monthsToClose 0.5 → A', { monthsToClose: 0.5 }, 'A'],
    ['monthsToClose 1 → A', { monthsToClose: 1 }, 'A'],
    ['monthsToClose 1.5 → B', { monthsToClose: 1.5 }, 'B'],
    ['monthsToClose 3 → B', { monthsToClose: '3' }, 'B'],
    ['monthsToClose 4 → C', { monthsToClose: 4 }, 'C'],
    ['monthsToClose 6 → C', { monthsToClose: 6 }, 'C'],
    ['monthsToClose 7 → D', { monthsToClose: 7 }, 'D'],
    ['monthsToClose 24 → D', { monthsToClose: 24 }, 'D'],
    ['entered 无需求 → E', { dealTiming: '无需求' }, 'E'],
    ['entered 死单 → E', { dealTiming: '死单' }, 'E'],
    ['entered no chance → E', { dealTiming: 'No chance' }, 'E'],
    ['entered 潜在需求 → D', { dealTiming: '潜在需求' }, 'D'],
    ['entered 3个月内 → B', { dealTiming: '３个月内' }, 'B'],
    ['entered letter', { dealTiming: 'c' }, 'C'],
    ['entered grade wins over months', { dealTiming: '无机会', monthsToClose: 0.5 }, 'E'],
    ['blank entry falls back to months', { dealTiming: ' ', monthsToClose: 2 }, 'B'],
  ];
  it.each(cases)('%s', (_name, attrs, cell) => {
    expect(cellOf(DEAL_TIMING, attrs)).toBe(cell);
  });

  it('reports what is missing', () => {
    expect(cellOf(DEAL_TIMING, {})).toMatchObject({ ok: false, missing: ['dealTiming', 'monthsToClose'] });
    expect(cellOf(DEAL_TIMING, { monthsToClose: -1 })).toMatchObject({ ok: false, unknown: [{ attribute: 'monthsToClose', value: -1 }] });
  });

  it('tracks daily, weekly, every 15 days, every 30 days, then not at all', () => {
    const cadences = Object.fromEntries(DEAL_TIMING.cells.map((c) => [c.code, zoneOfCell(DEAL_TIMING, c.code)?.cadence]));
    expect(cadences).toEqual({
      A: { kind: 'everyDays', days: 1 },
      B: { kind: 'everyDays', days: 7 },
      C: { kind: 'everyDays', days: 15 },
      D: { kind: 'everyDays', days: 30 },
      E: { kind: 'none' },
    });
    const visits = DEAL_TIMING.cells.map((c) => visitsPerMonthOfCell(DEAL_TIMING, c.code));
    expect(visits).toEqual([22, 4, 2, 1, 0]);
  });
});
