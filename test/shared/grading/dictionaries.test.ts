import { describe, it, expect } from 'vitest';
import { DictionarySchema, lookupDictionary, normaliseKey } from '../../../shared/grading';
import { withoutTrailingNote } from '../../../shared/grading/normaliseKey';
import { DEFAULT_DICTIONARIES, HOSPITAL_CLASS_DICTIONARY, TITLE_DICTIONARY, BEHAVIOUR_DICTIONARY } from '../../../shared/models';

describe('normaliseKey', () => {
  it.each([
    ['主任医师（教授）', '主任医师(教授)'],
    ['主任医师 ( 教授 )', '主任医师(教授)'],
    ['\u3000三甲\u00a0', '三甲'],
    ['三\u200b甲\u2060\ufeff', '三甲'],
    ['  Chief   Physician ', 'chief physician'],
    ['ＡＢＣ１２３', 'abc123'],
    ['', ''],
  ])('%j → %j', (raw, key) => {
    expect(normaliseKey(raw)).toBe(key);
  });
});

describe('default dictionaries', () => {
  it('are valid dictionaries keyed by their ids', () => {
    for (const [id, dict] of Object.entries(DEFAULT_DICTIONARIES)) {
      expect(DictionarySchema.parse(dict).id).toBe(id);
    }
  });

  it.each([
    ['三级', '3'], ['三甲', '3'], ['三丙', '3'], ['三级甲等', '3'], ['Tertiary', '3'],
    ['二级', '2'], ['二甲', '2'], ['二级甲等', '2'], ['secondary', '2'],
    ['一级', '1'], ['一甲', '1'], ['社区卫生服务中心', '1'], ['社区', '1'], ['乡镇卫生院', '1'], ['诊所', '1'], ['primary', '1'],
    ['3', '3'], ['１', '1'],
  ])('hospital class %s → %s', (raw, value) => {
    expect(lookupDictionary(HOSPITAL_CLASS_DICTIONARY, raw)).toBe(value);
  });

  it.each([
    ['主任医师', 'senior'], ['副主任医师', 'senior'], ['主任医师(教授)', 'senior'], ['教授', 'senior'], ['副教授', 'senior'],
    ['主任', 'senior'], ['副主任', 'senior'], ['Associate Chief Physician', 'senior'],
    ['主治医师', 'attending'], ['主治', 'attending'], ['attending', 'attending'],
    ['住院医师', 'resident'], ['住院', 'resident'], ['医师', 'resident'], ['Resident', 'resident'],
  ])('title %s → %s', (raw, value) => {
    expect(lookupDictionary(TITLE_DICTIONARY, raw)).toBe(value);
  });

  it.each([
    ['首选', '1'], ['1', '1'], ['First choice', '1'],
    ['次选', '2'], ['二线', '2'], ['2', '2'], ['second choice', '2'],
    ['竞品', '3'], ['未用', '3'], ['其他', '3'], ['试用', '3'], ['3', '3'], ['competitor', '3'], ['not using', '3'],
  ])('behaviour %s → %s', (raw, value) => {
    expect(lookupDictionary(BEHAVIOUR_DICTIONARY, raw)).toBe(value);
  });

  it.each([
    [TITLE_DICTIONARY, '住院医师(规培)', 'resident'],
    [TITLE_DICTIONARY, '住院医师（规培）', 'resident'],
    [TITLE_DICTIONARY, '住院医师 （规培）', 'resident'],
    [TITLE_DICTIONARY, '住院医师 (规培) ', 'resident'],
    [TITLE_DICTIONARY, '主治医师【进修】', 'attending'],
    [TITLE_DICTIONARY, '主治医师［进修］', 'attending'],
    [TITLE_DICTIONARY, '住院医师(规培)(二年级)', 'resident'],
    [HOSPITAL_CLASS_DICTIONARY, '三甲（综合）', '3'],
    [HOSPITAL_CLASS_DICTIONARY, '三甲 【省重点】', '3'],
    [BEHAVIOUR_DICTIONARY, '首选〔主推〕', '1'],
    [BEHAVIOUR_DICTIONARY, '次选 (试用中)', '2'],
  ])('a trailing note in brackets is read by its base word: %s', (dict, raw, value) => {
    expect(lookupDictionary(dict, raw)).toBe(value);
  });

  it('an entry that holds its note wins over the base word, and a note alone or an unknown base stays unknown', () => {
    const dict = DictionarySchema.parse({
      id: 'title',
      name: { 'zh-CN': '职称', en: 'Title' },
      entries: [
        { match: '住院医师', value: 'resident' },
        { match: '住院医师(规培)', value: 'trainee' },
      ],
    });
    expect(lookupDictionary(dict, '住院医师（规培）')).toBe('trainee');
    expect(lookupDictionary(dict, '住院医师（进修）')).toBe('resident');
    expect(lookupDictionary(dict, '（规培）')).toBeUndefined();
    expect(lookupDictionary(dict, '实习生（规培）')).toBeUndefined();
    expect(lookupDictionary(dict, '住院(医师)医生')).toBeUndefined();
  });

  it.each([
    ['住院医师(规培)', '住院医师'],
    ['住院医师(规培)(二年级)', '住院医师(规培)'],
    ['三甲 【省重点】', '三甲'],
    ['(规培)', null],
    ['住院医师', null],
    ['住院(医师)医生', null],
  ])('withoutTrailingNote(%j) → %j', (key, base) => {
    expect(withoutTrailingNote(key)).toBe(base);
  });

  it('know nothing of unknown or blank words', () => {
    expect(lookupDictionary(HOSPITAL_CLASS_DICTIONARY, '五星医院')).toBeUndefined();
    expect(lookupDictionary(HOSPITAL_CLASS_DICTIONARY, ' \u3000 ')).toBeUndefined();
    expect(lookupDictionary(BEHAVIOUR_DICTIONARY, '4')).toBeUndefined();
  });
});

describe('DictionarySchema', () => {
  it('rejects two spellings of one word that disagree', () => {
    const result = DictionarySchema.safeParse({
      id: 'x',
      name: { 'zh-CN': 'x', en: 'x' },
      entries: [
        { match: '主任（教授）', value: 'senior' },
        { match: '主任(教授)', value: 'attending' },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('maps to both "senior" and "attending"');
  });
});
