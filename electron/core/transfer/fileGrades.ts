import { IMPORTED_GRADE_REASON } from '../../../shared/transfer';
import type { Db } from '../db/connection';
import { recordGradeChanges, type GradeChange } from '../db/repos/changeLogRepo';
import { fileGradeStates, insertFreshOverrides, type ImportSessionStatements } from '../db/repos/importSessionRepo';

export interface FileGrade {
  cell: string;
  reason: string | null;
  /** True when the file's cell was set by hand there (调整级别): kept even where the formula agrees. */
  explicit: boolean;
}

/**
 * DOMAIN 2.5: the file's cell is what the manager exchanged. Where the formula gives the
 * same cell nothing is stored; where it disagrees or cannot grade, the file's cell becomes
 * an override with the reason 导入的级别, and the formula's cell stays visible beside it.
 * A cell set by hand in the file (调整级别) is kept as an override with its own reason.
 */
export function applyFileGrades(
  db: Db,
  statements: ImportSessionStatements,
  model: { id: string; version: number },
  session: { wanted: ReadonlyMap<number, FileGrade>; added: ReadonlyMap<number, unknown>; changeId: number | null; now: string },
): { count: number; clients: Set<number> } {
  const { wanted } = session;
  const changed = new Set<number>();
  if (wanted.size === 0) return { count: 0, clients: changed };
  const modelId = model.id;
  const current = fileGradeStates(db, modelId, [...wanted.keys()]);
  const upsert = statements.upsertOverride;
  const remove = statements.removeOverride;
  const moves: GradeChange[] = [];
  let count = 0;
  // Clients without an override that get one (every row of a grading table whose hospitals
  // have no class yet): written in two statements rather than one call per row.
  const fresh: [number, string, string][] = [];
  for (const row of current) {
    const grade = wanted.get(row.id)!;
    const before =
      row.overrideCell === null
        ? null
        : { client_id: row.id, model_id: modelId, cell: row.overrideCell, reason: row.reason, model_version: row.model_version, created_at: row.created_at };
    const effectiveBefore = row.overrideCell ?? row.formula;
    let after: typeof before = before;
    if (grade.explicit) {
      if (row.overrideCell !== grade.cell || row.reason !== grade.reason) {
        after = { client_id: row.id, model_id: modelId, cell: grade.cell, reason: grade.reason, model_version: model.version, created_at: session.now };
      }
    } else if (grade.cell === row.formula) {
      if (row.overrideCell !== null && row.overrideCell !== grade.cell) after = null;
    } else if (row.overrideCell !== grade.cell) {
      after = { client_id: row.id, model_id: modelId, cell: grade.cell, reason: IMPORTED_GRADE_REASON, model_version: model.version, created_at: session.now };
    }
    if (after === before) continue;
    if (before === null && after !== null && session.added.has(row.id)) {
      fresh.push([row.id, after.cell, after.reason!]);
      count++;
      changed.add(row.id);
      continue;
    }
    if (after === null) remove.run(row.id, modelId);
    else upsert.run(row.id, modelId, after.cell, after.reason, after.model_version, after.created_at);
    count++;
    changed.add(row.id);
    const effectiveAfter = after?.cell ?? row.formula;
    if (!session.added.has(row.id) && effectiveAfter !== effectiveBefore) {
      moves.push({ modelId, clientId: row.id, kind: 'override', from: effectiveBefore, to: effectiveAfter });
    }
  }
  if (fresh.length > 0) insertFreshOverrides(db, fresh, { id: modelId, version: model.version }, session.now);
  if (session.changeId !== null) recordGradeChanges(db, session.changeId, moves);
  return { count, clients: changed };
}
