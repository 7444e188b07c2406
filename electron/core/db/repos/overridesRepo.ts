import type { Db } from '../connection';

export interface OverrideNote {
  cell: string;
  reason: string;
  modelVersion: number;
  at: string;
}

/** A client's override under a model, with its reason, model version and time. */
export function findOverrideNote(db: Db, modelId: string, clientId: number): OverrideNote | undefined {
  return db
    .prepare('SELECT cell, reason, model_version AS modelVersion, created_at AS at FROM overrides WHERE model_id = ? AND client_id = ?')
    .get(modelId, clientId) as OverrideNote | undefined;
}

export interface OverrideRow {
  client_id: number;
  model_id: string;
  cell: string;
  reason: string;
  model_version: number;
  created_at: string;
}

export interface GradeState {
  id: number;
  formula: string | null;
  override: OverrideRow | null;
}

/** The formula cell and override of each existing client under a model; missing ids are left out. */
export function gradeStates(db: Db, modelId: string, clientIds: readonly number[]): GradeState[] {
  const formula = db.prepare('SELECT cell FROM grades WHERE model_id = ? AND client_id = ?').pluck();
  const override = db.prepare('SELECT * FROM overrides WHERE model_id = ? AND client_id = ?');
  const exists = db.prepare('SELECT 1 FROM clients WHERE id = ?').pluck();
  return clientIds
    .filter((id) => exists.get(id) !== undefined)
    .map((id) => ({
      id,
      formula: (formula.get(modelId, id) as string | null | undefined) ?? null,
      override: (override.get(modelId, id) as OverrideRow | undefined) ?? null,
    }));
}

export function writeOverride(db: Db, row: OverrideRow): void {
  db.prepare(
    `INSERT INTO overrides (client_id, model_id, cell, reason, model_version, created_at) VALUES (@client_id, @model_id, @cell, @reason, @model_version, @created_at)
     ON CONFLICT(client_id, model_id) DO UPDATE SET cell = excluded.cell, reason = excluded.reason,
       model_version = excluded.model_version, created_at = excluded.created_at`,
  ).run(row);
}

export function deleteOverride(db: Db, modelId: string, clientId: number): void {
  db.prepare('DELETE FROM overrides WHERE model_id = ? AND client_id = ?').run(modelId, clientId);
}
