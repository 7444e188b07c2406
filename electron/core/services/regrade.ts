import { gradeAll, type Dictionary, type ModelDefinition } from '../../../shared/grading';
import type { Db } from '../db/connection';
import { readGradingInputs } from '../db/repos/clientsRepo';

export interface RegradeResult {
  graded: number;
  ungraded: number;
  changed: number;
}

/**
 * Recomputes the formula's cell of every client for one model and writes only what
 * changed, in one transaction. Overrides are separate rows and are never touched here.
 */
export function regradeAll(
  db: Db,
  model: ModelDefinition,
  dictionaries: Readonly<Record<string, Dictionary>>,
  now: string,
): RegradeResult {
  const inputs = readGradingInputs(db);
  const existing = new Map<number, string>();
  for (const row of db.prepare('SELECT client_id, cell, problems FROM grades WHERE model_id = ? AND model_version = ?').iterate(model.id, model.version) as IterableIterator<{ client_id: number; cell: string | null; problems: string | null }>) {
    existing.set(row.client_id, `${row.cell ?? ''}|${row.problems ?? ''}`);
  }
  const upsert = db.prepare(
    `INSERT INTO grades (client_id, model_id, model_version, cell, axis_values, problems, graded_at)
     VALUES (@clientId, @modelId, @version, @cell, @axisValues, @problems, @now)
     ON CONFLICT(client_id, model_id) DO UPDATE SET model_version = excluded.model_version, cell = excluded.cell,
       axis_values = excluded.axis_values, problems = excluded.problems, graded_at = excluded.graded_at`,
  );
  let graded = 0;
  let changed = 0;
  const results = gradeAll(model, dictionaries, inputs.map((input) => input.attrs));
  db.transaction(() => {
    inputs.forEach(({ id }, index) => {
      const result = results[index]!;
      const cell = result.ok ? result.cell : null;
      const problems = result.ok ? null : JSON.stringify({ missing: result.missing, unknown: result.unknown });
      if (result.ok) graded++;
      if (existing.get(id) === `${cell ?? ''}|${problems ?? ''}`) return;
      changed++;
      upsert.run({
        clientId: id,
        modelId: model.id,
        version: model.version,
        cell,
        axisValues: JSON.stringify(result.ok ? result.axisValues : {}),
        problems,
        now,
      });
    });
  })();
  return { graded, ungraded: inputs.length - graded, changed };
}
