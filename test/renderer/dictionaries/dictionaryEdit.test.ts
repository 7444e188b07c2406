import { describe, expect, it } from 'vitest';
import {
  addEntry,
  categoryChoices,
  dictionaryCategories,
  entryProblems,
  filterEntries,
  newWordProblem,
  removeEntry,
  replaceEntry,
  sameEntries,
  setEntryValue,
} from '../../../renderer/src/features/dictionaries/dictionaryEdit';
import { dictionaryIdsOfModel, groupDictionaries } from '../../../renderer/src/features/dictionaries/dictionaryUse';
import { BUILTIN_MODELS } from '../../../shared/models/builtinModels';
import { DictionarySchema, type Dictionary } from '../../../shared/grading';

const title: Dictionary = {
  id: 'title',
  name: { 'zh-CN': '职称', en: 'Title' },
  entries: [
    { match: '主任医师', value: 'senior' },
    { match: '副主任医师', value: 'senior' },
    { match: '主治医师', value: 'attending' },
    { match: '住院医师', value: 'resident' },
  ],
};

describe('adding, replacing and removing entries', () => {
  it('adds a spelling after the last one of its category, without touching the original', () => {
    const before = structuredClone(title);
    const next = addEntry(title, { match: ' 主任医生 ', value: 'senior' });
    expect(next.entries.map((e) => e.match)).toEqual(['主任医师', '副主任医师', '主任医生', '主治医师', '住院医师']);
    expect(next.entries[2]).toEqual({ match: '主任医生', value: 'senior' });
    expect(title).toEqual(before);
    expect(next).not.toBe(title);
    expect(DictionarySchema.safeParse(next).success).toBe(true);
  });

  it('adds a spelling of a new category at the end', () => {
    expect(addEntry(title, { match: 'intern', value: 'intern' }).entries.at(-1)).toEqual({ match: 'intern', value: 'intern' });
  });

  it('changes a category and replaces an entry by index, immutably', () => {
    const changed = setEntryValue(title, 3, 'attending');
    expect(changed.entries[3]).toEqual({ match: '住院医师', value: 'attending' });
    expect(title.entries[3]?.value).toBe('resident');
    expect(replaceEntry(title, 0, { match: '教授', value: 'senior' }).entries[0]).toEqual({ match: '教授', value: 'senior' });
    expect(replaceEntry(title, 9, { match: 'x', value: 'y' })).toBe(title);
    expect(setEntryValue(title, -1, 'senior')).toBe(title);
  });

  it('removes an entry by index', () => {
    const next = removeEntry(title, 1);
    expect(next.entries.map((e) => e.match)).toEqual(['主任医师', '主治医师', '住院医师']);
    expect(title.entries).toHaveLength(4);
    expect(removeEntry(title, 4)).toBe(title);
  });

  it('compares entries for the unsaved-changes mark', () => {
    expect(sameEntries(title, structuredClone(title))).toBe(true);
    expect(sameEntries(title, setEntryValue(title, 0, 'attending'))).toBe(false);
    expect(sameEntries(title, removeEntry(title, 0))).toBe(false);
  });
});

describe('categories', () => {
  it('lists categories in first-use order, the saved ones first in a dropdown', () => {
    expect(dictionaryCategories(title)).toEqual(['senior', 'attending', 'resident']);
    const draft = setEntryValue(setEntryValue(title, 2, 'senior'), 3, 'senior');
    expect(dictionaryCategories(draft)).toEqual(['senior']);
    // A category the draft no longer uses stays choosable.
    expect(categoryChoices(title, draft)).toEqual(['senior', 'attending', 'resident']);
  });
});

describe('duplicate spellings after normaliseKey', () => {
  it('finds a spelling that differs only in width, spaces or case, and tells a conflict from a repeat', () => {
    const entries = [
      { match: '主任医师(教授)', value: 'senior' },
      { match: '主任医师 （教授）', value: 'attending' },
      { match: 'Chief Physician', value: 'senior' },
      { match: 'chief  physician', value: 'senior' },
    ];
    expect(entryProblems(entries)).toEqual([
      { kind: 'duplicate', index: 1, match: '主任医师 （教授）', value: 'attending', otherIndex: 0, otherMatch: '主任医师(教授)', otherValue: 'senior', conflict: true },
      { kind: 'duplicate', index: 3, match: 'chief  physician', value: 'senior', otherIndex: 2, otherMatch: 'Chief Physician', otherValue: 'senior', conflict: false },
    ]);
    // The core's schema rejects exactly the conflicting one.
    expect(DictionarySchema.safeParse({ ...title, entries }).success).toBe(false);
    expect(DictionarySchema.safeParse({ ...title, entries: entries.filter((_, i) => i !== 1) }).success).toBe(true);
  });

  it('flags a spelling that is blank after normalisation', () => {
    expect(entryProblems([{ match: '\u200B ', value: 'senior' }])).toEqual([{ kind: 'blank', index: 0, match: '\u200B ' }]);
    expect(entryProblems(title.entries)).toEqual([]);
  });

  it('checks a new word before adding it', () => {
    expect(newWordProblem(title, '主任医生')).toBeNull();
    expect(newWordProblem(title, '  ')).toEqual({ kind: 'blank' });
    expect(newWordProblem(title, '主治医师 ')).toEqual({ kind: 'exists', index: 2, match: '主治医师', value: 'attending' });
    expect(newWordProblem({ ...title, entries: [{ match: 'Resident', value: 'resident' }] }, 'ＲＥＳＩＤＥＮＴ')).toEqual({
      kind: 'exists',
      index: 0,
      match: 'Resident',
      value: 'resident',
    });
  });
});

describe('filterEntries', () => {
  it('keeps each entry’s index in the dictionary and matches normalised text or a category', () => {
    expect(filterEntries(title.entries, '主任').map((row) => row.index)).toEqual([0, 1]);
    expect(filterEntries(title.entries, ' ').map((row) => row.index)).toEqual([0, 1, 2, 3]);
    expect(filterEntries(title.entries, 'ATTENDING').map((row) => row.entry.match)).toEqual(['主治医师']);
  });
});

describe('which dictionaries the active model uses', () => {
  it('lists the pharma nine-grid’s dictionaries in axis order, then the others', () => {
    const pharma = BUILTIN_MODELS.find((model) => model.id === 'pharma-nine-grid')!;
    const used = dictionaryIdsOfModel(pharma);
    expect(used).toEqual(expect.arrayContaining(['hospitalClass', 'title', 'behaviour']));
    expect(used.indexOf('hospitalClass')).toBeLessThan(used.indexOf('behaviour'));
    const all = [{ ...title, id: 'lifecycle' }, { ...title, id: 'behaviour' }, title, { ...title, id: 'hospitalClass' }];
    const groups = groupDictionaries(all, ['hospitalClass', 'title', 'behaviour', 'missing']);
    expect(groups.used.map((d) => d.id)).toEqual(['hospitalClass', 'title', 'behaviour']);
    expect(groups.others.map((d) => d.id)).toEqual(['lifecycle']);
  });
});
