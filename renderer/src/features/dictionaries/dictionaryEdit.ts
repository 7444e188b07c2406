import { dictionaryCategories, normaliseKey, type Dictionary, type DictionaryEntry } from '../../../../shared/grading';

export { dictionaryCategories };

/** Categories for a dropdown: the saved dictionary's, then any only the draft uses. */
export function categoryChoices(saved: Dictionary | undefined, draft: Dictionary): string[] {
  return [...new Set([...(saved ? dictionaryCategories(saved) : []), ...dictionaryCategories(draft)])];
}

/**
 * A copy with the entry added after the last entry of the same category (so the table stays
 * grouped), or at the end when the category is new. The word is trimmed, not otherwise changed.
 */
export function addEntry(dictionary: Dictionary, entry: DictionaryEntry): Dictionary {
  const added = { match: entry.match.trim(), value: entry.value };
  const last = dictionary.entries.map((e) => e.value).lastIndexOf(entry.value);
  const at = last === -1 ? dictionary.entries.length : last + 1;
  return { ...dictionary, entries: [...dictionary.entries.slice(0, at), added, ...dictionary.entries.slice(at)] };
}

/** A copy with entry `index` replaced (unchanged when the index is out of range). */
export function replaceEntry(dictionary: Dictionary, index: number, entry: DictionaryEntry): Dictionary {
  if (index < 0 || index >= dictionary.entries.length) return dictionary;
  return { ...dictionary, entries: dictionary.entries.map((e, i) => (i === index ? entry : e)) };
}

/** A copy with entry `index` set to another category. */
export function setEntryValue(dictionary: Dictionary, index: number, value: string): Dictionary {
  const entry = dictionary.entries[index];
  return entry ? replaceEntry(dictionary, index, { ...entry, value }) : dictionary;
}

/** A copy without entry `index`. */
export function removeEntry(dictionary: Dictionary, index: number): Dictionary {
  if (index < 0 || index >= dictionary.entries.length) return dictionary;
  return { ...dictionary, entries: dictionary.entries.filter((_, i) => i !== index) };
}

/** Whether two dictionaries hold the same entries in the same order (names are not edited here). */
export function sameEntries(a: Dictionary, b: Dictionary): boolean {
  return a.entries.length === b.entries.length && a.entries.every((entry, i) => entry.match === b.entries[i]?.match && entry.value === b.entries[i]?.value);
}

/**
 * What blocks saving: a word that is blank after normalisation, or a word that normalises like an
 * earlier one ('主任医师（教授）' and '主任医师 (教授)'). `conflict` when the two map to different
 * categories, which the core rejects; a same-category repeat is only redundant.
 */
export type EntryProblem =
  | { kind: 'blank'; index: number; match: string }
  | { kind: 'duplicate'; index: number; match: string; value: string; otherIndex: number; otherMatch: string; otherValue: string; conflict: boolean };

export function entryProblems(entries: readonly DictionaryEntry[]): EntryProblem[] {
  const first = new Map<string, number>();
  const problems: EntryProblem[] = [];
  entries.forEach((entry, index) => {
    const key = normaliseKey(entry.match);
    if (key === '') {
      problems.push({ kind: 'blank', index, match: entry.match });
      return;
    }
    const otherIndex = first.get(key);
    if (otherIndex === undefined) {
      first.set(key, index);
      return;
    }
    const other = entries[otherIndex]!;
    problems.push({
      kind: 'duplicate',
      index,
      match: entry.match,
      value: entry.value,
      otherIndex,
      otherMatch: other.match,
      otherValue: other.value,
      conflict: other.value !== entry.value,
    });
  });
  return problems;
}

/** Why a new word cannot be added: blank, or already there (possibly under another spelling). */
export type NewWordProblem = { kind: 'blank' } | { kind: 'exists'; index: number; match: string; value: string };

export function newWordProblem(dictionary: Dictionary, word: string): NewWordProblem | null {
  const key = normaliseKey(word);
  if (key === '') return { kind: 'blank' };
  const index = dictionary.entries.findIndex((entry) => normaliseKey(entry.match) === key);
  if (index === -1) return null;
  const existing = dictionary.entries[index]!;
  return { kind: 'exists', index, match: existing.match, value: existing.value };
}

/** Entries whose word contains the filter text (compared normalised), with their index in the dictionary. */
export function filterEntries(entries: readonly DictionaryEntry[], filter: string): { entry: DictionaryEntry; index: number }[] {
  const key = normaliseKey(filter);
  const all = entries.map((entry, index) => ({ entry, index }));
  return key === '' ? all : all.filter(({ entry }) => normaliseKey(entry.match).includes(key) || normaliseKey(entry.value) === key);
}
