import type { Db } from '../../electron/core/db/connection';
import { readGradingInputs } from '../../electron/core/db/repos/clientsRepo';

/**
 * The baseline a regrade is judged against: a regrade's own statements (read every client's
 * inputs and the model's stored grades, then upsert every row) without any grading. Each call
 * writes another cell so SQLite really rewrites the rows.
 */
export function upsertBaseline(db: Db, modelId: string): () => void {
  const upsert = db.prepare(
    `INSERT INTO grades (model_id, client_id, cell, problems) VALUES (?, ?, ?, ?)
     ON CONFLICT(model_id, client_id) DO UPDATE SET cell = excluded.cell, problems = excluded.problems`,
  );
  const stored = db.prepare('SELECT client_id, cell, problems FROM grades WHERE model_id = ?').raw();
  let cell = 'A1';
  return () => {
    const rows = readGradingInputs(db);
    stored.all(modelId);
    cell = cell === 'A1' ? 'A2' : 'A1';
    db.transaction(() => {
      for (const row of rows) upsert.run(modelId, row.id, cell, null);
    })();
  };
}
