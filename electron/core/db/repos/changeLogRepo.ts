import type { CommandName } from '../../../../shared/contract';
import type { Db } from '../connection';

/** One row of the change log: a command as the history shows it. */
export interface ChangeEntry {
  id: number;
  command: CommandName;
  replayable: boolean;
}

export interface GradeChange {
  modelId: string;
  clientId: number;
  kind: 'formula' | 'override';
  from: string | null;
  to: string | null;
}

interface EntryRow {
  id: number;
  command: CommandName;
  replayable: number;
}

const toEntry = (row: EntryRow | undefined): ChangeEntry | undefined =>
  row && { id: row.id, command: row.command, replayable: row.replayable === 1 };

/** Opens a change-log entry at the start of an undoable command (its rows follow at the end). */
export function openChange(db: Db, command: CommandName, at: string): number {
  return Number(db.prepare('INSERT INTO change_log (at, command, summary, replayable) VALUES (?, ?, ?, 1)').run(at, command, '{}').lastInsertRowid);
}

export function closeChange(db: Db, changeId: number, summary: Readonly<Record<string, unknown>>): void {
  db.prepare('UPDATE change_log SET summary = ? WHERE id = ?').run(JSON.stringify(summary), changeId);
}

/** A command that changed nothing leaves no history entry (its grade moves go with it). */
export function dropChange(db: Db, changeId: number): void {
  db.prepare('DELETE FROM change_log WHERE id = ?').run(changeId);
}

/** A new command ends the redo stack: what was undone can no longer be repeated. */
export function dropRedoStack(db: Db): void {
  db.prepare('DELETE FROM change_log WHERE undone = 1').run();
}

export function lastDone(db: Db): ChangeEntry | undefined {
  return toEntry(db.prepare('SELECT id, command, replayable FROM change_log WHERE undone = 0 ORDER BY id DESC LIMIT 1').get() as EntryRow | undefined);
}

export function firstUndone(db: Db): ChangeEntry | undefined {
  return toEntry(db.prepare('SELECT id, command, replayable FROM change_log WHERE undone = 1 ORDER BY id ASC LIMIT 1').get() as EntryRow | undefined);
}

export function markUndone(db: Db, changeId: number, undone: boolean): void {
  db.prepare('UPDATE change_log SET undone = ? WHERE id = ?').run(undone ? 1 : 0, changeId);
}

export function recordGradeChanges(db: Db, changeId: number, changes: readonly GradeChange[]): void {
  const insert = db.prepare(
    `INSERT INTO grade_changes (change_id, model_id, client_id, kind, from_cell, to_cell) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT DO UPDATE SET to_cell = excluded.to_cell`,
  );
  for (const change of changes) insert.run(changeId, change.modelId, change.clientId, change.kind, change.from, change.to);
}

export interface GradeHistoryRow {
  changeId: number;
  at: string;
  command: string;
  modelId: string;
  kind: 'formula' | 'override';
  from: string | null;
  to: string | null;
  reason: string | null;
}

/** A client's cell changes (formula and override) that are not undone, newest first, at most 100. */
export function readGradeHistory(db: Db, clientId: number): GradeHistoryRow[] {
  return db
    .prepare(
      `SELECT g.change_id AS changeId, l.at, l.command, g.model_id AS modelId, g.kind, g.from_cell AS "from", g.to_cell AS "to",
              json_extract(l.summary, '$.reason') AS reason
       FROM grade_changes g JOIN change_log l ON l.id = g.change_id
       WHERE g.client_id = ? AND l.undone = 0 ORDER BY g.change_id DESC LIMIT 100`,
    )
    .all(clientId) as GradeHistoryRow[];
}
