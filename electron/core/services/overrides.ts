import { AppFailure } from '../../../shared/contract';
import { recordChange, recordGradeChanges, type ChangeItem, type GradeChange } from '../changeLog/recordChange';
import type { CoreContext } from '../context';

interface OverrideRow {
  client_id: number;
  model_id: string;
  cell: string;
  reason: string;
  model_version: number;
  created_at: string;
}

interface CurrentRow {
  id: number;
  formula: string | null;
  override: OverrideRow | null;
}

/** The current formula cell and override of each client, refusing ids that do not exist. */
function currentRows(ctx: CoreContext, modelId: string, clientIds: readonly number[]): CurrentRow[] {
  const unique = [...new Set(clientIds)];
  const formula = ctx.db.prepare('SELECT cell FROM grades WHERE model_id = ? AND client_id = ?').pluck();
  const override = ctx.db.prepare('SELECT * FROM overrides WHERE model_id = ? AND client_id = ?');
  const exists = ctx.db.prepare('SELECT 1 FROM clients WHERE id = ?').pluck();
  const missing = unique.filter((id) => exists.get(id) === undefined);
  if (missing.length > 0) throw new AppFailure('clients.notFound', { count: missing.length });
  return unique.map((id) => ({
    id,
    formula: (formula.get(modelId, id) as string | null | undefined) ?? null,
    override: (override.get(modelId, id) as OverrideRow | undefined) ?? null,
  }));
}

const entityId = (modelId: string, clientId: number) => `${modelId}:${clientId}`;

/**
 * Moves clients to a cell by hand, with a reason: one command, one undo step, one
 * history entry per client whose effective cell changed.
 */
export function setOverrides(ctx: CoreContext, clientIds: readonly number[], cell: string, reason: string): { changeId: number | null; count: number } {
  const { definition: model, version } = ctx.grading.model();
  if (!model.cells.some((candidate) => candidate.code === cell)) throw new AppFailure('grades.unknownCell', { cell });
  const now = ctx.now();
  const upsert = ctx.db.prepare(
    `INSERT INTO overrides (client_id, model_id, cell, reason, model_version, created_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(client_id, model_id) DO UPDATE SET cell = excluded.cell, reason = excluded.reason,
       model_version = excluded.model_version, created_at = excluded.created_at`,
  );
  return ctx.db.transaction(() => {
    const rows = currentRows(ctx, model.id, clientIds);
    const items: ChangeItem[] = [];
    const moves: GradeChange[] = [];
    for (const row of rows) {
      const after: OverrideRow = { client_id: row.id, model_id: model.id, cell, reason, model_version: version, created_at: now };
      if (row.override && row.override.cell === cell && row.override.reason === reason) continue;
      upsert.run(row.id, model.id, cell, reason, version, now);
      items.push({ entity: 'overrides', entityId: entityId(model.id, row.id), before: row.override, after });
      const from = row.override?.cell ?? row.formula;
      if (from !== cell) moves.push({ modelId: model.id, clientId: row.id, kind: 'override', from, to: cell });
    }
    if (items.length === 0) return { changeId: null, count: 0 };
    const changeId = recordChange(ctx.db, { command: 'grades.override', summary: { cell, count: items.length, reason }, items, at: now });
    recordGradeChanges(ctx.db, changeId, moves);
    return { changeId, count: items.length };
  })();
}

/** Returns clients to the formula's cell (the override rows are kept in the change log for undo). */
export function clearOverrides(ctx: CoreContext, clientIds: readonly number[]): { changeId: number | null; count: number } {
  const { definition: model } = ctx.grading.model();
  const now = ctx.now();
  const remove = ctx.db.prepare('DELETE FROM overrides WHERE model_id = ? AND client_id = ?');
  return ctx.db.transaction(() => {
    const rows = currentRows(ctx, model.id, clientIds).filter((row) => row.override !== null);
    if (rows.length === 0) return { changeId: null, count: 0 };
    const items: ChangeItem[] = [];
    const moves: GradeChange[] = [];
    for (const row of rows) {
      remove.run(model.id, row.id);
      items.push({ entity: 'overrides', entityId: entityId(model.id, row.id), before: row.override, after: null });
      if (row.override!.cell !== row.formula) moves.push({ modelId: model.id, clientId: row.id, kind: 'override', from: row.override!.cell, to: row.formula });
    }
    const changeId = recordChange(ctx.db, { command: 'grades.clearOverride', summary: { count: rows.length }, items, at: now });
    recordGradeChanges(ctx.db, changeId, moves);
    return { changeId, count: rows.length };
  })();
}
