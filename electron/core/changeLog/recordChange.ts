import type { Db } from '../db/connection';

/** A row image before and after a command; `null` means the row did not exist. */
export interface ChangeItem {
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface GradeChange {
  modelId: string;
  clientId: number;
  kind: 'formula' | 'override';
  from: string | null;
  to: string | null;
}

/**
 * Records one domain command (one undo step) with its row images. Call inside the
 * command's transaction so the change and its record commit together.
 */
export function recordChange(
  db: Db,
  change: { command: string; summary?: Record<string, unknown>; items?: readonly ChangeItem[]; at: string },
): number {
  // A new command ends the redo stack: what was undone can no longer be repeated.
  db.prepare('DELETE FROM change_log WHERE undone = 1').run();
  const changeId = Number(
    db.prepare('INSERT INTO change_log (at, command, summary) VALUES (?, ?, ?)').run(change.at, change.command, JSON.stringify(change.summary ?? {}))
      .lastInsertRowid,
  );
  const insertItem = db.prepare(
    'INSERT INTO change_log_items (change_id, seq, entity, entity_id, before, after) VALUES (?, ?, ?, ?, ?, ?)',
  );
  (change.items ?? []).forEach((item, seq) => {
    insertItem.run(
      changeId,
      seq,
      item.entity,
      item.entityId,
      item.before === null ? null : JSON.stringify(item.before),
      item.after === null ? null : JSON.stringify(item.after),
    );
  });
  return changeId;
}

export function recordGradeChanges(db: Db, changeId: number, changes: readonly GradeChange[]): void {
  const insert = db.prepare(
    `INSERT INTO grade_changes (change_id, model_id, client_id, kind, from_cell, to_cell) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT DO UPDATE SET to_cell = excluded.to_cell`,
  );
  for (const change of changes) insert.run(changeId, change.modelId, change.clientId, change.kind, change.from, change.to);
}
