import { z } from 'zod';

/**
 * Grading rules are plain data (never code strings) so users can edit models safely.
 * Each rule reads client attributes and yields one category string.
 */

/** A numeric range; null ends are unbounded (the inclusive flag is then ignored). */
export interface Band {
  min: number | null;
  max: number | null;
  minInclusive: boolean;
  maxInclusive: boolean;
  value: string;
}

/** An enum attribute normalised through a named dictionary. */
export interface EnteredRule {
  kind: 'entered';
  attribute: string;
  dictionary: string;
}

/** A category from a sub-rule (e.g. an `entered` rule) mapped through a table. */
export interface LookupRule {
  kind: 'lookup';
  source: Rule;
  table: Record<string, string>;
}

/** A numeric attribute placed into bands. */
export interface ThresholdsRule {
  kind: 'thresholds';
  attribute: string;
  bands: Band[];
}

/** left == 0 → valueIfZero; left >= right → valueIfGreaterOrEqual; else valueIfLess. */
export interface CompareRule {
  kind: 'compare';
  left: string;
  right: string;
  valueIfZero: string;
  valueIfGreaterOrEqual: string;
  valueIfLess: string;
}

/** Two categories give a score from the matrix scores[row][column]; the score is banded. */
export interface ScoreTableRule {
  kind: 'scoreTable';
  rows: Rule;
  columns: Rule;
  scores: Record<string, Record<string, number>>;
  bands: Band[];
}

/** The first sub-rule whose inputs are present. */
export interface FirstOfRule {
  kind: 'firstOf';
  rules: Rule[];
}

/** The best value of the sub-rules, `order` listing values best-first. */
export interface MaxOfRule {
  kind: 'maxOf';
  order: string[];
  rules: Rule[];
}

/** One branch of a `when` rule: applies when the branch value is one of `equals`. */
export interface WhenCase {
  equals: string[];
  rule: Rule;
}

/**
 * A rule that depends on another attribute, e.g. gross margin only counts for retained clients:
 * the branch attribute (through `dictionary` when given, else compared as normalised text) picks
 * the first case listing its value, else `otherwise`. A blank branch attribute is missing; a
 * value no case lists with no `otherwise` (or a word the dictionary does not know) is unknown.
 */
export interface WhenRule {
  kind: 'when';
  attribute: string;
  dictionary?: string;
  cases: WhenCase[];
  otherwise?: Rule;
}

export type Rule = EnteredRule | LookupRule | ThresholdsRule | CompareRule | ScoreTableRule | FirstOfRule | MaxOfRule | WhenRule;
export type RuleKind = Rule['kind'];

const Name = z.string().min(1).max(200);
const Category = z.string().min(1).max(200);

export const BandSchema = z.object({
  min: z.number().finite().nullable(),
  max: z.number().finite().nullable(),
  minInclusive: z.boolean(),
  maxInclusive: z.boolean(),
  value: Category,
});

export const RuleSchema: z.ZodType<Rule> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('entered'), attribute: Name, dictionary: Name }),
    z.object({ kind: z.literal('lookup'), source: RuleSchema, table: z.record(Category, Category) }),
    z.object({ kind: z.literal('thresholds'), attribute: Name, bands: z.array(BandSchema).min(1) }),
    z.object({
      kind: z.literal('compare'),
      left: Name,
      right: Name,
      valueIfZero: Category,
      valueIfGreaterOrEqual: Category,
      valueIfLess: Category,
    }),
    z.object({
      kind: z.literal('scoreTable'),
      rows: RuleSchema,
      columns: RuleSchema,
      scores: z.record(Category, z.record(Category, z.number().finite())),
      bands: z.array(BandSchema).min(1),
    }),
    z.object({ kind: z.literal('firstOf'), rules: z.array(RuleSchema).min(1) }),
    z.object({ kind: z.literal('maxOf'), order: z.array(Category).min(1), rules: z.array(RuleSchema).min(1) }),
    z.object({
      kind: z.literal('when'),
      attribute: Name,
      dictionary: Name.optional(),
      cases: z.array(z.object({ equals: z.array(Category).min(1), rule: RuleSchema })).min(1),
      otherwise: RuleSchema.optional(),
    }),
  ]),
);

export interface ChildRule {
  rule: Rule;
  /** Zod path from the parent rule to the child. */
  key: (string | number)[];
  /** Suffix of the readable path ('potential.rows.rules[1]') used in problems and traces. */
  suffix: string;
}

/** The direct sub-rules of a rule, in evaluation order. */
export function childRules(rule: Rule): ChildRule[] {
  switch (rule.kind) {
    case 'lookup':
      return [{ rule: rule.source, key: ['source'], suffix: '.source' }];
    case 'scoreTable':
      return [
        { rule: rule.rows, key: ['rows'], suffix: '.rows' },
        { rule: rule.columns, key: ['columns'], suffix: '.columns' },
      ];
    case 'firstOf':
    case 'maxOf':
      return rule.rules.map((sub, i) => ({ rule: sub, key: ['rules', i], suffix: `.rules[${i}]` }));
    case 'when': {
      const cases: ChildRule[] = rule.cases.map((c, i) => ({ rule: c.rule, key: ['cases', i, 'rule'], suffix: `.cases[${i}]` }));
      return rule.otherwise ? [...cases, { rule: rule.otherwise, key: ['otherwise'], suffix: '.otherwise' }] : cases;
    }
    default:
      return [];
  }
}

/** Every attribute a rule reads, in first-use order. */
export function attributesOfRule(rule: Rule, into: string[] = []): string[] {
  const add = (name: string): void => {
    if (!into.includes(name)) into.push(name);
  };
  if (rule.kind === 'entered' || rule.kind === 'thresholds' || rule.kind === 'when') add(rule.attribute);
  if (rule.kind === 'compare') {
    add(rule.left);
    add(rule.right);
  }
  for (const child of childRules(rule)) attributesOfRule(child.rule, into);
  return into;
}
