import { describe, expect, it } from 'vitest';
import { DEFAULT_DICTIONARIES } from '../../../shared/models';
import { dictionaryChoices, parseAttribute, parseRepName, parseText, parseWholeNumber, parseWord } from '../../../renderer/src/features/clients/validators';

const title = DEFAULT_DICTIONARIES.title!;

describe('whole numbers >= 0 (volumes, beds)', () => {
  const max = 100_000_000;
  it('accepts whole numbers, blanks (clear), grouping and full-width digits', () => {
    expect(parseWholeNumber('720', max)).toEqual({ ok: true, value: 720 });
    expect(parseWholeNumber(' 0 ', max)).toEqual({ ok: true, value: 0 });
    expect(parseWholeNumber('', max)).toEqual({ ok: true, value: null });
    expect(parseWholeNumber('1,200', max)).toEqual({ ok: true, value: 1200 });
    expect(parseWholeNumber('１２３', max)).toEqual({ ok: true, value: 123 });
    expect(parseWholeNumber('12.0', max)).toEqual({ ok: true, value: 12 });
    expect(parseWholeNumber(null, max)).toEqual({ ok: true, value: null });
    expect(parseWholeNumber(42, max)).toEqual({ ok: true, value: 42 });
  });

  it('refuses negatives, fractions, words and too-large numbers with the reason', () => {
    expect(parseWholeNumber('-5', max)).toEqual({ ok: false, error: { key: 'negative' } });
    expect(parseWholeNumber('－5', max)).toEqual({ ok: false, error: { key: 'negative' } });
    expect(parseWholeNumber(-1, max)).toEqual({ ok: false, error: { key: 'negative' } });
    expect(parseWholeNumber('2.5', max)).toEqual({ ok: false, error: { key: 'notWhole' } });
    expect(parseWholeNumber(2.5, max)).toEqual({ ok: false, error: { key: 'notWhole' } });
    expect(parseWholeNumber('abc', max)).toEqual({ ok: false, error: { key: 'notNumber' } });
    expect(parseWholeNumber('1e3', max)).toEqual({ ok: false, error: { key: 'notNumber' } });
    expect(parseWholeNumber('12,34', max)).toEqual({ ok: false, error: { key: 'notNumber' } });
    expect(parseWholeNumber('100001', 100_000)).toEqual({ ok: false, error: { key: 'tooLarge', params: { max: 100_000 } } });
    expect(parseWholeNumber(Number.NaN, max)).toEqual({ ok: false, error: { key: 'notNumber' } });
  });
});

describe('text, words, reps and attributes', () => {
  it('names are required; other text may be blank (null); lengths are capped', () => {
    expect(parseText('  张伟 ', 'name')).toEqual({ ok: true, value: '张伟' });
    expect(parseText('  ', 'name')).toEqual({ ok: false, error: { key: 'required' } });
    expect(parseText('', 'department')).toEqual({ ok: true, value: null });
    expect(parseText('x'.repeat(101), 'department')).toEqual({ ok: false, error: { key: 'tooLong', params: { max: 100 } } });
  });

  it('dictionary words must be known (with the engine’s normalisation); blank clears', () => {
    expect(parseWord('主任医师', title)).toEqual({ ok: true, value: '主任医师' });
    expect(parseWord('主任医师（教授）', title).ok).toBe(true);
    expect(parseWord('教授x', title)).toEqual({ ok: false, error: { key: 'unknownWord', params: { value: '教授x' } } });
    expect(parseWord('', title)).toEqual({ ok: true, value: null });
    // Without the dictionary (not loaded yet) the core decides.
    expect(parseWord('anything', undefined)).toEqual({ ok: true, value: 'anything' });
  });

  it('reps by name; blank or the "unassigned" label means no rep', () => {
    const reps = [
      { id: 1, name: '王磊' },
      { id: 3, name: '张伟' },
    ];
    expect(parseRepName('张伟', reps)).toEqual({ ok: true, value: 3 });
    expect(parseRepName('', reps)).toEqual({ ok: true, value: null });
    expect(parseRepName('未分配代表', reps, ['未分配代表'])).toEqual({ ok: true, value: null });
    expect(parseRepName('李四', reps)).toEqual({ ok: false, error: { key: 'unknownRep', params: { value: '李四' } } });
  });

  it('free attributes keep numbers as numbers', () => {
    expect(parseAttribute('1200')).toEqual({ ok: true, value: 1200 });
    expect(parseAttribute('-3.5')).toEqual({ ok: true, value: -3.5 });
    expect(parseAttribute('保有')).toEqual({ ok: true, value: '保有' });
    expect(parseAttribute('  ')).toEqual({ ok: true, value: null });
  });

  it('dropdown choices: each match word once, Chinese first', () => {
    const choices = dictionaryChoices(title);
    expect(choices.slice(0, 4)).toEqual(['主任医师', '副主任医师', '主任医师(教授)', '副主任医师(副教授)']);
    expect(new Set(choices).size).toBe(choices.length);
    expect(choices.indexOf('住院医师')).toBeLessThan(choices.indexOf('resident'));
    expect(dictionaryChoices(undefined)).toEqual([]);
  });
});
