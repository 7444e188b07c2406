import type { Db } from '../connection';

export interface ImportLogRow {
  id: number;
  at: string;
  fileName: string;
  sheet: string | null;
  region: string | null;
  mode: 'add' | 'update' | 'addAndUpdate';
  changeId: number | null;
  /** JSON counts: { added?, updated?, skipped? }. */
  summary: string;
  /** 1 when the import's change is undone (or its change-log entry is gone). */
  undone: number;
}

/** The most recent imports, newest first, with the undo state of their change. */
export function readRecentImports(db: Db, limit: number): ImportLogRow[] {
  return db
    .prepare(
      `SELECT i.id, i.at, i.file_name AS fileName, i.sheet, i.region, i.mode, i.change_id AS changeId, i.summary,
              COALESCE(l.undone, 1) AS undone
       FROM imports i LEFT JOIN change_log l ON l.id = i.change_id ORDER BY i.id DESC LIMIT ?`,
    )
    .all(limit) as ImportLogRow[];
}

/** Files a committed import under its change-log entry. */
export function logImport(
  db: Db,
  entry: { changeId: number; at: string; fileName: string; sheet: string | null; region: string | null; mode: ImportLogRow['mode']; summary: unknown },
): void {
  db.prepare('INSERT INTO imports (change_id, at, file_name, sheet, region, mode, summary) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    entry.changeId,
    entry.at,
    entry.fileName,
    entry.sheet,
    entry.region,
    entry.mode,
    JSON.stringify(entry.summary),
  );
}
