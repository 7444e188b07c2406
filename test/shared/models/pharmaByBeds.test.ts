import { describe, it, expect } from 'vitest';
import { visitsPerMonthOfCell } from '../../../shared/grading';
import type { GradeAttributes } from '../../../shared/grading';
import { PHARMA_BY_BEDS, PHARMA_NINE_GRID } from '../../../shared/models';
import { cellOf, presetBasics } from './presetChecks';

describe('pharma by beds preset (pharma-beds)', () => {
  presetBasics(PHARMA_BY_BEDS, [
    ['A3', 'A2', 'A1'],
    ['B3', 'B2', 'B1'],
    ['C3', 'C2', 'C1'],
  ]);

  const cases: [string, GradeAttributes, string][] = [
    ['9 beds + 首选 → A1', { bedsManaged: 9, behaviour: '首选' }, 'A1'],
    ['8.5 beds is over 8 → A', { bedsManaged: 8.5, behaviour: '次选' }, 'A2'],
    ['exactly 8 beds → B', { bedsManaged: 8, behaviour: '首选' }, 'B1'],
    ['exactly 4 beds → B', { bedsManaged: 4, behaviour: '竞品' }, 'B3'],
    ['3 beds → C', { bedsManaged: 3, behaviour: '首选' }, 'C1'],
    ['3.5 beds is under 4 → C', { bedsManaged: 3.5, behaviour: '首选' }, 'C1'],
    ['0 beds → C', { bedsManaged: 0, behaviour: '未用' }, 'C3'],
    ['beds as a string', { bedsManaged: ' 12 ', behaviour: '1' }, 'A1'],
    ['ours 720 vs competitor 900 → 2', { bedsManaged: 10, volumeOurs: 720, volumeCompetitor: 900 }, 'A2'],
    ['ours 0 → 3', { bedsManaged: 6, volumeOurs: 0 }, 'B3'],
    ['hospital class and title are ignored', { bedsManaged: 2, hospitalClass: '三甲', title: '主任医师', behaviour: '首选' }, 'C1'],
  ];
  it.each(cases)('%s', (_name, attrs, cell) => {
    expect(cellOf(PHARMA_BY_BEDS, attrs)).toBe(cell);
  });

  it('reports missing or impossible bed counts', () => {
    expect(cellOf(PHARMA_BY_BEDS, { behaviour: '首选' })).toMatchObject({ ok: false, missing: ['bedsManaged'] });
    expect(cellOf(PHARMA_BY_BEDS, { bedsManaged: -1, behaviour: '首选' })).toMatchObject({ ok: false, unknown: [{ attribute: 'bedsManaged', value: -1 }] });
  });

  it('reuses the pharma nine-grid behaviour axis, cells, zones and layout', () => {
    expect(PHARMA_BY_BEDS.axes[1]).toBe(PHARMA_NINE_GRID.axes[1]);
    expect(PHARMA_BY_BEDS.cells).toBe(PHARMA_NINE_GRID.cells);
    expect(PHARMA_BY_BEDS.zones).toBe(PHARMA_NINE_GRID.zones);
    expect(PHARMA_BY_BEDS.layout).toBe(PHARMA_NINE_GRID.layout);
    expect(PHARMA_BY_BEDS.axes[0]?.values).toBe(PHARMA_NINE_GRID.axes[0]?.values);
    expect(visitsPerMonthOfCell(PHARMA_BY_BEDS, 'A3')).toBe(4);
    expect(visitsPerMonthOfCell(PHARMA_BY_BEDS, 'C2')).toBe(0.5);
  });
});
