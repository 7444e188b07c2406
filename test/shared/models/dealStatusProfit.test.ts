import { describe, it, expect } from 'vitest';
import { visitsPerMonthOfCell, zoneOfCell } from '../../../shared/grading';
import type { GradeAttributes } from '../../../shared/grading';
import { DEAL_STATUS_PROFIT } from '../../../shared/models';
import { cellOf, presetBasics } from './presetChecks';

describe('deal status × profit tier preset (deal-status-profit)', () => {
  presetBasics(DEAL_STATUS_PROFIT, [
    ['A1', 'A2', 'A3'],
    ['B1', 'B2', 'B3'],
    ['C1', 'C2', 'C3'],
    ['D1', 'D2', 'D3'],
  ]);

  it('has 12 cells', () => {
    expect(DEAL_STATUS_PROFIT.cells).toHaveLength(12);
  });

  const cases: [string, GradeAttributes, string][] = [
    ['signed a programme, profit 12,000,000 → A1', { dealStatus: '签约项目', annualProfit: 12_000_000 }, 'A1'],
    ['open course, profit 5,000,000 → B2', { dealStatus: '参加公开课', annualProfit: 5_000_000 }, 'B2'],
    ['closed, profit 1,000,000 → C3', { dealStatus: '已成交', annualProfit: 1_000_000 }, 'C3'],
    ['renewed → C', { dealStatus: '续约', annualProfit: 20_000_000 }, 'C1'],
    ['not closed, profit exactly 10,000,000 → D2', { dealStatus: '未成交', annualProfit: 10_000_000 }, 'D2'],
    ['profit 10,000,001 → 1', { dealStatus: 'D', annualProfit: 10_000_001 }, 'D1'],
    ['profit exactly 2,000,000 → 2', { dealStatus: 'D', annualProfit: 2_000_000 }, 'D2'],
    ['profit 1,999,999 → 3', { dealStatus: 'D', annualProfit: 1_999_999 }, 'D3'],
    ['a loss → 3', { dealStatus: 'B', annualProfit: -500_000 }, 'B3'],
    ['entered tier wins over profit', { dealStatus: 'open course', profitTier: '1', annualProfit: 100 }, 'B1'],
    ['entered tier words', { dealStatus: 'Signed a programme', profitTier: '二档' }, 'A2'],
  ];
  it.each(cases)('%s', (_name, attrs, cell) => {
    expect(cellOf(DEAL_STATUS_PROFIT, attrs)).toBe(cell);
  });

  it('reports what is missing', () => {
    expect(cellOf(DEAL_STATUS_PROFIT, { dealStatus: '未成交' })).toMatchObject({ ok: false, missing: ['profitTier', 'annualProfit'] });
    expect(cellOf(DEAL_STATUS_PROFIT, { annualProfit: 1 })).toMatchObject({ ok: false, missing: ['dealStatus'] });
  });

  it('zones by status and scales visits by profit tier', () => {
    const zones = Object.fromEntries(DEAL_STATUS_PROFIT.cells.map((c) => [c.code, zoneOfCell(DEAL_STATUS_PROFIT, c.code)?.id]));
    expect(new Set(['A1', 'A2', 'A3'].map((c) => zones[c]))).toEqual(new Set(['programme']));
    expect(new Set(['D1', 'D2', 'D3'].map((c) => zones[c]))).toEqual(new Set(['prospect']));
    expect(['A1', 'A2', 'A3', 'D1', 'D2', 'D3'].map((c) => visitsPerMonthOfCell(DEAL_STATUS_PROFIT, c))).toEqual([4, 2, 1, 2, 1, 0.5]);
  });
});
