import { defineCommand, type CommandTable } from '../commands/defineCommand';
import type { CoreContext } from '../context';
import { writeDictionary } from '../db/repos/dictionariesRepo';

/** Saving a dictionary (the user's words for classes, titles, behaviour …); the pipeline regrades with it. */
export function dictionaryCommands(ctx: CoreContext): Pick<CommandTable, 'dictionaries.save'> {
  return {
    'dictionaries.save': defineCommand('dictionaries.save', {
      kind: 'undoable',
      run: ({ dictionary }, run) => {
        writeDictionary(ctx.db, dictionary, run.now);
        Object.assign(run.summary, { dictionaryId: dictionary.id });
        return dictionary;
      },
    }),
  };
}
