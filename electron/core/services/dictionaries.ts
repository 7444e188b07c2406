import type { Dictionary } from '../../../shared/grading';
import { recordChange } from '../changeLog/recordChange';
import type { CoreContext } from '../context';
import { readDictionaryRow, writeDictionary } from '../db/repos/dictionariesRepo';
import { regradeAll } from './regrade';

/** Saves a dictionary (the user's words for classes, titles, behaviour …) and regrades with it. */
export function saveDictionary(ctx: CoreContext, dictionary: Dictionary): Dictionary {
  const now = ctx.now();
  ctx.db.transaction(() => {
    const before = readDictionaryRow(ctx.db, dictionary.id);
    writeDictionary(ctx.db, dictionary, now);
    const changeId = recordChange(ctx.db, {
      command: 'dictionaries.save',
      summary: { dictionaryId: dictionary.id },
      items: [{ entity: 'dictionaries', entityId: dictionary.id, before: before ? JSON.parse(before.definition) : null, after: dictionary }],
      at: now,
    });
    ctx.grading.invalidate();
    regradeAll(ctx.db, ctx.grading.model().definition, ctx.grading.dictionaries(), { changeId });
  })();
  ctx.bus.emit('data:changed', { scopes: ['models', 'grades'] });
  return dictionary;
}
