import { AppFailure } from '../../../shared/contract';
import { dictionaryCategories, DictionarySchema, normaliseKey, type Dictionary } from '../../../shared/grading';
import { defineCommand, type CommandTable } from '../commands/defineCommand';
import type { CoreContext } from '../context';
import { loadDictionaries, writeDictionary } from '../db/repos/dictionariesRepo';

type NewEntry = { dictionary: string; match: string; value: string };

/**
 * The dictionaries with the new spellings added, each checked: the dictionary exists, the value
 * is one of its categories, and the spelling does not already mean something else there (a
 * spelling it already maps to the same value is not added twice). Only changed ones are returned.
 */
export function withEntries(dictionaries: Readonly<Record<string, Dictionary>>, entries: readonly NewEntry[]): { changed: Dictionary[]; added: number } {
  const changed = new Map<string, Dictionary>();
  let added = 0;
  for (const entry of entries) {
    const dictionary = changed.get(entry.dictionary) ?? dictionaries[entry.dictionary];
    if (!dictionary) throw new AppFailure('dictionary.notFound', { dictionary: entry.dictionary });
    const name = dictionary.name['zh-CN'];
    if (!dictionaryCategories(dictionary).includes(entry.value)) throw new AppFailure('dictionary.unknownCategory', { dictionary: name, value: entry.value, match: entry.match });
    const key = normaliseKey(entry.match);
    const existing = dictionary.entries.find((known) => normaliseKey(known.match) === key);
    if (existing && existing.value !== entry.value) throw new AppFailure('dictionary.conflict', { dictionary: name, match: entry.match, existing: existing.value, value: entry.value });
    if (existing) continue;
    changed.set(entry.dictionary, DictionarySchema.parse({ ...dictionary, entries: [...dictionary.entries, { match: entry.match, value: entry.value }] }));
    added++;
  }
  return { changed: [...changed.values()], added };
}

/** Saving a dictionary (the user's words for classes, titles, behaviour …); the pipeline regrades with it. */
export function dictionaryCommands(ctx: CoreContext): Pick<CommandTable, 'dictionaries.save' | 'dictionaries.addEntries'> {
  return {
    'dictionaries.save': defineCommand('dictionaries.save', {
      kind: 'undoable',
      run: ({ dictionary }, run) => {
        writeDictionary(ctx.db, dictionary, run.now);
        Object.assign(run.summary, { dictionaryId: dictionary.id });
        return dictionary;
      },
    }),
    'dictionaries.addEntries': defineCommand('dictionaries.addEntries', {
      kind: 'undoable',
      run: ({ entries }, run) => {
        // Read inside the command's transaction: what another window saved a moment ago is kept.
        const { changed, added } = withEntries(loadDictionaries(ctx.db), entries);
        for (const dictionary of changed) writeDictionary(ctx.db, dictionary, run.now);
        Object.assign(run.summary, { added, dictionaries: changed.map((dictionary) => dictionary.id) });
        return { added, dictionaries: changed.map((dictionary) => dictionary.id) };
      },
    }),
  };
}
