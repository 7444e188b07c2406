import { enteredAttributesOfModel } from '../grading/modelAttributes';
import { isBuiltinAttribute, type ModelInput } from '../grading/modelInputs';
import type { ModelDefinition } from '../grading/modelShape';
import { childRules, type Rule } from '../grading/rules';
import { BUILTIN_INPUTS } from './builtinInputs';
import { BUILTIN_MODELS } from './builtinModels';

/**
 * A model's inputs as the app uses them. A definition stored before models declared them (a
 * copy made from a preset of an older version, a model pasted as JSON; stored built-in presets
 * themselves are replaced at start-up, ensureBuiltinModels) still gets its columns
 * (vocabularyOfModel does the same for its words): the preset of the same id, then the
 * built-in fields and the inputs the presets declare for the same attribute, then a plain
 * input of the kind the rules read (a word through a dictionary, a number, text).
 */

const presetOf = (id: string): ModelDefinition | undefined => BUILTIN_MODELS.find((model) => model.id === id);

/** Inputs the presets declare, by attribute (first preset wins). */
let catalogue: Map<string, ModelInput> | null = null;
function presetInput(attribute: string): ModelInput | undefined {
  catalogue ??= new Map(BUILTIN_MODELS.flatMap((model) => model.inputs ?? []).reverse().map((input) => [input.attribute, input]));
  return catalogue.get(attribute);
}

function firstUse(rule: Rule, attribute: string): Rule | undefined {
  if ((rule.kind === 'entered' || rule.kind === 'thresholds' || rule.kind === 'when') && rule.attribute === attribute) return rule;
  if (rule.kind === 'compare' && (rule.left === attribute || rule.right === attribute)) return rule;
  for (const child of childRules(rule)) {
    const found = firstUse(child.rule, attribute);
    if (found) return found;
  }
  return undefined;
}

/** An input for an attribute nothing declares, of the kind the model's rules read it as. */
function derivedInput(model: ModelDefinition, attribute: string): ModelInput {
  const label = { 'zh-CN': attribute, en: attribute };
  const use = model.axes.map((axis) => firstUse(axis.rule, attribute)).find((rule) => rule !== undefined);
  if (use?.kind === 'entered') return { attribute, label, type: 'choice', dictionary: use.dictionary };
  if (use?.kind === 'when' && use.dictionary !== undefined) return { attribute, label, type: 'choice', dictionary: use.dictionary };
  if (use?.kind === 'thresholds' || use?.kind === 'compare' || model.rankings?.some((r) => r.attribute === attribute)) return { attribute, label, type: 'number' };
  return { attribute, label, type: 'text' };
}

/** What the user enters for the model: its declared inputs first, then any attribute it reads that none declares. */
export function inputsOfModel(model: ModelDefinition): ModelInput[] {
  const declared = model.inputs ?? presetOf(model.id)?.inputs ?? [];
  const inputs = [...declared];
  for (const attribute of enteredAttributesOfModel(model)) {
    if (inputs.some((input) => input.attribute === attribute)) continue;
    inputs.push(isBuiltinAttribute(attribute) ? BUILTIN_INPUTS[attribute] : (presetInput(attribute) ?? derivedInput(model, attribute)));
  }
  return inputs;
}

/** The inputs kept in the client's attributes (not built-in fields): the grid's, import's and export's own columns. */
export function attributeInputsOfModel(model: ModelDefinition): ModelInput[] {
  return inputsOfModel(model).filter((input) => !isBuiltinAttribute(input.attribute));
}

/**
 * Whether the model speaks of a monthly volume (it declares or reads `volumeOurs`, as the pharma
 * presets do): only then do the board's cards, cells and totals show one. No model declares
 * another "key number" for a card, and guessing one (the first number input) would show a
 * staff member's rating as if it were a volume, so a model without a volume shows none.
 */
export function modelHasVolume(model: ModelDefinition): boolean {
  return inputsOfModel(model).some((input) => input.attribute === 'volumeOurs');
}
