import { describe, expect, it } from 'vitest';
import { gradeAll } from '../../../shared/grading';
import { BUILTIN_MODELS, DEFAULT_DICTIONARIES } from '../../../shared/models';
import { sampleAttributes } from '../../harness/modelSamples';

/** The sampler feeds the per-model bench and model e2e tests; it is only useful if its clients grade. */
describe('sampleAttributes', () => {
  it.each(BUILTIN_MODELS.map((model) => [model.id, model] as const))('%s: samples grade into most of the cells', (_id, model) => {
    const samples = sampleAttributes(model, DEFAULT_DICTIONARIES, 2000);
    const results = gradeAll(model, DEFAULT_DICTIONARIES, samples);
    const cells = new Set(results.flatMap((r) => (r.ok ? [r.cell] : [])));
    expect(results.filter((r) => r.ok).length).toBeGreaterThan(1000);
    expect(cells.size).toBeGreaterThanOrEqual(Math.min(model.cells.length, 2));
    expect(cells.size / model.cells.length).toBeGreaterThan(0.5);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    const model = BUILTIN_MODELS[0]!;
    expect(sampleAttributes(model, DEFAULT_DICTIONARIES, 50, 1)).toEqual(sampleAttributes(model, DEFAULT_DICTIONARIES, 50, 1));
    expect(sampleAttributes(model, DEFAULT_DICTIONARIES, 50, 1)).not.toEqual(sampleAttributes(model, DEFAULT_DICTIONARIES, 50, 2));
  });
});
