import { childRules, type Dictionary, type ModelDefinition, type Rule } from '../../../../shared/grading';

/** The dictionaries a model's rules read, in the order its axes first use them. */
export function dictionaryIdsOfModel(model: ModelDefinition): string[] {
  const ids: string[] = [];
  const visit = (rule: Rule): void => {
    const id = rule.kind === 'entered' ? rule.dictionary : rule.kind === 'when' ? rule.dictionary : undefined;
    if (id !== undefined && !ids.includes(id)) ids.push(id);
    for (const child of childRules(rule)) visit(child.rule);
  };
  for (const axis of model.axes) visit(axis.rule);
  return ids;
}

/** The list split in two: those the active model uses (in its order), then the others (as listed). */
export function groupDictionaries(dictionaries: readonly Dictionary[], usedIds: readonly string[]): { used: Dictionary[]; others: Dictionary[] } {
  const byId = new Map(dictionaries.map((d) => [d.id, d]));
  const used = usedIds.flatMap((id) => {
    const dictionary = byId.get(id);
    return dictionary ? [dictionary] : [];
  });
  return { used, others: dictionaries.filter((d) => !usedIds.includes(d.id)) };
}
