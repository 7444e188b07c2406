import { describe, it, expect } from 'vitest';
import { AxisValueSchema, axisValueOf, MODEL_PROBLEM_MESSAGES, ModelDefinitionSchema, ModelShapeSchema } from '../../../shared/grading';
import type { ModelDefinition } from '../../../shared/grading';
import { placeholdersOf } from '../../../shared/i18n/interpolate';
import { pharmaCopy } from './helpers';

const label = { 'zh-CN': 'x', en: 'x' };

describe('optional data on axis values', () => {
  it('keeps probability and weight through parsing', () => {
    expect(AxisValueSchema.parse({ value: 'A', label, probability: 0.25, weight: -3.5 })).toEqual({ value: 'A', label, probability: 0.25, weight: -3.5 });
    expect(AxisValueSchema.parse({ value: 'A', label })).toEqual({ value: 'A', label });
    const model: ModelDefinition = pharmaCopy();
    const a = model.axes[0]?.values[0];
    if (a) Object.assign(a, { probability: 1, weight: 3 });
    const stored = ModelDefinitionSchema.parse(JSON.parse(JSON.stringify(model)));
    expect(stored).toEqual(model);
    expect(axisValueOf(stored, 'potential', 'A')).toMatchObject({ probability: 1, weight: 3 });
    expect(ModelShapeSchema.parse(model).axes[0]?.values[0]).toMatchObject({ probability: 1, weight: 3 });
    expect(axisValueOf(stored, 'potential', 'Z')).toBeUndefined();
    expect(axisValueOf(stored, 'size', 'A')).toBeUndefined();
  });

  it.each([
    ['a probability above 1', { probability: 1.5 }],
    ['a negative probability', { probability: -0.1 }],
    ['a percentage given as a probability', { probability: 75 }],
    ['an infinite weight', { weight: Number.POSITIVE_INFINITY }],
    ['a text weight', { weight: '3' }],
  ])('rejects %s', (_name, extra) => {
    expect(AxisValueSchema.safeParse({ value: 'A', label, ...extra }).success).toBe(false);
  });
});

describe('model problem messages', () => {
  it('exist in both languages with the same placeholders', () => {
    for (const [code, text] of Object.entries(MODEL_PROBLEM_MESSAGES)) {
      expect(text['zh-CN'].trim(), code).not.toBe('');
      expect(placeholdersOf(text['zh-CN']), code).toEqual(placeholdersOf(text.en));
    }
  });
});
