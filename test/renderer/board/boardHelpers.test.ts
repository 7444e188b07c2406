import { describe, expect, it } from 'vitest';
import { boardLayout } from '../../../shared/board/boardLayout';
import { PHARMA_NINE_GRID } from '../../../shared/models';
import { CARD_BLOCK, NO_FILTERS, blocksFor, boardQuery, cardSortsFor, cellPageInput, effectiveSort, hasFilters, monthOf } from '../../../renderer/src/features/board/boardQuery';
import { cellsAt, centerOf, keyboardJump, type RectLike } from '../../../renderer/src/features/board/dndGeometry';
import { loadMeter } from '../../../renderer/src/features/board/loadMeter';

describe('the board’s query', () => {
  it('is empty without filters', () => {
    expect(boardQuery(NO_FILTERS)).toEqual({});
    expect(hasFilters(NO_FILTERS)).toBe(false);
  });

  it('turns rep, hospital, department, zones, search and overridden-only into the client query', () => {
    const filters = { repId: 3, hospital: '临江市中医院', department: '心内科', zones: ['red'], search: ' 张 ', overriddenOnly: true, sort: 'volume' as const };
    expect(hasFilters(filters)).toBe(true);
    expect(boardQuery(filters)).toEqual({
      search: '张',
      repIds: [3],
      zones: ['red'],
      overriddenOnly: true,
      conditions: [
        { kind: 'set', field: 'hospitalName', values: ['临江市中医院'] },
        { kind: 'set', field: 'department', values: ['心内科'] },
      ],
    });
    // A facet lists its values under the other filters only.
    expect(boardQuery(filters, 'hospitalName').conditions).toEqual([{ kind: 'set', field: 'department', values: ['心内科'] }]);
  });

  it('pages a cell’s cards by volume, highest first, in blocks', () => {
    expect(cellPageInput({ zones: ['red'] }, 'A2', 2)).toEqual({
      query: { zones: ['red'], cells: ['A2'], sort: [{ field: 'volumeOurs', dir: 'desc' }] },
      offset: 2 * CARD_BLOCK,
      limit: CARD_BLOCK,
    });
    expect(cellPageInput({}, 'A2', 0, 'name').query?.sort).toEqual([{ field: 'name', dir: 'asc' }]);
    expect(hasFilters({ ...NO_FILTERS, sort: 'hospital' })).toBe(true);
    expect(boardQuery({ ...NO_FILTERS, sort: 'name' })).toEqual({});
    expect(blocksFor(0, 12)).toEqual([0]);
    expect(blocksFor(95, 105)).toEqual([0, 1]);
    expect(blocksFor(5, 2)).toEqual([]);
  });

  it('names the month for the capacity', () => {
    expect(monthOf(new Date(2026, 0, 31))).toBe('2026-01');
    expect(monthOf(new Date(2026, 11, 1))).toBe('2026-12');
  });
});

describe('the load bar', () => {
  const rows = [
    { repId: 1, capacity: 160, load: 120 },
    { repId: 2, capacity: 100, load: 130 },
  ];

  it('shows one rep against capacity, red when over', () => {
    expect(loadMeter(rows, 1)).toEqual({ load: 120, capacity: 160, ratio: 0.75, percent: 75, over: false, overBy: 0, slack: 40 });
    expect(loadMeter(rows, 2)).toMatchObject({ over: true, overBy: 30, slack: 0, percent: 100 });
    expect(loadMeter(rows, 9)).toBeNull();
  });

  it('sums the team when no rep is chosen', () => {
    expect(loadMeter(rows, null)).toMatchObject({ load: 250, capacity: 260, over: false, slack: 10 });
    expect(loadMeter([{ repId: 1, capacity: 0, load: 5 }], 1)).toMatchObject({ over: true, ratio: 0, percent: 100 });
  });
});

describe('the keyboard’s cell-to-cell jump', () => {
  const layout = boardLayout(PHARMA_NINE_GRID);
  const rects = new Map<string, RectLike>();
  layout.rows.forEach((row, r) => row.forEach((code, c) => rects.set(code, { left: c * 300, top: r * 200, width: 290, height: 190 })));

  it('centres the dragged card on the next cell', () => {
    const jump = keyboardJump(layout, 'A3', 'right', (code) => rects.get(code), { width: 100, height: 40 });
    expect(jump).toEqual({ cell: 'A2', topLeft: { x: 300 + 145 - 50, y: 95 - 20 } });
    const center = centerOf({ left: jump!.topLeft.x, top: jump!.topLeft.y, width: 100, height: 40 });
    expect(cellsAt(center, rects)).toEqual(['A2']);
  });

  it('stays at the edge and skips cells that are not on screen', () => {
    expect(keyboardJump(layout, 'A1', 'right', (code) => rects.get(code), { width: 1, height: 1 })).toBeNull();
    const withoutB3 = (code: string) => (code === 'B3' ? undefined : rects.get(code));
    expect(keyboardJump(layout, 'A3', 'down', withoutB3, { width: 0, height: 0 })?.cell).toBe('C3');
  });

  it('finds no cell outside the board (a drop there changes nothing)', () => {
    expect(cellsAt({ x: -5, y: 10 }, rects)).toEqual([]);
    expect(cellsAt({ x: 295, y: 10 }, rects)).toEqual([]);
  });
});

describe('card sorts under a model without volume', () => {
  it('offers no volume sort and falls back to names for a remembered volume sort', () => {
    expect(cardSortsFor(true)).toEqual(['volume', 'name', 'hospital']);
    expect(cardSortsFor(false)).toEqual(['name', 'hospital']);
    expect(effectiveSort('volume', false)).toBe('name');
    expect(effectiveSort('volume', true)).toBe('volume');
    expect(effectiveSort('hospital', false)).toBe('hospital');
  });
});
