import type { RuleKind } from './rules';

/** What the core passes per client: hospitalClass, hospitalRevenueWan, title, behaviour … plus free keys. */
export type GradeAttributes = Readonly<Record<string, string | number | null | undefined>>;

export type TraceStatus = 'value' | 'missing' | 'unknown';

/**
 * One rule evaluation, children before their parent. `path` names the rule in the model
 * ('potential', 'potential.rows', 'potential.rows.rules[1]'), so the UI can rebuild the tree.
 * `inputs` holds raw attribute values for leaf rules and the categories or score a
 * composite rule combined.
 */
export interface TraceStep {
  axis: string;
  path: string;
  kind: RuleKind;
  inputs: Record<string, string | number | null>;
  dictionary?: string;
  score?: number;
  /** For a `when` rule: the branch taken ('cases[0]' … or 'otherwise'). */
  branch?: string;
  status: TraceStatus;
  value: string | null;
}

export interface UnknownValue {
  attribute: string;
  value: string | number;
}

export interface GradeSuccess {
  readonly ok: true;
  readonly cell: string;
  readonly axisValues: Readonly<Record<string, string>>;
  readonly trace: readonly TraceStep[];
}

export interface GradeFailure {
  readonly ok: false;
  /** Attributes that must be entered before the client can be graded. */
  readonly missing: readonly string[];
  /** Entered values no dictionary, band or table knows; never graded as the lowest class. */
  readonly unknown: readonly UnknownValue[];
  readonly trace: readonly TraceStep[];
}

export type GradeResult = GradeSuccess | GradeFailure;
