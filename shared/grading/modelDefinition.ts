import { DEFAULT_DICTIONARY_IDS } from '../models/defaultDictionaries';
import { ModelShapeSchema } from './modelShape';
import { validateModel } from './validateModel';

export * from './modelShape';
export type { Band, Rule, RuleKind } from './rules';
export { BandSchema, RuleSchema } from './rules';

/**
 * The model schema with every cross-field check of validateModel. Dictionary references are
 * checked against `knownDictionaryIds` plus the model's own dictionaries; the core builds one
 * with the ids stored in the database.
 */
export function makeModelDefinitionSchema(knownDictionaryIds: Iterable<string>) {
  const known = [...knownDictionaryIds];
  return ModelShapeSchema.superRefine((def, ctx) => {
    for (const problem of validateModel(def, { knownDictionaryIds: known })) {
      ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message.en, params: { problem } });
    }
  });
}

/** Accepts models whose dictionaries are the built-in ones or shipped inside the model. */
export const ModelDefinitionSchema = makeModelDefinitionSchema(DEFAULT_DICTIONARY_IDS);
