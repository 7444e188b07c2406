import { gradeAll, type Dictionary, type GradeResult, type ModelDefinition } from '../../../shared/grading';
import type { Db } from '../db/connection';
import { readGradingInputs } from '../db/repos/clientsRepo';

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
 */
export function regradeAll(db: Db, model: ModelDefinition, dictionaries: Readonly<Record<string, Dictionary>>): RegradeResult {
  const inputs = readGradingInputs(db);
  const results = gradeAll(model, dictionaries, inputs.map((input) => input.attrs));
  const existing = new Map<number, string>();
  const current = db.prepare('SELECT client_id, cell, problems FROM grades WHERE model_id = ?').raw().all(model.id) as [number, string | null, string | null][];
  for (const [clientId, cell, problems] of current) existing.set(clientId, `${cell ?? ''}|${problems ?? ''}`);

  const upsert = db.prepare(
    `INSERT INTO grades (model_id, client_id, cell, problems) VALUES (?, ?, ?, ?)
     ON CONFLICT(model_id, client_id) DO UPDATE SET cell = excluded.cell, problems = excluded.problems`,
  );
  let graded = 0;
  let changed = 0;
  db.transaction(() => {
    for (let i = 0; i < inputs.length; i++) {
      const id = inputs[i]!.id;
      const result = results[i]!;
      const cell = result.ok ? result.cell : null;
      const problems = problemsOf(result);
      if (result.ok) graded++;
      if (existing.get(id) === `${cell ?? ''}|${problems ?? ''}`) continue;
      changed++;
      upsert.run(model.id, id, cell, problems);
    }
  })();
  return { graded, ungraded: inputs.length - graded, changed };
}
