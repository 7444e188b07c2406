import { describe, expect, it } from 'vitest';
import { summaryAfterMove } from '../../../shared/board/summaryAfterMove';
import type { BoardSummary } from '../../../shared/contract/boardMethods';

const cell = (code: string, zoneId: string, visitsPerClient: number, count: number, volumeOurs: number, overridden = 0) => ({
  code,
  label: null,
  zoneId,
  visitsPerClient,
  count,
  overridden,
  monthlyVisits: count * visitsPerClient,
  volumeOurs,
  volumeShare: 0,
});

function summary(): BoardSummary {
  const cells = [cell('A3', 'yellow', 4, 10, 0), cell('A2', 'red', 8, 5, 600, 1), cell('A1', 'red', 8, 5, 400)];
  const volume = 1000;
  return {
    model: { id: 'pharma-nine-grid', name: { 'zh-CN': '医药九宫格', en: 'Pharma' }, version: 1 },
    layout: { shape: 'grid', rowAxis: null, columnAxis: null, rowLabels: [], columnLabels: [], rows: [['A3', 'A2', 'A1']] },
    zones: [],
    cells: cells.map((c) => ({ ...c, volumeShare: c.volumeOurs / volume })),
    totals: { clients: 20, ungraded: 0, overridden: 1, monthlyVisits: 120, volumeOurs: volume },
  };
}

const get = (s: BoardSummary, code: string) => s.cells.find((c) => c.code === code)!;

describe('the saved move shown at once', () => {
  it('moves counts, visits, volume and overrides from the source cells to the target', () => {
    const after = summaryAfterMove(summary(), [{ id: 1, cell: 'A1', overrideCell: null, volumeOurs: 100 }], 'A3', 'override');
    expect(get(after, 'A1')).toMatchObject({ count: 4, monthlyVisits: 32, volumeOurs: 300, overridden: 0 });
    expect(get(after, 'A3')).toMatchObject({ count: 11, monthlyVisits: 44, volumeOurs: 100, overridden: 1, volumeShare: 0.1 });
    expect(after.totals).toMatchObject({ clients: 20, overridden: 2, monthlyVisits: 116, volumeOurs: 1000 });
  });

  it('clears an override back to the formula cell', () => {
    const after = summaryAfterMove(summary(), [{ id: 2, cell: 'A2', overrideCell: 'A2', volumeOurs: 50 }], 'A1', 'clear');
    expect(get(after, 'A2')).toMatchObject({ count: 4, overridden: 0 });
    expect(get(after, 'A1')).toMatchObject({ count: 6, overridden: 0 });
    expect(after.totals.overridden).toBe(0);
  });

  it('drops cards the filters no longer keep, and ignores cards already in the target', () => {
    const zoned = summaryAfterMove(summary(), [{ id: 1, cell: 'A1', overrideCell: null }], 'A3', 'override', { zones: ['red'] });
    expect(get(zoned, 'A3').count).toBe(10);
    expect(zoned.totals.clients).toBe(19);
    const cleared = summaryAfterMove(summary(), [{ id: 2, cell: 'A2', overrideCell: 'A2' }], 'A1', 'clear', { overriddenOnly: true });
    expect(get(cleared, 'A1').count).toBe(5);
    expect(cleared.totals).toMatchObject({ clients: 19, overridden: 0 });
    const same = summary();
    expect(summaryAfterMove(same, [{ id: 3, cell: 'A3', overrideCell: null }], 'A3', 'override')).toBe(same);
  });
});

describe('unchanged cells', () => {
  it('stay the same objects', () => {
    const before = summary();
    const after = summaryAfterMove(before, [{ id: 1, cell: 'A1', overrideCell: null, volumeOurs: 0 }], 'A3', 'override');
    expect(get(after, 'A2')).toBe(get(before, 'A2'));
    expect(get(after, 'A1')).not.toBe(get(before, 'A1'));
  });
});
