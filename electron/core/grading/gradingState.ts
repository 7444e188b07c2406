import type { Dictionary } from '../../../shared/grading';
import type { Db } from '../db/connection';
import { loadDictionaries } from '../db/repos/dictionariesRepo';
import { activeModel, type StoredModel } from '../db/repos/modelsRepo';

/**
 * The active model and the dictionaries, read once and kept until a command changes them.
 * Keeping the same objects lets the engine reuse its compiled model between calls.
 */
export interface GradingState {
  model(): StoredModel;
  dictionaries(): Readonly<Record<string, Dictionary>>;
  invalidate(): void;
}

export function createGradingState(db: Db): GradingState {
  let model: StoredModel | null = null;
  let dictionaries: Readonly<Record<string, Dictionary>> | null = null;
  return {
    model: () => (model ??= activeModel(db)),
    dictionaries: () => (dictionaries ??= loadDictionaries(db)),
    invalidate() {
      model = null;
      dictionaries = null;
    },
  };
}
