import { DEFAULT_DICTIONARIES } from '../models/defaultDictionaries';
import { addUnknown, compileRule, VALUE } from './compileRule';
import type { EvalState, Evaluator } from './compileRule';
import { compileDictionary } from './dictionaries';
import type { CompiledDictionary, Dictionary } from './dictionaries';
import type { GradeAttributes, GradeFailure, GradeResult, GradeSuccess, TraceStep, UnknownValue } from './gradeTypes';
import type { ModelDefinition } from './modelShape';

export interface CompiledModel {
  readonly model: ModelDefinition;
  /** Grades one client; without a trace, successful results are shared frozen objects. */
  grade(attrs: GradeAttributes, withTrace: boolean): GradeResult;
}

const NO_TRACE: readonly TraceStep[] = Object.freeze([]);

interface CompiledAxis {
  id: string;
  evaluate: Evaluator;
  index: ReadonlyMap<string, number>;
  stride: number;
}

/**
 * Turns a (validated) model into closures and lookup tables once, so grading a client does
 * no parsing and allocates little more than its result. Dictionaries resolve from the
 * given ones, then the model's own, then the built-in defaults.
 */
export function compileModel(model: ModelDefinition, dictionaries: Readonly<Record<string, Dictionary>> = {}): CompiledModel {
  const own = Object.fromEntries((model.dictionaries ?? []).map((d) => [d.id, d]));
  const available: Record<string, Dictionary> = { ...DEFAULT_DICTIONARIES, ...own, ...dictionaries };
  const resolve = (id: string): CompiledDictionary => {
    const dict = available[id];
    if (!dict) throw new Error(`Model "${model.id}" refers to dictionary "${id}", which is not available`);
    return compileDictionary(dict);
  };

  // Cells live in a flat table indexed by the axis value positions (row-major in axis order).
  let stride = 1;
  const axes: CompiledAxis[] = [];
  for (let i = model.axes.length - 1; i >= 0; i--) {
    const axis = model.axes[i];
    if (!axis) continue;
    axes.unshift({
      id: axis.id,
      evaluate: compileRule(axis.rule, axis.id, resolve),
      index: new Map(axis.values.map((v, j) => [v.value, j] as const)),
      stride,
    });
    stride *= axis.values.length;
  }
  const successes: (GradeSuccess | undefined)[] = new Array<GradeSuccess | undefined>(stride);
  for (const cell of model.cells) {
    let at = 0;
    for (const axis of axes) at += (axis.index.get(cell.axisValues[axis.id] ?? '') ?? NaN) * axis.stride;
    if (Number.isInteger(at)) {
      successes[at] = Object.freeze({ ok: true, cell: cell.code, axisValues: Object.freeze({ ...cell.axisValues }), trace: NO_TRACE });
    }
  }

  const s: EvalState = { value: '', attribute: '', missing: [], missingCount: 0, unknown: [], unknownCount: 0, trace: null, axis: '' };

  function grade(attrs: GradeAttributes, withTrace: boolean): GradeResult {
    s.missingCount = 0;
    s.unknownCount = 0;
    s.trace = withTrace ? [] : null;
    let at = 0;
    let failed = false;
    for (const axis of axes) {
      s.axis = axis.id;
      const status = axis.evaluate(attrs, s);
      if (status !== VALUE) {
        failed = true;
        continue;
      }
      const position = axis.index.get(s.value);
      if (position === undefined) {
        // Only reachable when a user-edited dictionary yields a category the axis lacks.
        addUnknown(s, s.attribute, s.value);
        failed = true;
      } else at += position * axis.stride;
    }
    const success = failed ? undefined : successes[at];
    if (!failed && !success) {
      // Only an unvalidated model lacks a cell for a combination; say which one.
      addUnknown(s, 'cell', axes.map((axis) => `${axis.id}=${valueAt(axis, at)}`).join(', '));
    }
    const trace = s.trace ?? NO_TRACE;
    s.trace = null;
    if (success) return withTrace ? { ok: true, cell: success.cell, axisValues: success.axisValues, trace } : success;
    return failure(trace);
  }

  function valueAt(axis: CompiledAxis, at: number): string {
    const position = Math.floor(at / axis.stride) % axis.index.size;
    for (const [value, i] of axis.index) if (i === position) return value;
    return '';
  }

  function failure(trace: readonly TraceStep[]): GradeFailure {
    // Lists are a handful long: linear de-duplication beats building Sets.
    const missing: string[] = [];
    for (let i = 0; i < s.missingCount; i++) {
      const name = s.missing[i];
      if (name !== undefined && !missing.includes(name)) missing.push(name);
    }
    const unknown: UnknownValue[] = [];
    for (let i = 0; i < s.unknownCount; i++) {
      const item = s.unknown[i];
      if (item && !unknown.some((u) => u.attribute === item.attribute && u.value === item.value)) unknown.push(item);
    }
    return { ok: false, missing, unknown, trace };
  }

  return { model, grade };
}
