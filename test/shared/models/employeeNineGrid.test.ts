import { describe, it, expect } from 'vitest';
import { boardGrid, zoneOfCell } from '../../../shared/grading';
import type { GradeAttributes } from '../../../shared/grading';
import { EMPLOYEE_NINE_GRID } from '../../../shared/models';
import { cellOf, presetBasics } from './presetChecks';

describe('employee nine-grid preset (employee-nine-grid)', () => {
  presetBasics(EMPLOYEE_NINE_GRID, [
    ['HL', 'HM', 'HH'],
    ['ML', 'MM', 'MH'],
    ['LL', 'LM', 'LH'],
  ]);

  const cases: [string, GradeAttributes, string][] = [
    ['高 + 高 → super star', { ability: '高', performance: '高' }, 'HH'],
    ['ratings 5 + 1 → rough diamond', { abilityRating: 5, performanceRating: 1 }, 'HL'],
    ['ratings 3 + 3 → core player', { abilityRating: 3, performanceRating: '3' }, 'MM'],
    ['ratings 3.5 + 4 → high performer', { abilityRating: 3.5, performanceRating: 4 }, 'MH'],
    ['ratings 2 + 2 → problem employee', { abilityRating: 2, performanceRating: 2 }, 'LL'],
    ['ratings 1 + 5 → trusted professional', { abilityRating: 1, performanceRating: 5 }, 'LH'],
    ['words mixed with ratings', { ability: '中', performanceRating: 1 }, 'ML'],
    ['English words', { ability: 'Low', performance: 'Average' }, 'LM'],
    ['entered level wins over the rating', { ability: '高', abilityRating: 1, performance: 'medium' }, 'HM'],
  ];
  it.each(cases)('%s', (_name, attrs, cell) => {
    expect(cellOf(EMPLOYEE_NINE_GRID, attrs)).toBe(cell);
  });

  it('rejects ratings outside 1–5', () => {
    expect(cellOf(EMPLOYEE_NINE_GRID, { abilityRating: 0, performanceRating: 3 })).toMatchObject({ ok: false, unknown: [{ attribute: 'abilityRating', value: 0 }] });
    expect(cellOf(EMPLOYEE_NINE_GRID, { ability: '高' })).toMatchObject({ ok: false, missing: ['performance', 'performanceRating'] });
  });

  it('names all nine boxes in both languages', () => {
    const names = Object.fromEntries(EMPLOYEE_NINE_GRID.cells.map((c) => [c.code, c.label]));
    expect(names).toEqual({
      HH: { 'zh-CN': '超级明星', en: 'Super star' },
      HM: { 'zh-CN': '明日之星', en: 'Rising star' },
      HL: { 'zh-CN': '潜力股', en: 'Rough diamond' },
      MH: { 'zh-CN': '绩效骨干', en: 'High performer' },
      MM: { 'zh-CN': '中坚力量', en: 'Core player' },
      ML: { 'zh-CN': '待提升者', en: 'Inconsistent player' },
      LH: { 'zh-CN': '专业能手', en: 'Trusted professional' },
      LM: { 'zh-CN': '稳定贡献者', en: 'Steady contributor' },
      LL: { 'zh-CN': '问题员工', en: 'Problem employee' },
    });
  });

  it('puts the super star top right, the problem employee bottom left, and zones retain / develop / act', () => {
    const grid = boardGrid(EMPLOYEE_NINE_GRID);
    expect(grid.rows[0]?.[2]).toBe('HH');
    expect(grid.rows[2]?.[0]).toBe('LL');
    expect(grid.rowAxis.en).toBe('Ability');
    expect(grid.columnAxis?.en).toBe('Performance');
    const zones = Object.fromEntries(EMPLOYEE_NINE_GRID.cells.map((c) => [c.code, zoneOfCell(EMPLOYEE_NINE_GRID, c.code)?.id]));
    expect(zones).toEqual({ HH: 'retain', HM: 'retain', MH: 'retain', HL: 'develop', MM: 'develop', LH: 'develop', ML: 'act', LM: 'act', LL: 'act' });
  });
});
