import { describe, it, expect } from 'vitest';
import { attributesOfModel, gradeClient, ModelDefinitionSchema } from '../../../shared/grading';
import { BUILTIN_MODELS, DEFAULT_DICTIONARIES, DEFAULT_MODEL_ID, PHARMA_NINE_GRID } from '../../../shared/models';

describe('BUILTIN_MODELS', () => {
  it('keeps the pharma nine-grid first and as the default', () => {
    expect(BUILTIN_MODELS[0]).toBe(PHARMA_NINE_GRID);
    expect(DEFAULT_MODEL_ID).toBe('pharma-nine-grid');
  });

  it('has unique ids', () => {
    const ids = BUILTIN_MODELS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([
      'pharma-nine-grid',
      'pharma-beds',
      'pharma-12-point',
      'b2b-lifecycle',
      'deal-timing',
      'follow-up-cadence',
      'deal-status-profit',
      'acceptance-pain',
      'opportunity-funnel',
      'retail-compliance',
      'employee-nine-grid',
      'satisfaction',
    ]);
  });

  it.each(BUILTIN_MODELS.map((m) => [m.id, m] as const))('%s validates with ModelDefinitionSchema', (_id, model) => {
    const parsed = ModelDefinitionSchema.safeParse(model);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it.each(BUILTIN_MODELS.map((m) => [m.id, m] as const))('%s compiles against the default dictionaries', (_id, model) => {
    const result = gradeClient(model, DEFAULT_DICTIONARIES, {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.missing.length).toBeGreaterThan(0);
    expect(attributesOfModel(model).length).toBeGreaterThan(0);
  });
});
