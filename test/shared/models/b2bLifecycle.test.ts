import { describe, it, expect } from 'vitest';
import { gradeClient, visitsPerMonthOfCell, zoneOfCell } from '../../../shared/grading';
import type { GradeAttributes } from '../../../shared/grading';
import { B2B_LIFECYCLE, DEFAULT_DICTIONARIES } from '../../../shared/models';
import { cellOf, presetBasics } from './presetChecks';

describe('B2B purchasing power × lifecycle preset (b2b-lifecycle)', () => {
  presetBasics(B2B_LIFECYCLE, [
    ['R3', 'R2', 'R1'],
    ['D3', 'D2', 'D1'],
    ['A3', 'A2', 'A1'],
  ]);

  const cases: [string, GradeAttributes, string][] = [
    ['spend 2,500,000 + retained → R3', { lifecycle: '已保有', annualSpend: 2_500_000 }, 'R3'],
    ['spend 500,000 + developing → D2', { lifecycle: '发展中', annualSpend: 500_000 }, 'D2'],
    ['spend 100,000 + acquiring → A1', { lifecycle: '获取中', annualSpend: 100_000 }, 'A1'],
    ['retained, spend 250,000 but margin 600,000 → R3 (the better tier)', { lifecycle: '已保有', annualSpend: 250_000, grossMargin: 600_000 }, 'R3'],
    ['retained, spend 2,500,000 and margin 50,000 → R3 (margin never lowers)', { lifecycle: '已保有', annualSpend: 2_500_000, grossMargin: 50_000 }, 'R3'],
    ['retained, margin 100,000 with spend 0 → R2', { lifecycle: '已保有', annualSpend: 0, grossMargin: 100_000 }, 'R2'],
    ['retained, margin 500,000 is still 2', { lifecycle: '已保有', annualSpend: 10_000, grossMargin: 500_000 }, 'R2'],
    ['retained, a loss-making margin is tier 1', { lifecycle: '已保有', annualSpend: 50_000, grossMargin: -20_000 }, 'R1'],
    ['retained, margin alone gives the tier', { lifecycle: '已保有', grossMargin: 600_000 }, 'R3'],
    ['spend exactly 300,000 → 2', { lifecycle: 'D', annualSpend: 300_000 }, 'D2'],
    ['spend 299,999 → 1', { lifecycle: 'D', annualSpend: 299_999 }, 'D1'],
    ['spend exactly 2,000,000 → 2', { lifecycle: 'A', annualSpend: 2_000_000 }, 'A2'],
    ['spend 2,000,001 → 3', { lifecycle: 'A', annualSpend: 2_000_001 }, 'A3'],
    ['spend as a spreadsheet string', { lifecycle: ' retained ', annualSpend: '2,500,000' }, 'R3'],
    ['English lifecycle words', { lifecycle: 'Developing', annualSpend: 3_000_000 }, 'D3'],
  ];
  it.each(cases)('%s', (_name, attrs, cell) => {
    expect(cellOf(B2B_LIFECYCLE, attrs)).toBe(cell);
  });

  it('applies the gross-margin bands to retained clients only', () => {
    expect(cellOf(B2B_LIFECYCLE, { lifecycle: '发展中', annualSpend: 250_000, grossMargin: 600_000 })).toBe('D1');
    expect(cellOf(B2B_LIFECYCLE, { lifecycle: '已保有', annualSpend: 250_000, grossMargin: 600_000 })).toBe('R3');
    expect(cellOf(B2B_LIFECYCLE, { lifecycle: 'A', annualSpend: 250_000, grossMargin: 600_000 })).toBe('A1');
    // Without a spend a developing client cannot be placed: its margin does not count.
    expect(cellOf(B2B_LIFECYCLE, { lifecycle: 'D', grossMargin: 600_000 })).toMatchObject({ ok: false, missing: ['annualSpend'] });
  });

  it('traces the lifecycle branch the power tier took', () => {
    const retained = gradeClient(B2B_LIFECYCLE, DEFAULT_DICTIONARIES, { lifecycle: '已保有', annualSpend: 250_000, grossMargin: 600_000 });
    expect(retained.trace.find((s) => s.path === 'power')).toMatchObject({ kind: 'when', branch: 'cases[0]', dictionary: 'lifecycle', value: '3' });
    const developing = gradeClient(B2B_LIFECYCLE, DEFAULT_DICTIONARIES, { lifecycle: '发展中', annualSpend: 250_000, grossMargin: 600_000 });
    expect(developing.trace.map((s) => s.path)).toEqual(['lifecycle', 'power.otherwise', 'power']);
    expect(developing.trace.at(-1)).toMatchObject({ branch: 'otherwise', value: '1' });
  });

  it('reports what is missing or unknown', () => {
    expect(cellOf(B2B_LIFECYCLE, { lifecycle: '已保有' })).toMatchObject({ ok: false, missing: ['annualSpend', 'grossMargin'] });
    expect(cellOf(B2B_LIFECYCLE, { annualSpend: 1 })).toMatchObject({ ok: false, missing: ['lifecycle'] });
    expect(cellOf(B2B_LIFECYCLE, { lifecycle: '流失', annualSpend: 1 })).toMatchObject({ ok: false, unknown: [{ attribute: 'lifecycle', value: '流失' }] });
  });

  it('zones by lifecycle: retained maintain, developing grow, acquiring win', () => {
    const zones = Object.fromEntries(B2B_LIFECYCLE.cells.map((c) => [c.code, zoneOfCell(B2B_LIFECYCLE, c.code)?.id]));
    expect(zones).toEqual({ R3: 'maintain', R2: 'maintain', R1: 'maintain', D3: 'grow', D2: 'grow', D1: 'grow', A3: 'win', A2: 'win', A1: 'win' });
    const visits = Object.fromEntries(B2B_LIFECYCLE.cells.map((c) => [c.code, visitsPerMonthOfCell(B2B_LIFECYCLE, c.code)]));
    expect(visits).toEqual({ R3: 4, R2: 2, R1: 1, D3: 4, D2: 2, D1: 1, A3: 2, A2: 1, A1: 0.5 });
  });
});
