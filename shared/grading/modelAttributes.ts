import type { ModelDefinition } from './modelShape';
import { attributesOfRule } from './rules';

/** Every client attribute the model reads, e.g. for import column mapping or "what is missing" hints. */
export function attributesOfModel(model: ModelDefinition): string[] {
  const into: string[] = [];
  for (const axis of model.axes) attributesOfRule(axis.rule, into);
  return into;
}
