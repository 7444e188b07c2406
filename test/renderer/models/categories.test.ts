import { describe, expect, it } from 'vitest';
import type { Dictionary, Rule } from '../../../shared/grading';
import { BEHAVIOUR_DICTIONARY, HOSPITAL_CLASS_DICTIONARY, TITLE_DICTIONARY } from '../../../shared/models/defaultDictionaries';
import { PHARMA_NINE_GRID } from '../../../shared/models/pharmaNineGrid';
import {
  categoriesOf,
  categoryHint,
  dictionaryIdOf,
  dictionaryValues,
  expectedOfChild,
  matrixAxes,
  wordsByValue,
} from '../../../renderer/src/features/models/categories';

const dictionaries = new Map<string, Dictionary>([HOSPITAL_CLASS_DICTIONARY, TITLE_DICTIONARY, BEHAVIOUR_DICTIONARY].map((d) => [d.id, d]));
const potential = PHARMA_NINE_GRID.axes[0]!.rule;
const behaviour = PHARMA_NINE_GRID.axes[1]!.rule;

describe('matrixAxes', () => {
  it('orders rows best first (not by JavaScript’s integer-key order) and columns as the dictionary lists them', () => {
    if (potential.kind !== 'scoreTable') throw new Error('score table expected');
    expect(Object.keys(potential.scores)).toEqual(['1', '2', '3']);
    expect(matrixAxes(potential, dictionaries)).toEqual({ rows: ['3', '2', '1'], columns: ['senior', 'attending', 'resident'] });
  });

  it('still lists categories only the scores mention', () => {
    if (potential.kind !== 'scoreTable') throw new Error('score table expected');
    const withExtra = { ...potential, scores: { ...potential.scores, '0': { senior: 1, attending: 1, resident: 1, intern: 0 } } };
    const axes = matrixAxes(withExtra, dictionaries);
    expect(axes.rows).toEqual(['3', '2', '1', '0']);
    expect(axes.columns).toEqual(['senior', 'attending', 'resident', 'intern']);
  });
});

describe('categories and dictionaries', () => {
  it('finds the dictionary a rule reads first', () => {
    if (potential.kind !== 'scoreTable') throw new Error('score table expected');
    expect(dictionaryIdOf(potential.rows)).toBe('hospitalClass');
    expect(dictionaryIdOf(potential.columns)).toBe('title');
    expect(dictionaryIdOf(behaviour)).toBe('behaviour');
    expect(dictionaryIdOf({ kind: 'thresholds', attribute: 'beds', bands: [] } as unknown as Rule)).toBeNull();
  });

  it('lists what a rule can produce', () => {
    expect(categoriesOf(behaviour, dictionaries)).toEqual(['1', '2', '3']);
    expect(categoriesOf(potential, dictionaries)).toEqual(['C', 'B', 'A']);
    expect(categoriesOf({ kind: 'when', attribute: 'x', cases: [{ equals: ['a'], rule: behaviour }] }, dictionaries)).toEqual(['1', '2', '3']);
  });

  it('groups a dictionary’s words by value', () => {
    expect(dictionaryValues(TITLE_DICTIONARY)).toEqual(['senior', 'attending', 'resident']);
    expect(wordsByValue(BEHAVIOUR_DICTIONARY).get('1')).toEqual(['首选', '首选用药', 'first choice', 'first']);
  });

  it('picks a hint word in the user’s script', () => {
    expect(categoryHint(TITLE_DICTIONARY, 'senior', 'zh-CN')).toBe('主任医师');
    expect(categoryHint(TITLE_DICTIONARY, 'senior', 'en')).toBe('chief physician');
    expect(categoryHint(HOSPITAL_CLASS_DICTIONARY, '3', 'zh-CN')).toBe('三级');
    expect(categoryHint(TITLE_DICTIONARY, 'nobody', 'en')).toBeNull();
    expect(categoryHint(undefined, 'senior', 'en')).toBeNull();
  });

  it('tells what a sub-rule must produce', () => {
    if (potential.kind !== 'scoreTable' || potential.rows.kind !== 'maxOf') throw new Error('pharma shape expected');
    expect(expectedOfChild(potential, ['rows'], ['A', 'B', 'C'], dictionaries)).toEqual(['3', '2', '1']);
    expect(expectedOfChild(potential, ['columns'], ['A', 'B', 'C'], dictionaries)).toEqual(['senior', 'attending', 'resident']);
    expect(expectedOfChild(potential.rows, ['rules', 1], null, dictionaries)).toEqual(['3', '2', '1']);
    expect(expectedOfChild(behaviour, ['rules', 1], ['1', '2', '3'], dictionaries)).toEqual(['1', '2', '3']);
  });
});
