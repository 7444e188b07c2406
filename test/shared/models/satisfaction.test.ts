import { describe, it, expect } from 'vitest';
import { nextContactDays, plannedVisitsPerMonthOfCell, visitsPerMonthOfCell, zoneOfCell } from '../../../shared/grading';
import type { GradeAttributes } from '../../../shared/grading';
import { SATISFACTION } from '../../../shared/models';
import { cellOf, presetBasics } from './presetChecks';

describe('satisfaction preset (satisfaction)', () => {
  presetBasics(SATISFACTION, [['A'], ['B'], ['C'], ['D'], ['E'], ['F'], ['G']]);

  const cases: [string, GradeAttributes, string][] = [
    ['非常满意 → A', { satisfaction: '非常满意' }, 'A'],
    ['满意 → B', { satisfaction: '满意' }, 'B'],
    ['一般 → C', { satisfaction: '一般' }, 'C'],
    ['不满意 → D', { satisfaction: '不满意' }, 'D'],
    ['very dissatisfied → E', { satisfaction: 'Very dissatisfied' }, 'E'],
    ['媒体 → F', { satisfaction: '媒体' }, 'F'],
    ['律师 → F', { satisfaction: '律师' }, 'F'],
    ['authorities → F', { satisfaction: 'authorities' }, 'F'],
    ['危机 → G', { satisfaction: '危机' }, 'G'],
    ['survey score 5 → A', { satisfactionScore: 5 }, 'A'],
    ['survey score 4.5 → B', { satisfactionScore: 4.5 }, 'B'],
    ['survey score 3 → C', { satisfactionScore: '3' }, 'C'],
    ['survey score 2 → D', { satisfactionScore: 2 }, 'D'],
    ['survey score 1 → E', { satisfactionScore: 1 }, 'E'],
    ['an entered crisis wins over a good score', { satisfaction: 'G', satisfactionScore: 5 }, 'G'],
  ];
  it.each(cases)('%s', (_name, attrs, cell) => {
    expect(cellOf(SATISFACTION, attrs)).toBe(cell);
  });

  it('reports what is missing', () => {
    expect(cellOf(SATISFACTION, {})).toMatchObject({ ok: false, missing: ['satisfaction', 'satisfactionScore'] });
  });

  it('gives every grade its own zone with handling rules', () => {
    for (const cell of SATISFACTION.cells) {
      const zone = zoneOfCell(SATISFACTION, cell.code);
      expect(zone?.cells).toEqual([cell.code]);
      expect(zone?.strategy.en.length).toBeGreaterThanOrEqual(2);
    }
    expect(zoneOfCell(SATISFACTION, 'G')?.cadence).toEqual({ kind: 'everyDays', days: 1 });
    expect(zoneOfCell(SATISFACTION, 'F')?.visitsPerMonth).toBeNull();
    expect(SATISFACTION.cells.map((c) => visitsPerMonthOfCell(SATISFACTION, c.code))).toEqual([1, 1, 1, 2, 4, 0, 22]);
  });

  it('handles sensitive parties (F) case by case: not planned, which load figures tell from 0 visits', () => {
    expect(zoneOfCell(SATISFACTION, 'F')?.cadence).toEqual({ kind: 'caseByCase' });
    expect(SATISFACTION.cells.map((c) => plannedVisitsPerMonthOfCell(SATISFACTION, c.code))).toEqual([1, 1, 1, 2, 4, null, 22]);
    expect(nextContactDays({ kind: 'caseByCase' }, null, 0)).toBeNull();
  });
});
