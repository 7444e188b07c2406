import { describe, it, expect } from 'vitest';
import { attributesOfModel, boardGrid, gradeClient, ModelDefinitionSchema, visitsPerMonthOfCell, zoneOfCell } from '../../../shared/grading';
import type { ModelDefinition } from '../../../shared/grading';
import { PHARMA_NINE_GRID } from '../../../shared/models';

const t = (en: string) => ({ 'zh-CN': en, en });

/** DOMAIN 3.2 as a one-axis model: stage entered through the model's own dictionary, else months to close. */
const DEAL_TIMING: ModelDefinition = ModelDefinitionSchema.parse({
  id: 'deal-timing',
  name: t('Deal timing'),
  version: 1,
  dictionaries: [
    { id: 'dealStage', name: t('Deal stage'), entries: [{ match: '死单', value: 'E' }, { match: 'dead', value: 'E' }] },
  ],
  axes: [
    {
      id: 'timing',
      name: t('Timing'),
      values: ['A', 'B', 'C', 'D', 'E'].map((value) => ({ value, label: t(value) })),
      rule: {
        kind: 'firstOf',
        rules: [
          { kind: 'entered', attribute: 'stage', dictionary: 'dealStage' },
          {
            kind: 'thresholds',
            attribute: 'monthsToClose',
            bands: [
              { min: 0, max: 1, minInclusive: true, maxInclusive: true, value: 'A' },
              { min: 1, max: 3, minInclusive: false, maxInclusive: true, value: 'B' },
              { min: 3, max: 6, minInclusive: false, maxInclusive: true, value: 'C' },
              { min: 6, max: null, minInclusive: false, maxInclusive: false, value: 'D' },
            ],
          },
        ],
      },
    },
  ],
  cells: ['A', 'B', 'C', 'D', 'E'].map((v) => ({ code: v, axisValues: { timing: v } })),
  zones: [
    { id: 'hot', name: t('Hot'), color: '#c00', cells: ['A', 'B'], visitsPerMonth: 4, cadence: { kind: 'everyDays', days: 7 }, strategy: { 'zh-CN': [], en: [] } },
    { id: 'warm', name: t('Warm'), color: '#f90', cells: ['C', 'D'], visitsPerMonth: 1, cadence: { kind: 'everyMonths', months: 1 }, strategy: { 'zh-CN': [], en: [] } },
    { id: 'dead', name: t('Dead'), color: '#999', cells: ['E'], visitsPerMonth: null, cadence: { kind: 'none' }, strategy: { 'zh-CN': [], en: [] } },
  ],
  layout: { rows: { axis: 'timing', order: ['A', 'B', 'C', 'D', 'E'] }, columns: null },
});

/** Potential straight from the title through a lookup table. */
const TITLE_ONLY: ModelDefinition = (() => {
  const model = JSON.parse(JSON.stringify(PHARMA_NINE_GRID)) as ModelDefinition;
  model.id = 'title-only';
  const potential = model.axes[0];
  if (potential) {
    potential.rule = {
      kind: 'lookup',
      source: { kind: 'entered', attribute: 'title', dictionary: 'title' },
      table: { senior: 'A', attending: 'B', resident: 'C' },
    };
  }
  return ModelDefinitionSchema.parse(model);
})();

describe('a one-axis model with its own dictionary', () => {
  it.each([
    [{ stage: '死单' }, 'E'],
    [{ stage: 'DEAD ' }, 'E'],
    [{ monthsToClose: 0.5 }, 'A'],
    [{ monthsToClose: '3' }, 'B'],
    [{ monthsToClose: 12 }, 'D'],
  ])('%j → %s', (attrs, cell) => {
    const result = gradeClient(DEAL_TIMING, {}, attrs);
    expect(result.ok && result.cell).toBe(cell);
  });

  it('reports what is missing', () => {
    const result = gradeClient(DEAL_TIMING, {}, {});
    expect(!result.ok && result.missing).toEqual(['stage', 'monthsToClose']);
  });

  it('draws as a single column and keeps null visits as 0', () => {
    const grid = boardGrid(DEAL_TIMING);
    expect(grid.columnAxis).toBeNull();
    expect(grid.rows).toEqual([['A'], ['B'], ['C'], ['D'], ['E']]);
    expect(visitsPerMonthOfCell(DEAL_TIMING, 'E')).toBe(0);
    expect(zoneOfCell(DEAL_TIMING, 'D')?.cadence).toEqual({ kind: 'everyMonths', months: 1 });
    expect(attributesOfModel(DEAL_TIMING)).toEqual(['stage', 'monthsToClose']);
  });
});

describe('a lookup rule', () => {
  it('maps a dictionary category through its table', () => {
    const result = gradeClient(TITLE_ONLY, {}, { title: '主治医师', behaviour: '首选' });
    expect(result.ok && result.cell).toBe('B1');
    expect(result.trace.find((s) => s.kind === 'lookup')).toMatchObject({ inputs: { category: 'attending' }, value: 'B' });
  });
});

describe('boardGrid', () => {
  it('lays the pharma grid out A→C top to bottom and 3→1 left to right', () => {
    const grid = boardGrid(PHARMA_NINE_GRID);
    expect(grid.rows).toEqual([
      ['A3', 'A2', 'A1'],
      ['B3', 'B2', 'B1'],
      ['C3', 'C2', 'C1'],
    ]);
    expect(grid.rowAxis.en).toBe('Potential');
    expect(grid.columnAxis?.['zh-CN']).toBe('处方行为');
    expect(grid.columnLabels.map((l) => l.en)).toEqual(['3 competitor / not using', '2 second choice', '1 first choice']);
  });

  it('lists every model attribute the pharma grid reads', () => {
    expect(attributesOfModel(PHARMA_NINE_GRID)).toEqual(['hospitalClass', 'hospitalRevenueWan', 'title', 'behaviour', 'volumeOurs', 'volumeCompetitor']);
  });
});
