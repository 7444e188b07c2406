import type { ModelDefinition } from './modelShape';
import { rankingAttributesOfModel } from './ranking';
import { attributesOfRule } from './rules';

/** Every client attribute the model reads, e.g. for import column mapping or "what is missing" hints. */
export function attributesOfModel(model: ModelDefinition): string[] {
  const into: string[] = [];
  for (const axis of model.axes) attributesOfRule(axis.rule, into);
  return into;
}

/**
 * Every attribute a user enters for the model: what the axes grade with, then what its
 * rankings rank by and what switches a phased cadence (a sample's arrival), in first-use order.
 */
export function enteredAttributesOfModel(model: ModelDefinition): string[] {
  const into = attributesOfModel(model);
  const add = (name: string) => {
    if (!into.includes(name)) into.push(name);
  };
  for (const name of rankingAttributesOfModel(model)) add(name);
  for (const zone of model.zones) if (zone.cadence?.kind === 'phases' && zone.cadence.switchAttribute !== undefined) add(zone.cadence.switchAttribute);
  return into;
}
