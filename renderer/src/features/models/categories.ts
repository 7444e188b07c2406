import { dictionaryCategories, type Dictionary, type Rule, type ScoreTableRule } from '../../../../shared/grading';
import type { Locale } from '../../../../shared/i18n/locales';

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** The first dictionary a rule (or one of its sub-rules) reads, depth first. */
export function dictionaryIdOf(rule: Rule): string | null {
  switch (rule.kind) {
    case 'entered':
      return rule.dictionary;
    case 'lookup':
      return dictionaryIdOf(rule.source);
    case 'firstOf':
    case 'maxOf':
      for (const sub of rule.rules) {
        const id = dictionaryIdOf(sub);
        if (id) return id;
      }
      return null;
    default:
      return null;
  }
}

/** Dictionary values in the order the dictionary first lists them. */
export const dictionaryValues = dictionaryCategories;

/** value → the words that map to it, in the dictionary's order. */
export function wordsByValue(dictionary: Dictionary): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const entry of dictionary.entries) out.set(entry.value, [...(out.get(entry.value) ?? []), entry.match]);
  return out;
}

const CJK = /[\u3400-\u9fff]/;

/** A word to show beside a category code: the dictionary's first word in the user's script ('senior' → 主任医师 / chief physician). */
export function categoryHint(dictionary: Dictionary | undefined, value: string, locale: Locale): string | null {
  if (!dictionary) return null;
  const words = dictionary.entries.filter((entry) => entry.value === value).map((entry) => entry.match);
  const preferred = words.find((word) => (locale === 'zh-CN' ? CJK.test(word) : !CJK.test(word)));
  return preferred ?? words[0] ?? null;
}

/** The categories a rule can produce, in a meaningful order (best first where the rule says so). */
export function categoriesOf(rule: Rule, dictionaries: ReadonlyMap<string, Dictionary>): string[] {
  switch (rule.kind) {
    case 'maxOf':
      return unique([...rule.order, ...rule.rules.flatMap((sub) => categoriesOf(sub, dictionaries))]);
    case 'entered': {
      const dictionary = dictionaries.get(rule.dictionary);
      return dictionary ? dictionaryValues(dictionary) : [];
    }
    case 'thresholds':
      return unique(rule.bands.map((band) => band.value));
    case 'scoreTable':
      return unique(rule.bands.map((band) => band.value));
    case 'compare':
      return unique([rule.valueIfGreaterOrEqual, rule.valueIfLess, rule.valueIfZero]);
    case 'lookup':
      return unique(Object.values(rule.table));
    case 'firstOf':
      return unique(rule.rules.flatMap((sub) => categoriesOf(sub, dictionaries)));
    case 'when':
      return unique([...rule.cases.map((c) => c.rule), ...(rule.otherwise ? [rule.otherwise] : [])].flatMap((sub) => categoriesOf(sub, dictionaries)));
    default:
      return [];
  }
}

/**
 * Rows and columns of a score matrix: the order their rules give, then any category only the
 * scores mention. Object keys alone would put '1' before '3' (JavaScript sorts integer keys).
 */
export function matrixAxes(rule: ScoreTableRule, dictionaries: ReadonlyMap<string, Dictionary>): { rows: string[]; columns: string[] } {
  const scoreRows = Object.keys(rule.scores);
  const scoreColumns = unique(Object.values(rule.scores).flatMap((row) => Object.keys(row)));
  const rows = unique([...categoriesOf(rule.rows, dictionaries), ...scoreRows]);
  const columns = unique([...categoriesOf(rule.columns, dictionaries), ...scoreColumns]);
  return { rows, columns };
}

/** The categories a sub-rule must produce, given what its parent accepts (null when unknown). */
export function expectedOfChild(parent: Rule, childKey: readonly (string | number)[], parentExpected: string[] | null, dictionaries: ReadonlyMap<string, Dictionary>): string[] | null {
  switch (parent.kind) {
    case 'lookup':
      return Object.keys(parent.table);
    case 'scoreTable': {
      const axes = matrixAxes(parent, dictionaries);
      return childKey[0] === 'rows' ? axes.rows : axes.columns;
    }
    case 'maxOf':
      return parent.order;
    default:
      return parentExpected;
  }
}
