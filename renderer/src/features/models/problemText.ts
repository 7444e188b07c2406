import type { ModelProblemDto } from '../../../../shared/contract';
import { MODEL_PROBLEM_MESSAGES, type ModelDefinition } from '../../../../shared/grading';
import { interpolate } from '../../../../shared/i18n/interpolate';
import type { Locale } from '../../../../shared/i18n/locales';
import type { Path } from './definitionEdit';

/** Words for the parts of a rule path ('potential.rows.rules[1]'), in the user's language. */
export interface WhereWords {
  rows: string;
  columns: string;
  source: string;
  otherwise: string;
  /** 1-based */
  rule: (n: number) => string;
  /** 1-based */
  case: (n: number) => string;
}

const SEPARATOR = ' › ';

/**
 * 'potential.rows.rules[1]' → '客户潜力 › 行分类 › 第 2 条规则'. The first part is the axis id,
 * shown by its name; parts this function does not know stay as they are.
 */
export function whereText(where: string, def: ModelDefinition, locale: Locale, words: WhereWords): string {
  const [axisId = '', ...parts] = where.split('.');
  const axis = def.axes.find((a) => a.id === axisId);
  const out = [axis ? axis.name[locale] : axisId];
  for (const part of parts) {
    const indexed = /^(rules|cases)\[(\d+)\]$/.exec(part);
    if (indexed) out.push((indexed[1] === 'rules' ? words.rule : words.case)(Number(indexed[2]) + 1));
    else if (part === 'rows' || part === 'columns' || part === 'source' || part === 'otherwise') out.push(words[part]);
    else out.push(part);
  }
  return out.join(SEPARATOR);
}

/** A problem in the user's language, with its place named the way the editor shows it. */
export function problemText(problem: ModelProblemDto, def: ModelDefinition, locale: Locale, words: WhereWords): string {
  const template = (MODEL_PROBLEM_MESSAGES as Record<string, Record<Locale, string> | undefined>)[problem.code];
  if (!template) return problem.message[locale];
  const params = { ...problem.params };
  if (typeof params.where === 'string') params.where = whereText(params.where, def, locale, words);
  return interpolate(template[locale], params);
}

/** The problems at `path` or inside it (problem paths are dot-joined: 'axes.0.rule.bands'). */
export function problemsUnder(problems: readonly ModelProblemDto[], path: Path, exact = false): ModelProblemDto[] {
  const prefix = path.join('.');
  return problems.filter((p) => p.path === prefix || (!exact && p.path.startsWith(`${prefix}.`)));
}
