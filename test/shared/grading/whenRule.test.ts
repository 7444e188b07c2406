import { describe, it, expect } from 'vitest';
import { attributesOfModel, attributesOfRule, childRules, gradeAll, gradeClient, ModelDefinitionSchema, RuleSchema, validateModel } from '../../../shared/grading';
import type { GradeAttributes, ModelDefinition, Rule } from '../../../shared/grading';
import { DEFAULT_DICTIONARIES } from '../../../shared/models';

const t = (s: string) => ({ 'zh-CN': s, en: s });
const band = (value: string, min: number | null, max: number | null) => ({ min, max, minInclusive: true, maxInclusive: false, value });

const SPEND: Rule = { kind: 'thresholds', attribute: 'spend', bands: [band('low', null, 100), band('high', 100, null)] };
const MARGIN: Rule = { kind: 'thresholds', attribute: 'margin', bands: [band('low', null, 50), band('high', 50, null)] };

/** One axis 'tier' whose rule branches on `segment` (as text, no dictionary). */
function model(rule: Rule): ModelDefinition {
  return {
    id: 'when-test',
    name: t('When'),
    version: 1,
    axes: [{ id: 'tier', name: t('Tier'), values: [{ value: 'high', label: t('High') }, { value: 'low', label: t('Low') }], rule }],
    cells: [
      { code: 'H', axisValues: { tier: 'high' } },
      { code: 'L', axisValues: { tier: 'low' } },
    ],
    zones: [{ id: 'all', name: t('All'), color: '#123', cells: ['H', 'L'], visitsPerMonth: 1, strategy: { 'zh-CN': [], en: [] } }],
    layout: { rows: { axis: 'tier', order: ['high', 'low'] }, columns: null },
  };
}

const BY_SEGMENT = model({
  kind: 'when',
  attribute: 'segment',
  cases: [
    { equals: ['key', 'VIP'], rule: { kind: 'maxOf', order: ['high', 'low'], rules: [SPEND, MARGIN] } },
    { equals: ['closed'], rule: { kind: 'thresholds', attribute: 'spend', bands: [band('low', null, null)] } },
  ],
  otherwise: SPEND,
});

const grade = (m: ModelDefinition, attrs: GradeAttributes) => gradeClient(m, {}, attrs);
const cellOf = (m: ModelDefinition, attrs: GradeAttributes) => {
  const r = grade(m, attrs);
  return r.ok ? r.cell : r;
};

describe("rule kind 'when'", () => {
  it('is valid data that survives parsing unchanged', () => {
    expect(validateModel(BY_SEGMENT)).toEqual([]);
    expect(ModelDefinitionSchema.parse(JSON.parse(JSON.stringify(BY_SEGMENT)))).toEqual(BY_SEGMENT);
    expect(RuleSchema.safeParse({ kind: 'when', attribute: 'x', cases: [] }).success).toBe(false);
    expect(RuleSchema.safeParse({ kind: 'when', attribute: 'x', cases: [{ equals: [], rule: SPEND }] }).success).toBe(false);
  });

  it.each<[string, GradeAttributes, string]>([
    ['a key client counts its margin', { segment: 'key', spend: 10, margin: 80 }, 'H'],
    ['case values compare as normalised text', { segment: ' vip ', spend: 10, margin: 80 }, 'H'],
    ['full-width text too', { segment: 'ＫＥＹ', spend: 10, margin: 80 }, 'H'],
    ['the second case', { segment: 'closed', spend: 500 }, 'L'],
    ['any other segment ignores the margin', { segment: 'new', spend: 10, margin: 80 }, 'L'],
    ['a number as the segment goes to otherwise', { segment: 7, spend: 500 }, 'H'],
  ])('%s', (_name, attrs, cell) => {
    expect(cellOf(BY_SEGMENT, attrs)).toBe(cell);
  });

  it('reports a missing branch attribute instead of picking a branch', () => {
    expect(cellOf(BY_SEGMENT, { spend: 500 })).toMatchObject({ ok: false, missing: ['segment'], unknown: [] });
    expect(cellOf(BY_SEGMENT, { segment: '   ', spend: 500 })).toMatchObject({ ok: false, missing: ['segment'] });
  });

  it('reports what the chosen branch lacks', () => {
    expect(cellOf(BY_SEGMENT, { segment: 'key' })).toMatchObject({ ok: false, missing: ['spend', 'margin'] });
    expect(cellOf(BY_SEGMENT, { segment: 'new', margin: 80 })).toMatchObject({ ok: false, missing: ['spend'] });
    expect(cellOf(BY_SEGMENT, { segment: 'new', spend: 'lots' })).toMatchObject({ ok: false, unknown: [{ attribute: 'spend', value: 'lots' }] });
  });

  it('without otherwise, an unlisted value is unknown, never the lowest', () => {
    const strict = model({ kind: 'when', attribute: 'segment', cases: [{ equals: ['key'], rule: SPEND }] });
    expect(validateModel(strict)).toEqual([]);
    expect(cellOf(strict, { segment: 'key', spend: 500 })).toBe('H');
    expect(cellOf(strict, { segment: 'other', spend: 500 })).toMatchObject({ ok: false, missing: [], unknown: [{ attribute: 'segment', value: 'other' }] });
    expect(cellOf(strict, { segment: Number.NaN, spend: 500 })).toMatchObject({ ok: false, unknown: [{ attribute: 'segment', value: 'NaN' }] });
    // A broken number is reported even when there is an otherwise branch.
    expect(cellOf(BY_SEGMENT, { segment: Number.POSITIVE_INFINITY, spend: 500 })).toMatchObject({ ok: false, unknown: [{ attribute: 'segment', value: 'Infinity' }] });
  });

  describe('through a dictionary', () => {
    const byLifecycle = model({ kind: 'when', attribute: 'lifecycle', dictionary: 'lifecycle', cases: [{ equals: ['R'], rule: MARGIN }], otherwise: SPEND });
    const withDicts = (attrs: GradeAttributes) => {
      const r = gradeClient(byLifecycle, DEFAULT_DICTIONARIES, attrs);
      return r.ok ? r.cell : r;
    };

    it('branches on the dictionary value', () => {
      expect(validateModel(byLifecycle)).toEqual([]);
      expect(withDicts({ lifecycle: '已保有', margin: 80, spend: 0 })).toBe('H');
      expect(withDicts({ lifecycle: 'retained', margin: 80, spend: 0 })).toBe('H');
      expect(withDicts({ lifecycle: '发展中', margin: 80, spend: 0 })).toBe('L');
    });

    it('reports a word the dictionary does not know instead of taking otherwise', () => {
      expect(withDicts({ lifecycle: '流失', spend: 500 })).toMatchObject({ ok: false, unknown: [{ attribute: 'lifecycle', value: '流失' }] });
    });

    it('rejects an unknown dictionary, with messages in both languages', () => {
      const broken = model({ kind: 'when', attribute: 'lifecycle', dictionary: 'stages', cases: [{ equals: ['R'], rule: MARGIN }] });
      const [problem] = validateModel(broken);
      expect(problem).toMatchObject({ code: 'dictionary.unknown', path: ['axes', 0, 'rule', 'dictionary'] });
      expect(problem?.message.en).toContain('unknown dictionary "stages"');
      expect(problem?.message['zh-CN']).toContain('不存在的字典“stages”');
    });
  });

  it('traces the branch taken, children first, and only that branch', () => {
    const key = grade(BY_SEGMENT, { segment: 'key', spend: 10, margin: 80 });
    expect(key.trace.map((s) => [s.path, s.kind, s.status, s.value])).toEqual([
      ['tier.cases[0].rules[0]', 'thresholds', 'value', 'low'],
      ['tier.cases[0].rules[1]', 'thresholds', 'value', 'high'],
      ['tier.cases[0]', 'maxOf', 'value', 'high'],
      ['tier', 'when', 'value', 'high'],
    ]);
    expect(key.trace.at(-1)).toMatchObject({ inputs: { segment: 'key' }, branch: 'cases[0]' });
    expect(grade(BY_SEGMENT, { segment: 'new', spend: 10 }).trace.at(-1)).toMatchObject({ branch: 'otherwise', value: 'low' });
    const missing = grade(BY_SEGMENT, { spend: 10 }).trace;
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ path: 'tier', status: 'missing', value: null });
    expect(missing[0]?.branch).toBeUndefined();
  });

  it('gives the same results in bulk, with and without traces', () => {
    const clients: GradeAttributes[] = ['key', 'VIP', 'closed', 'new', '', null, 'x'].flatMap((segment) =>
      [null, 5, 500, 'n/a'].map((spend) => ({ segment, spend, margin: 60 })),
    );
    const one = clients.map((c) => grade(BY_SEGMENT, c));
    expect(gradeAll(BY_SEGMENT, {}, clients, { trace: true })).toEqual(one);
    const bulk = gradeAll(BY_SEGMENT, {}, clients);
    bulk.forEach((r, i) => expect({ ...r, trace: [] }).toEqual({ ...one[i], trace: [] }));
  });

  it('lists the branch attribute and every branch as attributes and child rules', () => {
    const rule = BY_SEGMENT.axes[0]?.rule;
    if (!rule) throw new Error('axis rule');
    expect(attributesOfRule(rule)).toEqual(['segment', 'spend', 'margin']);
    expect(attributesOfModel(BY_SEGMENT)).toEqual(['segment', 'spend', 'margin']);
    expect(childRules(rule).map((c) => [c.key, c.suffix])).toEqual([
      [['cases', 0, 'rule'], '.cases[0]'],
      [['cases', 1, 'rule'], '.cases[1]'],
      [['otherwise'], '.otherwise'],
    ]);
  });

  describe('validation', () => {
    it('rejects a branch that produces a value the axis does not declare, at its path', () => {
      const bad = model({ kind: 'when', attribute: 'segment', cases: [{ equals: ['key'], rule: SPEND }], otherwise: { kind: 'thresholds', attribute: 'spend', bands: [band('medium', null, null)] } });
      const problems = validateModel(bad);
      expect(problems.map((p) => [p.code, p.path])).toEqual([['rule.undeclaredValue', ['axes', 0, 'rule', 'otherwise', 'bands', 0, 'value']]]);
      expect(problems[0]?.message.en).toContain('tier.otherwise produces "medium"');
      const inCase = model({ kind: 'when', attribute: 'segment', cases: [{ equals: ['key'], rule: { kind: 'thresholds', attribute: 'spend', bands: [band('top', null, null)] } }] });
      expect(validateModel(inCase)[0]?.path).toEqual(['axes', 0, 'rule', 'cases', 0, 'rule', 'bands', 0, 'value']);
    });

    it('rejects a value listed in two cases, in both languages', () => {
      const dup = model({ kind: 'when', attribute: 'segment', cases: [{ equals: ['key'], rule: SPEND }, { equals: ['new', 'key'], rule: MARGIN }] });
      const parsed = ModelDefinitionSchema.safeParse(dup);
      expect(parsed.success).toBe(false);
      const [problem] = validateModel(dup);
      expect(problem).toMatchObject({ code: 'when.duplicateCase', path: ['axes', 0, 'rule', 'cases', 1, 'equals', 1] });
      expect(problem?.message.en).toBe('At tier, "key" is already listed in cases[0], so it never reaches cases[1]');
      expect(problem?.message['zh-CN']).toBe('tier的条件分支中“key”已出现在 cases[0]，cases[1] 中的这一项永远不会生效');
    });

    it('counts when rules towards the nesting limit', () => {
      let rule: Rule = SPEND;
      for (let i = 0; i < 8; i++) rule = { kind: 'when', attribute: 'segment', cases: [{ equals: ['a'], rule }] };
      expect(validateModel(model(rule)).map((p) => p.code)).toEqual(['rule.tooDeep']);
    });
  });
});
