import { describe, expect, it } from 'vitest';
import type { ModelProblemDto } from '../../../shared/contract';
import { validateModel } from '../../../shared/grading';
import { PHARMA_NINE_GRID } from '../../../shared/models/pharmaNineGrid';
import { DEFAULT_DICTIONARY_IDS } from '../../../shared/models/defaultDictionaries';
import { setBandBound, updateAt } from '../../../renderer/src/features/models/definitionEdit';
import { problemsUnder, problemText, whereText, type WhereWords } from '../../../renderer/src/features/models/problemText';
import type { Band } from '../../../shared/grading';

const zh: WhereWords = { rows: '行', columns: '列', source: '来源', otherwise: '其他情况', rule: (n) => `第 ${n} 条规则`, case: (n) => `第 ${n} 种情况` };
const en: WhereWords = { rows: 'rows', columns: 'columns', source: 'source', otherwise: 'otherwise', rule: (n) => `rule ${n}`, case: (n) => `case ${n}` };

/** Problems as the core sends them (path joined with dots). */
function problemsOf(def: typeof PHARMA_NINE_GRID): ModelProblemDto[] {
  return validateModel(def, { knownDictionaryIds: [...DEFAULT_DICTIONARY_IDS] }).map((p) => ({ ...p, path: p.path.join('.') }));
}

describe('whereText', () => {
  it('names the axis and the parts of a nested rule', () => {
    expect(whereText('potential', PHARMA_NINE_GRID, 'zh-CN', zh)).toBe('客户潜力');
    expect(whereText('potential.rows.rules[1]', PHARMA_NINE_GRID, 'zh-CN', zh)).toBe('客户潜力 › 行 › 第 2 条规则');
    expect(whereText('behaviour.rules[0]', PHARMA_NINE_GRID, 'en', en)).toBe('Prescribing behaviour › rule 1');
    expect(whereText('nope.cases[2].otherwise', PHARMA_NINE_GRID, 'en', en)).toBe('nope › case 3 › otherwise');
  });
});

describe('problemText', () => {
  const overlapping = updateAt(PHARMA_NINE_GRID, ['axes', 0, 'rule', 'bands'], (bands) => setBandBound(bands as Band[], 1, 'min', 2));

  it('says an overlap in the user’s language, with the axis by name', () => {
    const problems = problemsOf(overlapping);
    const overlap = problems.find((p) => p.code === 'bands.overlap');
    expect(overlap).toBeDefined();
    expect(problemText(overlap!, overlapping, 'zh-CN', zh)).toBe('客户潜力中“C”与“B”的区间重叠');
    expect(problemText(overlap!, overlapping, 'en', en)).toBe('At Potential, the bands for "C" and "B" overlap');
  });

  it('falls back to the core’s message for a code it does not know', () => {
    const unknown: ModelProblemDto = { code: 'future.code', path: '', params: {}, message: { 'zh-CN': '新问题', en: 'New problem' } };
    expect(problemText(unknown, PHARMA_NINE_GRID, 'zh-CN', zh)).toBe('新问题');
  });
});

describe('problemsUnder', () => {
  const problems: ModelProblemDto[] = [
    { code: 'bands.overlap', path: 'axes.0.rule.bands', params: {}, message: { 'zh-CN': '', en: '' } },
    { code: 'scoreTable.scoreNotBanded', path: 'axes.0.rule.scores.2.resident', params: {}, message: { 'zh-CN': '', en: '' } },
    { code: 'cell.noZone', path: 'cells.3', params: {}, message: { 'zh-CN': '', en: '' } },
    { code: 'bands.gap', path: 'axes.0.rule.bandsX', params: {}, message: { 'zh-CN': '', en: '' } },
  ];
  it('keeps problems at a path or inside it, not at look-alike paths', () => {
    expect(problemsUnder(problems, ['axes', 0, 'rule', 'bands']).map((p) => p.code)).toEqual(['bands.overlap']);
    expect(problemsUnder(problems, ['axes', 0, 'rule']).map((p) => p.code)).toEqual(['bands.overlap', 'scoreTable.scoreNotBanded', 'bands.gap']);
    expect(problemsUnder(problems, ['axes', 0, 'rule'], true)).toEqual([]);
  });
});
