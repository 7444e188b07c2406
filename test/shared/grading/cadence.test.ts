import { describe, it, expect } from 'vitest';
import {
  CadenceSchema,
  DAYS_PER_MONTH,
  gapsOfCadence,
  ModelDefinitionSchema,
  nextContactDays,
  phaseOfClient,
  plannedVisitsPerMonthOfCell,
  validateModel,
  visitsPerMonthOfCell,
} from '../../../shared/grading';
import type { Cadence, ModelDefinition } from '../../../shared/grading';
import { FOLLOW_UP_CADENCE } from '../../../shared/models';

const t = (s: string) => ({ 'zh-CN': s, en: s });

const REQUESTED = { id: 'sampleRequested', label: t('Sample requested'), days: [1, 1, 2, 3, 7, 7, 15] };
const DELIVERED = { id: 'sampleDelivered', label: t('Sample delivered'), days: [3, 7, 3, 7] };
const SAMPLES: Cadence = { kind: 'phases', phases: [REQUESTED, DELIVERED], switchAttribute: 'sampleDelivered' };

describe('nextContactDays', () => {
  it('walks a phase by the contacts made so far', () => {
    expect(nextContactDays(SAMPLES, 'sampleRequested', 0)).toBe(1);
    expect(nextContactDays(SAMPLES, 'sampleRequested', 3)).toBe(3);
    expect(nextContactDays(SAMPLES, 'sampleRequested', 6)).toBe(15);
    expect(nextContactDays(SAMPLES, 'sampleDelivered', 0)).toBe(3);
    expect(nextContactDays(SAMPLES, 'sampleDelivered', 1)).toBe(7);
  });

  it('repeats the last gap once a schedule is used up', () => {
    expect(nextContactDays(SAMPLES, 'sampleRequested', 7)).toBe(15);
    expect(nextContactDays(SAMPLES, 'sampleRequested', 100)).toBe(15);
    expect(nextContactDays(SAMPLES, 'sampleDelivered', 4)).toBe(7);
    expect(nextContactDays({ kind: 'schedule', days: [2, 5] }, null, 9)).toBe(5);
  });

  it('takes the first phase for a null phase and gives null for an unknown one', () => {
    expect(nextContactDays(SAMPLES, null, 1)).toBe(1);
    expect(nextContactDays(SAMPLES, 'shipped', 0)).toBeNull();
  });

  it('treats odd contact counts as the nearest sensible position', () => {
    expect(nextContactDays(SAMPLES, 'sampleRequested', -3)).toBe(1);
    expect(nextContactDays(SAMPLES, 'sampleRequested', Number.NaN)).toBe(1);
    expect(nextContactDays(SAMPLES, 'sampleRequested', 3.9)).toBe(3);
    expect(nextContactDays(SAMPLES, 'sampleRequested', Number.POSITIVE_INFINITY)).toBe(1);
  });

  it('handles every other cadence kind', () => {
    expect(nextContactDays({ kind: 'schedule', days: [1, 1, 2] }, 'ignored', 2)).toBe(2);
    expect(nextContactDays({ kind: 'everyDays', days: 7 }, null, 12)).toBe(7);
    expect(nextContactDays({ kind: 'everyMonths', months: 1 }, null, 0)).toBe(30);
    expect(nextContactDays({ kind: 'everyMonths', months: 3 }, null, 0)).toBe(91);
    expect(nextContactDays({ kind: 'everyMonths', months: 6 }, null, 0)).toBe(Math.round(6 * DAYS_PER_MONTH));
    expect(nextContactDays({ kind: 'none' }, null, 0)).toBeNull();
    expect(nextContactDays({ kind: 'followOrders' }, null, 0)).toBeNull();
    expect(nextContactDays({ kind: 'caseByCase' }, null, 0)).toBeNull();
  });
});

describe('gapsOfCadence', () => {
  it('gives the gaps a date-fixed cadence follows, and null for the others', () => {
    expect(gapsOfCadence({ kind: 'everyDays', days: 7 }, null)).toEqual([7]);
    expect(gapsOfCadence({ kind: 'schedule', days: [1, 2] }, 'ignored')).toEqual([1, 2]);
    expect(gapsOfCadence(SAMPLES, null)).toEqual([1, 1, 2, 3, 7, 7, 15]);
    expect(gapsOfCadence(SAMPLES, 'sampleDelivered')).toEqual([3, 7, 3, 7]);
    expect(gapsOfCadence(SAMPLES, 'shipped')).toBeNull();
    for (const kind of ['none', 'followOrders', 'caseByCase'] as const) expect(gapsOfCadence({ kind }, null)).toBeNull();
    expect(gapsOfCadence({ kind: 'everyMonths', months: 2 }, null)).toBeNull();
  });
});

describe('phaseOfClient', () => {
  it.each<[string, string | number | null | undefined, string]>([
    ['blank', undefined, 'sampleRequested'],
    ['empty text', ' ', 'sampleRequested'],
    ['0', 0, 'sampleRequested'],
    ['no', 'No', 'sampleRequested'],
    ['否', '否', 'sampleRequested'],
    ['yes', 'yes', 'sampleDelivered'],
    ['是', '是', 'sampleDelivered'],
    ['a date', '2024-05-02', 'sampleDelivered'],
    ['1', 1, 'sampleDelivered'],
    ['a phase id names the phase', 'SAMPLEREQUESTED', 'sampleRequested'],
  ])('%s → %s', (_name, value, phase) => {
    expect(phaseOfClient(SAMPLES, { sampleDelivered: value })).toBe(phase);
  });

  it('is the first phase without a switch attribute, and null for other cadences', () => {
    expect(phaseOfClient({ kind: 'phases', phases: [REQUESTED, DELIVERED] }, { sampleDelivered: 'yes' })).toBe('sampleRequested');
    expect(phaseOfClient({ kind: 'everyDays', days: 1 }, {})).toBeNull();
  });
});

describe('cadence schema', () => {
  it('keeps the old schedule kind and accepts phases and case by case', () => {
    expect(CadenceSchema.parse({ kind: 'schedule', days: [1, 2] })).toEqual({ kind: 'schedule', days: [1, 2] });
    expect(CadenceSchema.parse(JSON.parse(JSON.stringify(SAMPLES)))).toEqual(SAMPLES);
    expect(CadenceSchema.parse({ kind: 'caseByCase' })).toEqual({ kind: 'caseByCase' });
    expect(CadenceSchema.safeParse({ kind: 'phases', phases: [] }).success).toBe(false);
    expect(CadenceSchema.safeParse({ kind: 'phases', phases: [{ id: 'x', label: t('x'), days: [] }] }).success).toBe(false);
    expect(CadenceSchema.safeParse({ kind: 'phases', phases: [{ id: 'x', label: t('x'), days: [1.5] }] }).success).toBe(false);
  });

  function withZone(zone: Partial<ModelDefinition['zones'][number]>): ModelDefinition {
    const model = JSON.parse(JSON.stringify(FOLLOW_UP_CADENCE)) as ModelDefinition;
    const b = model.zones.find((z) => z.id === 'samples');
    if (b) Object.assign(b, zone);
    return model;
  }

  it('rejects a phase declared twice, in both languages', () => {
    const model = withZone({ cadence: { kind: 'phases', phases: [REQUESTED, { id: 'sampleRequested', label: t('again'), days: [2] }] } });
    expect(ModelDefinitionSchema.safeParse(model).success).toBe(false);
    const [problem] = validateModel(model);
    expect(problem).toMatchObject({ code: 'cadence.duplicatePhase', path: ['zones', 1, 'cadence', 'phases', 1, 'id'] });
    expect(problem?.message.en).toBe('The cadence of zone "samples" declares phase "sampleRequested" twice');
    expect(problem?.message['zh-CN']).toBe('区域“samples”的跟进节奏中阶段“sampleRequested”重复定义');
  });

  it('rejects case-by-case contact together with a monthly figure', () => {
    const monthly = withZone({ cadence: { kind: 'caseByCase' }, visitsPerMonth: 2 });
    const [problem] = validateModel(monthly);
    expect(problem).toMatchObject({ code: 'zone.caseByCaseWithVisits', path: ['zones', 1, 'visitsPerMonth'] });
    expect(problem?.message.en).toContain('Zone "samples" is handled case by case');
    expect(problem?.message['zh-CN']).toContain('区域“samples”设为个案处理');
    const perCell = withZone({ cadence: { kind: 'caseByCase' }, visitsPerMonth: null, cellVisitsPerMonth: { b: 1 } });
    expect(validateModel(perCell).map((p) => [p.code, p.path])).toEqual([['zone.caseByCaseWithVisits', ['zones', 1, 'cellVisitsPerMonth']]]);
    const fine = withZone({ cadence: { kind: 'caseByCase' }, visitsPerMonth: null });
    expect(validateModel(fine)).toEqual([]);
  });
});

describe('plannedVisitsPerMonthOfCell', () => {
  it('tells "not planned" (null) from planned figures, including 0', () => {
    const model = JSON.parse(JSON.stringify(FOLLOW_UP_CADENCE)) as ModelDefinition;
    const zone = (id: string) => model.zones.find((z) => z.id === id)!;
    Object.assign(zone('important'), { cadence: { kind: 'caseByCase' }, visitsPerMonth: null });
    Object.assign(zone('ordinary'), { cadence: { kind: 'none' }, visitsPerMonth: null });
    Object.assign(zone('dormant'), { cadence: undefined, visitsPerMonth: null });
    expect(validateModel(model)).toEqual([]);
    expect(model.cells.map((c) => plannedVisitsPerMonthOfCell(model, c.code))).toEqual([null, 6, null, 0, null]);
    // The older helper keeps counting every unplanned cell as 0.
    expect(model.cells.map((c) => visitsPerMonthOfCell(model, c.code))).toEqual([0, 6, 0, 0, 0]);
    expect(plannedVisitsPerMonthOfCell(model, 'zz')).toBeNull();
  });
});
