import { describe, expect, it } from 'vitest';
import { currentPeriod, formatPeriod, parsePeriod, periodText, pickerYears } from '../../../renderer/src/features/periods/periodText';
import { defaultPair } from '../../../renderer/src/features/periods/snapshotPick';
import { methods } from '../../../shared/contract';

const quarterZh = (year: number, n: number) => `${year}年第${n}季度`;
const quarterEn = (year: number, n: number) => `Q${n} ${year}`;

describe('periods', () => {
  it('parses and writes months and quarters in the core’s format', () => {
    expect(parsePeriod('2026-07')).toEqual({ kind: 'month', year: 2026, n: 7 });
    expect(parsePeriod('2026-Q3')).toEqual({ kind: 'quarter', year: 2026, n: 3 });
    for (const bad of ['2026-13', '2026-Q5', '2026-7', 'Q3', '']) expect(parsePeriod(bad)).toBeNull();
    expect(formatPeriod({ kind: 'month', year: 2026, n: 7 })).toBe('2026-07');
    expect(formatPeriod({ kind: 'quarter', year: 2026, n: 4 })).toBe('2026-Q4');
  });

  it('defaults to the month and the quarter of today, accepted by snapshots.take', () => {
    const now = new Date(2026, 10, 23);
    expect(formatPeriod(currentPeriod('month', now))).toBe('2026-11');
    expect(formatPeriod(currentPeriod('quarter', now))).toBe('2026-Q4');
    expect(formatPeriod(currentPeriod('quarter', new Date(2026, 0, 1)))).toBe('2026-Q1');
    expect(formatPeriod(currentPeriod('quarter', new Date(2026, 8, 30)))).toBe('2026-Q3');
    for (const kind of ['month', 'quarter'] as const) {
      expect(methods['snapshots.take'].input.safeParse({ period: formatPeriod(currentPeriod(kind, now)) }).success).toBe(true);
    }
    expect(pickerYears(now)).toEqual([2027, 2026, 2025, 2024, 2023, 2022]);
  });

  it('names periods for people in both languages', () => {
    expect(periodText('2026-Q3', 'zh-CN', quarterZh)).toBe('2026年第3季度');
    expect(periodText('2026-Q3', 'en', quarterEn)).toBe('Q3 2026');
    expect(periodText('2026-07', 'zh-CN', quarterZh)).toBe('2026年7月');
    expect(periodText('2026-07', 'en', quarterEn)).toBe('Jul 2026');
    expect(periodText('odd', 'en', quarterEn)).toBe('odd');
  });

  it('compares the latest snapshot with the one taken before it by default', () => {
    expect(defaultPair([])).toEqual({ fromId: null, toId: null });
    expect(defaultPair([{ id: 4 }])).toEqual({ fromId: null, toId: 4 });
    // snapshots.list is ordered by period, not by when they were taken.
    expect(defaultPair([{ id: 2 }, { id: 7 }, { id: 5 }])).toEqual({ fromId: 5, toId: 7 });
  });
});
