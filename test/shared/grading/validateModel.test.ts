import { describe, it, expect } from 'vitest';
import { makeModelDefinitionSchema, ModelDefinitionSchema, validateModel } from '../../../shared/grading';
import type { ModelDefinition, Rule } from '../../../shared/grading';
import { pharmaCopy } from './helpers';

/** Runs the schema and returns [problem codes, English messages]. */
function rejection(model: ModelDefinition): { codes: string[]; messages: string } {
  const parsed = ModelDefinitionSchema.safeParse(model);
  expect(parsed.success).toBe(false);
  const problems = validateModel(model);
  return { codes: problems.map((p) => p.code), messages: parsed.success ? '' : parsed.error.issues.map((i) => i.message).join('\n') };
}

function revenueRule(model: ModelDefinition): Extract<Rule, { kind: 'thresholds' }> {
  const potential = model.axes[0]?.rule;
  if (potential?.kind !== 'scoreTable' || potential.rows.kind !== 'maxOf') throw new Error('unexpected preset shape');
  const revenue = potential.rows.rules[1];
  if (revenue?.kind !== 'thresholds') throw new Error('unexpected preset shape');
  return revenue;
}

describe('validateModel', () => {
  it('rejects overlapping bands', () => {
    const model = pharmaCopy();
    const bands = revenueRule(model).bands;
    if (bands[0]) bands[0].max = 9000;
    const { codes, messages } = rejection(model);
    expect(codes).toContain('bands.overlap');
    expect(messages).toMatch(/potential\.rows\.rules\[1\].*bands for "1" and "2" overlap/);
  });

  it('rejects a point where two bands both include the boundary', () => {
    const model = pharmaCopy();
    const bands = revenueRule(model).bands;
    if (bands[1]) bands[1].minInclusive = true;
    expect(rejection(model).codes).toEqual(['bands.overlap']);
  });

  it('rejects a gap between bands', () => {
    const model = pharmaCopy();
    const bands = revenueRule(model).bands;
    if (bands[0]) bands[0].max = 5000;
    const { codes, messages } = rejection(model);
    expect(codes).toEqual(['bands.gap']);
    expect(messages).toContain('gap between 5000 and 8000');
  });

  it('rejects a score that no band covers', () => {
    const model = pharmaCopy();
    const potential = model.axes[0]?.rule;
    if (potential?.kind === 'scoreTable' && potential.scores['3']) potential.scores['3'].senior = 10;
    const { codes, messages } = rejection(model);
    expect(codes).toEqual(['scoreTable.scoreNotBanded']);
    expect(messages).toContain('score 10 falls in no band');
  });

  it('rejects a cell without a zone', () => {
    const model = pharmaCopy();
    const blue = model.zones.find((z) => z.id === 'blue');
    if (blue) {
      blue.cells = ['C1', 'C2'];
      blue.cellVisitsPerMonth = { C1: 1, C2: 0.5 };
    }
    const { codes, messages } = rejection(model);
    expect(codes).toEqual(['cell.noZone']);
    expect(messages).toContain('Cell "C3" is in no zone');
  });

  it('rejects a cell in two zones', () => {
    const model = pharmaCopy();
    model.zones.find((z) => z.id === 'yellow')?.cells.push('A1');
    const { codes, messages } = rejection(model);
    expect(codes).toEqual(['cell.multipleZones']);
    expect(messages).toContain('Cell "A1" is in more than one zone: red, yellow');
  });

  it('rejects a layout whose order does not match the axis values', () => {
    const model = pharmaCopy();
    if (model.layout.columns) model.layout.columns.order = ['3', '2'];
    const { codes, messages } = rejection(model);
    expect(codes).toEqual(['layout.orderMismatch']);
    expect(messages).toContain('layout order for axis "behaviour" (3, 2) must list exactly its values (1, 2, 3)');
  });

  it('rejects a two-axis layout without columns and a layout on an unknown axis', () => {
    const model = pharmaCopy();
    model.layout.columns = null;
    expect(rejection(model).codes).toEqual(['layout.columnsRequired']);
    const other = pharmaCopy();
    other.layout.rows.axis = 'size';
    expect(rejection(other).codes).toEqual(['layout.unknownAxis']);
  });

  it('rejects a cell with undeclared axis values and the combination it leaves uncovered', () => {
    const model = pharmaCopy();
    const c3 = model.cells.find((c) => c.code === 'C3');
    if (c3) c3.axisValues = { potential: 'D', behaviour: '3' };
    const { codes, messages } = rejection(model);
    expect(codes).toEqual(['cell.undeclaredValue', 'cell.missingCombination']);
    expect(messages).toContain('Cell "C3" has potential = "D"');
    expect(messages).toContain('No cell covers the combination potential=C, behaviour=3');
  });

  it('rejects two cells for the same combination', () => {
    const model = pharmaCopy();
    model.cells.push({ code: 'X1', axisValues: { potential: 'A', behaviour: '1' } });
    model.zones[0]?.cells.push('X1');
    expect(rejection(model).codes).toEqual(['cell.duplicateCombination']);
  });

  it('rejects a reference to an unknown dictionary, unless the model or the caller provides it', () => {
    const model = pharmaCopy();
    const behaviour = model.axes[1]?.rule;
    if (behaviour?.kind === 'firstOf' && behaviour.rules[0]?.kind === 'entered') behaviour.rules[0].dictionary = 'habits';
    const { codes, messages } = rejection(model);
    expect(codes).toEqual(['dictionary.unknown']);
    expect(messages).toContain('unknown dictionary "habits"');
    expect(makeModelDefinitionSchema(['hospitalClass', 'title', 'habits']).safeParse(model).success).toBe(true);
    model.dictionaries = [{ id: 'habits', name: { 'zh-CN': '习惯', en: 'Habits' }, entries: [{ match: 'x', value: '1' }] }];
    expect(ModelDefinitionSchema.safeParse(model).success).toBe(true);
  });

  it('rejects a rule that produces a value its axis does not declare', () => {
    const model = pharmaCopy();
    const behaviour = model.axes[1]?.rule;
    if (behaviour?.kind === 'firstOf' && behaviour.rules[1]?.kind === 'compare') behaviour.rules[1].valueIfZero = '0';
    const { codes, messages } = rejection(model);
    expect(codes).toEqual(['rule.undeclaredValue']);
    expect(messages).toContain('behaviour.rules[1] produces "0"');
  });

  it('rejects a missing score in the matrix', () => {
    const model = pharmaCopy();
    const potential = model.axes[0]?.rule;
    if (potential?.kind === 'scoreTable' && potential.scores['2']) delete potential.scores['2'].resident;
    expect(rejection(model).codes).toEqual(['scoreTable.missingScore']);
  });

  it('gives every problem in both languages', () => {
    const model = pharmaCopy();
    model.zones.find((z) => z.id === 'yellow')?.cells.push('A1');
    const [problem] = validateModel(model);
    expect(problem?.message['zh-CN']).toBe('格子“A1”同时属于多个区域：red, yellow');
    expect(problem?.params).toEqual({ cell: 'A1', zones: 'red, yellow' });
  });
});
