import { describe, expect, it } from 'vitest';
import { choiceLabel, choicesOf, parseInputValue, type ModelInput } from '../../../shared/grading';
import { B2B_LIFECYCLE, DEFAULT_DICTIONARIES, FOLLOW_UP_CADENCE, RETAIL_COMPLIANCE } from '../../../shared/models';

const input = (model: { inputs?: ModelInput[] }, attribute: string): ModelInput => model.inputs!.find((i) => i.attribute === attribute)!;
const lifecycle = input(B2B_LIFECYCLE, 'lifecycle');
const spend = input(B2B_LIFECYCLE, 'annualSpend');
const score = input(RETAIL_COMPLIANCE, 'complianceScore');
const arrived = input(FOLLOW_UP_CADENCE, 'sampleDelivered');
const dictionary = DEFAULT_DICTIONARIES.lifecycle;

describe('parseInputValue: the one check of a model input’s value', () => {
  it('resolves a choice through its dictionary (synonyms, English, the code, the label) to the canonical value', () => {
    for (const typed of ['已保有', '保有客户', 'Retained', ' R ', 'retention']) expect(parseInputValue(lifecycle, typed, { dictionary })).toEqual({ ok: true, value: 'R' });
    expect(parseInputValue(lifecycle, '发展中（重点）', { dictionary })).toEqual({ ok: true, value: 'D' });
    expect(parseInputValue(lifecycle, '刚认识', { dictionary })).toEqual({ ok: false, error: { key: 'unknownWord', params: { value: '刚认识' } } });
    expect(parseInputValue(lifecycle, '', { dictionary })).toEqual({ ok: true, value: null });
    // Without the dictionary (not loaded yet) the word is kept for the core to decide.
    expect(parseInputValue(lifecycle, '已保有')).toEqual({ ok: true, value: '已保有' });
  });

  it('reads numbers as spreadsheets write them and checks the range', () => {
    expect(parseInputValue(spend, '1,200,000')).toEqual({ ok: true, value: 1_200_000 });
    expect(parseInputValue(spend, '150万')).toEqual({ ok: true, value: 1_500_000 });
    expect(parseInputValue(spend, '１２００')).toEqual({ ok: true, value: 1200 });
    expect(parseInputValue(spend, 1.5, { factor: 10_000 })).toEqual({ ok: true, value: 15_000 });
    expect(parseInputValue(spend, '约300')).toEqual({ ok: true, value: 300, note: 'approximate' });
    expect(parseInputValue(spend, '不详')).toEqual({ ok: true, value: null, note: 'placeholder' });
    expect(parseInputValue(spend, '三百万')).toEqual({ ok: false, error: { key: 'notNumber' } });
    expect(parseInputValue(spend, '-5')).toEqual({ ok: false, error: { key: 'tooSmall', params: { min: 0 } } });
    expect(parseInputValue(score, 101)).toEqual({ ok: false, error: { key: 'tooLarge', params: { max: 100 } } });
    expect(parseInputValue({ ...score, integer: true }, '88.5')).toEqual({ ok: false, error: { key: 'notWhole' } });
  });

  it('reads dates in the usual Chinese and ISO spellings and Excel serial days, refusing impossible ones', () => {
    for (const typed of ['2026-03-05', '2026/3/5', '2026.3.5', '2026年3月5日', '2026-03-05 10:00']) expect(parseInputValue(arrived, typed)).toEqual({ ok: true, value: '2026-03-05' });
    expect(parseInputValue(arrived, 46086)).toEqual({ ok: true, value: '2026-03-05' });
    expect(parseInputValue(arrived, '2026-02-30')).toEqual({ ok: false, error: { key: 'notDate' } });
    expect(parseInputValue(arrived, '下周')).toEqual({ ok: false, error: { key: 'notDate' } });
  });

  it('lists a choice’s values with their labels, or the dictionary’s categories when it lists none', () => {
    expect(choicesOf(lifecycle).map((c) => c.value)).toEqual(['R', 'D', 'A']);
    expect(choiceLabel(lifecycle, 'D', 'zh-CN')).toBe('发展中');
    expect(choiceLabel(lifecycle, 'X', 'en')).toBe('X');
    const bare: ModelInput = { attribute: 'x', label: { 'zh-CN': 'x', en: 'x' }, type: 'choice', dictionary: 'lifecycle' };
    expect(choicesOf(bare, dictionary).map((c) => c.value)).toEqual(['R', 'D', 'A']);
  });
});
