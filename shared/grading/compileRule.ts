import { bandValueOf } from './bands';
import { compileDictionary } from './dictionaries';
import type { CompiledDictionary } from './dictionaries';
import type { GradeAttributes, TraceStatus, TraceStep, UnknownValue } from './gradeTypes';
import { isAbsent, parseNumeric } from './numbers';
import { childRules } from './rules';
import type { Rule, RuleKind, WhenRule } from './rules';

export const VALUE = 0;
export const MISSING = 1;
export const UNKNOWN = 2;
export type Status = typeof VALUE | typeof MISSING | typeof UNKNOWN;

const STATUS_NAMES: readonly TraceStatus[] = ['value', 'missing', 'unknown'];

/**
 * Scratch space shared by every evaluation of one compiled model. Rules return a status and
 * leave their output here instead of allocating a result object per rule per client.
 */
export interface EvalState {
  value: string;
  /** The attribute that decided `value`, so a rejected value can be reported against it. */
  attribute: string;
  /** Only the first missingCount / unknownCount entries count: resetting a counter is cheaper than truncating. */
  missing: string[];
  missingCount: number;
  unknown: UnknownValue[];
  unknownCount: number;
  trace: TraceStep[] | null;
  axis: string;
}

export type Evaluator = (attrs: GradeAttributes, s: EvalState) => Status;
export type DictionaryResolver = (id: string) => CompiledDictionary;

function record(
  s: EvalState,
  path: string,
  kind: RuleKind,
  inputs: TraceStep['inputs'],
  status: Status,
  extra?: Pick<TraceStep, 'dictionary' | 'score' | 'branch'>,
): void {
  s.trace?.push({ axis: s.axis, path, kind, inputs, ...extra, status: STATUS_NAMES[status] ?? 'unknown', value: status === VALUE ? s.value : null });
}

export function addMissing(s: EvalState, attribute: string): void {
  s.missing[s.missingCount++] = attribute;
}

export function addUnknown(s: EvalState, attribute: string, value: string | number): void {
  s.unknown[s.unknownCount++] = { attribute, value };
}

function reportable(raw: string | number): string | number {
  return typeof raw === 'number' && !Number.isFinite(raw) ? String(raw) : raw;
}

/** A rule as a closure over precomputed maps; `path` is the rule's readable name for traces. */
export function compileRule(rule: Rule, path: string, resolve: DictionaryResolver): Evaluator {
  const children = childRules(rule).map((child) => compileRule(child.rule, path + child.suffix, resolve));
  switch (rule.kind) {
    case 'entered': {
      const dict = resolve(rule.dictionary);
      const { attribute, dictionary } = rule;
      return (attrs, s) => {
        const raw = attrs[attribute];
        let status: Status;
        if (raw === null || raw === undefined) status = MISSING;
        else {
          const value = typeof raw === 'number' && !Number.isFinite(raw) ? null : dict.resolve(String(raw));
          if (value === '') status = MISSING;
          else if (value === null) {
            addUnknown(s, attribute, reportable(raw));
            status = UNKNOWN;
          } else {
            s.value = value;
            s.attribute = attribute;
            status = VALUE;
          }
        }
        if (status === MISSING) addMissing(s, attribute);
        if (s.trace) record(s, path, 'entered', { [attribute]: raw ?? null }, status, { dictionary });
        return status;
      };
    }
    case 'thresholds': {
      const { attribute, bands } = rule;
      return (attrs, s) => {
        const raw = attrs[attribute];
        let status: Status;
        if (isAbsent(raw)) {
          addMissing(s, attribute);
          status = MISSING;
        } else {
          const n = parseNumeric(raw);
          const value = n === undefined ? undefined : bandValueOf(bands, n);
          if (value === undefined) {
            addUnknown(s, attribute, n ?? reportable(raw));
            status = UNKNOWN;
          } else {
            s.value = value;
            s.attribute = attribute;
            status = VALUE;
          }
        }
        if (s.trace) record(s, path, 'thresholds', { [attribute]: raw ?? null }, status);
        return status;
      };
    }
    case 'compare': {
      const { left, right } = rule;
      return (attrs, s) => {
        const lraw = attrs[left];
        const rraw = attrs[right];
        let status: Status = VALUE;
        if (isAbsent(lraw)) {
          addMissing(s, left);
          if (isAbsent(rraw)) addMissing(s, right);
          status = MISSING;
        } else {
          const l = parseNumeric(lraw);
          if (l === undefined) {
            addUnknown(s, left, reportable(lraw));
            status = UNKNOWN;
          } else if (l === 0) {
            // Nothing of ours is used: the competitor's volume does not matter.
            s.value = rule.valueIfZero;
          } else if (isAbsent(rraw)) {
            addMissing(s, right);
            status = MISSING;
          } else {
            const r = parseNumeric(rraw);
            if (r === undefined) {
              addUnknown(s, right, reportable(rraw));
              status = UNKNOWN;
            } else s.value = l >= r ? rule.valueIfGreaterOrEqual : rule.valueIfLess;
          }
        }
        if (status === VALUE) s.attribute = left;
        if (s.trace) record(s, path, 'compare', { [left]: lraw ?? null, [right]: rraw ?? null }, status);
        return status;
      };
    }
    case 'lookup': {
      const source = children[0];
      const table = new Map(Object.entries(rule.table));
      if (!source) throw new Error(`lookup at ${path} has no source`);
      return (attrs, s) => {
        let status = source(attrs, s);
        const category = status === VALUE ? s.value : null;
        if (category !== null) {
          const value = table.get(category);
          if (value === undefined) {
            addUnknown(s, s.attribute, category);
            status = UNKNOWN;
          } else s.value = value;
        }
        if (s.trace) record(s, path, 'lookup', { category }, status);
        return status;
      };
    }
    case 'scoreTable': {
      const [rows, columns] = children;
      if (!rows || !columns) throw new Error(`scoreTable at ${path} needs rows and columns`);
      const scores = new Map(Object.entries(rule.scores).map(([row, byColumn]) => [row, new Map(Object.entries(byColumn))]));
      const { bands } = rule;
      return (attrs, s) => {
        const rowStatus = rows(attrs, s);
        const row = rowStatus === VALUE ? s.value : null;
        const rowAttribute = s.attribute;
        const columnStatus = columns(attrs, s);
        const column = columnStatus === VALUE ? s.value : null;
        let status: Status = rowStatus === UNKNOWN || columnStatus === UNKNOWN ? UNKNOWN : rowStatus === MISSING || columnStatus === MISSING ? MISSING : VALUE;
        let score: number | undefined;
        if (row !== null && column !== null) {
          const byColumn = scores.get(row);
          score = byColumn?.get(column);
          const value = score === undefined ? undefined : bandValueOf(bands, score);
          if (byColumn === undefined) addUnknown(s, rowAttribute, row);
          else if (score === undefined) addUnknown(s, s.attribute, column);
          else if (value === undefined) addUnknown(s, 'score', score);
          if (value === undefined) status = UNKNOWN;
          else {
            s.value = value;
            s.attribute = rowAttribute;
          }
        }
        if (s.trace) record(s, path, 'scoreTable', { row, column }, status, score === undefined ? undefined : { score });
        return status;
      };
    }
    case 'firstOf':
      return (attrs, s) => {
        const missingBefore = s.missingCount;
        let status: Status = MISSING;
        for (let i = 0; i < children.length; i++) {
          status = (children[i] as Evaluator)(attrs, s);
          // Absent inputs fall through to the next rule; an unknown value stops here so it is reported.
          if (status !== MISSING) break;
        }
        // Once a value or an unknown decides the outcome, the skipped alternatives are not "missing".
        if (status !== MISSING) s.missingCount = missingBefore;
        if (s.trace) record(s, path, 'firstOf', {}, status);
        return status;
      };
    case 'maxOf': {
      const rank = new Map(rule.order.map((value, i) => [value, i] as const));
      const keys = rule.rules.map((_, i) => `rules[${i}]`);
      return (attrs, s) => {
        const missingBefore = s.missingCount;
        const unknownBefore = s.unknownCount;
        const inputs: TraceStep['inputs'] | null = s.trace ? {} : null;
        let best = -1;
        let bestAttribute = '';
        let sawUnknown = false;
        for (let i = 0; i < children.length; i++) {
          const childStatus = (children[i] as Evaluator)(attrs, s);
          if (inputs) inputs[keys[i] ?? i] = childStatus === VALUE ? s.value : null;
          if (childStatus === UNKNOWN) sawUnknown = true;
          if (childStatus !== VALUE) continue;
          const r = rank.get(s.value);
          if (r === undefined) {
            addUnknown(s, s.attribute, s.value);
            sawUnknown = true;
          } else if (best === -1 || r < best) {
            best = r;
            bestAttribute = s.attribute;
          }
        }
        // Absent inputs are skipped; an unknown one only matters if it could still beat the best.
        const status: Status = best === -1 ? (sawUnknown ? UNKNOWN : MISSING) : sawUnknown && best !== 0 ? UNKNOWN : VALUE;
        if (status !== MISSING) s.missingCount = missingBefore;
        if (status === VALUE) {
          s.value = rule.order[best] ?? '';
          s.attribute = bestAttribute;
          s.unknownCount = unknownBefore;
        }
        if (inputs) record(s, path, 'maxOf', inputs, status);
        return status;
      };
    }
    case 'when':
      return compileWhen(rule, path, children, resolve);
  }
}

function compileWhen(rule: WhenRule, path: string, children: Evaluator[], resolve: DictionaryResolver): Evaluator {
  const { attribute, dictionary } = rule;
  // Without a dictionary the case values themselves are the word list, so '  r ' matches 'R'.
  const words: CompiledDictionary =
    dictionary === undefined
      ? compileDictionary({
          id: `${path}.cases`,
          name: { 'zh-CN': path, en: path },
          entries: rule.cases.flatMap((c) => c.equals.map((value) => ({ match: value, value }))),
        })
      : resolve(dictionary);
  // First case wins when a value is listed twice (validation reports that).
  const caseOf = new Map<string, number>();
  rule.cases.forEach((c, i) => {
    for (const value of c.equals) if (!caseOf.has(value)) caseOf.set(value, i);
  });
  const otherwise = rule.otherwise ? children[rule.cases.length] : undefined;
  const branches = rule.cases.map((_, i) => `cases[${i}]`);
  const extra = dictionary === undefined ? undefined : { dictionary };
  return (attrs, s) => {
    const raw = attrs[attribute];
    let status: Status;
    let branch = -1;
    // NaN / Infinity is a broken entry, never a branch value.
    const broken = typeof raw === 'number' && !Number.isFinite(raw);
    const value = raw === null || raw === undefined || broken ? null : words.resolve(String(raw));
    if (raw === null || raw === undefined || value === '') {
      addMissing(s, attribute);
      status = MISSING;
    } else {
      branch = value === null ? -1 : (caseOf.get(value) ?? -1);
      // A word the dictionary does not know is reported, never routed to `otherwise`.
      const routable = !broken && (value !== null || dictionary === undefined);
      const evaluator = branch >= 0 ? children[branch] : routable ? otherwise : undefined;
      if (evaluator) status = evaluator(attrs, s);
      else {
        addUnknown(s, attribute, reportable(raw));
        status = UNKNOWN;
      }
      if (branch < 0 && evaluator) branch = rule.cases.length;
    }
    if (s.trace) {
      const taken = branch < 0 ? undefined : (branches[branch] ?? 'otherwise');
      record(s, path, 'when', { [attribute]: raw ?? null }, status, taken === undefined ? extra : { ...extra, branch: taken });
    }
    return status;
  };
}
