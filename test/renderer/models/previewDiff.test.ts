import { describe, expect, it } from 'vitest';
import { cellDeltas, directionMarker, formatDelta, isEmptyPreview, moversNotShown } from '../../../renderer/src/features/models/previewDiff';

describe('cellDeltas', () => {
  it('pairs counts before and after in board order, missing counts as 0', () => {
    expect(cellDeltas(['B3', 'C3', 'X'], { B3: 268, C3: 149 }, { B3: 208, C3: 209, X: 1 })).toEqual([
      { code: 'B3', before: 268, after: 208, delta: -60 },
      { code: 'C3', before: 149, after: 209, delta: 60 },
      { code: 'X', before: 0, after: 1, delta: 1 },
    ]);
  });
});

describe('formatting', () => {
  it('signs deltas with a real minus', () => {
    expect(formatDelta(3)).toBe('+3');
    expect(formatDelta(-2)).toBe('−2');
    expect(formatDelta(0)).toBe('0');
  });

  it('marks up, down and sideways moves', () => {
    expect(directionMarker(1)).toBe('↑');
    expect(directionMarker(-1)).toBe('↓');
    expect(directionMarker(0)).toBe('→');
  });
});

describe('movers not shown', () => {
  const mover = { clientId: 1, name: 'n', hospitalName: null, department: null, repName: null, from: 'B2', to: 'C2', direction: -1 as const };
  it('counts what the list leaves out', () => {
    const rows = Array.from({ length: 200 }, (_, i) => ({ ...mover, clientId: i + 1 }));
    expect(moversNotShown({ total: 350, rows }, 50)).toBe(300);
    expect(moversNotShown({ total: 3, rows: rows.slice(0, 3) }, 50)).toBe(0);
    expect(moversNotShown({ total: 0, rows: [] }, 50)).toBe(0);
  });
});

describe('isEmptyPreview', () => {
  it('is true for the answer to a definition with problems', () => {
    const base = { problems: [], ungradedBefore: 0, ungradedAfter: 0, movers: { total: 0, rows: [] } };
    expect(isEmptyPreview({ ...base, before: {}, after: {} })).toBe(true);
    expect(isEmptyPreview({ ...base, before: { A1: 0 }, after: { A1: 0 } })).toBe(false);
  });
});
