import { compileModel } from './compileModel';
import type { CompiledModel } from './compileModel';
import type { Dictionary } from './dictionaries';
import type { GradeAttributes, GradeResult } from './gradeTypes';
import type { ModelDefinition } from './modelShape';

export type { GradeAttributes, GradeFailure, GradeResult, GradeSuccess, TraceStatus, TraceStep, UnknownValue } from './gradeTypes';
export type { CompiledModel } from './compileModel';
export { compileModel } from './compileModel';

type Dictionaries = Readonly<Record<string, Dictionary>>;

// Models and dictionaries are treated as immutable values: an edit makes a new object.
const compiled = new WeakMap<ModelDefinition, { dictionaries: Dictionaries; model: CompiledModel }>();

function compiledFor(model: ModelDefinition, dictionaries: Dictionaries): CompiledModel {
  const hit = compiled.get(model);
  if (hit && hit.dictionaries === dictionaries) return hit.model;
  const fresh = compileModel(model, dictionaries);
  compiled.set(model, { dictionaries, model: fresh });
  return fresh;
}

/** One client's grade with a trace that explains it. */
export function gradeClient(model: ModelDefinition, dictionaries: Dictionaries, attrs: GradeAttributes): GradeResult {
  return compiledFor(model, dictionaries).grade(attrs, true);
}

export interface GradeAllOptions {
  /** Traces cost an allocation per rule; off by default for bulk regrading. */
  trace?: boolean;
}

/** Grades many clients with one compiled model; results are in input order. */
export function gradeAll(
  model: ModelDefinition,
  dictionaries: Dictionaries,
  clients: readonly GradeAttributes[],
  options: GradeAllOptions = {},
): GradeResult[] {
  const compiledModel = compiledFor(model, dictionaries);
  const withTrace = options.trace ?? false;
  const results = new Array<GradeResult>(clients.length);
  for (let i = 0; i < clients.length; i++) results[i] = compiledModel.grade(clients[i] ?? {}, withTrace);
  return results;
}
