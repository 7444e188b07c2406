import { gradeAll, type Dictionary, type GradeResult, type ModelDefinition } from '../../../shared/grading';
import type { Db } from '../db/connection';
import { recordGradeChanges, type GradeChange } from '../db/repos/changeLogRepo';
import { readGradingInputs } from '../db/repos/clientsRepo';
import { gradeWriter, storedGrades } from '../db/repos/gradesRepo';

export interface RegradeResult {
  graded: number;
  ungraded: number;
  changed: number;
}

function problemsOf(result: GradeResult): string | null {
  return result.ok ? null : JSON.stringify({ missing: result.missing, unknown: result.unknown });
}

/**
 * Recomputes the formula's cell of every client for one model and writes only what
 * changed, in one transaction. Overrides are separate rows and are never touched here.
 * With a change id, every client whose formula cell moved is added to that change's history;
 * with client ids, only those clients are regraded (after an edit).
 */
export function regradeAll(
  db: Db,
  model: ModelDefinition,
  dictionaries: Readonly<Record<string, Dictionary>>,
  options: { changeId?: number | null; clientIds?: readonly number[] } = {},
): RegradeResult {
  const inputs = readGradingInputs(db, options.clientIds);
  const results = gradeAll(model, dictionaries, inputs.map((input) => input.attrs));
  const existing = new Map(storedGrades(db, model.id, options.clientIds).map((row) => [row[0], row]));
  const write = gradeWriter(db);
  const moved: GradeChange[] = [];
  let graded = 0;
  let changed = 0;
  db.transaction(() => {
    for (let i = 0; i < inputs.length; i++) {
      const id = inputs[i]!.id;
      const result = results[i]!;
      const cell = result.ok ? result.cell : null;
      const problems = problemsOf(result);
      if (result.ok) graded++;
      const before = existing.get(id);
      if (before && before[1] === cell && before[2] === problems) continue;
      changed++;
      write(model.id, id, cell, problems);
      if (options.changeId != null && before && before[1] !== cell) moved.push({ modelId: model.id, clientId: id, kind: 'formula', from: before[1], to: cell });
    }
    if (options.changeId != null) recordGradeChanges(db, options.changeId, moved);
  })();
  return { graded, ungraded: inputs.length - graded, changed };
}
