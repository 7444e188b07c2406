import type { SnapshotSummary } from '../../../../shared/contract';
import type { Db } from '../connection';
import { EFFECTIVE_CELL, GRADE_JOINS } from './effectiveGrade';

const SUMMARY_SQL = `SELECT s.id, s.period, s.label, s.model_id AS modelId, s.model_version AS modelVersion, s.taken_at AS takenAt,
  (SELECT count(*) FROM snapshot_grades g WHERE g.snapshot_id = s.id) AS clients FROM snapshots s`;

/** Every snapshot, newest period first. */
export function listSnapshotRows(db: Db): SnapshotSummary[] {
  return db.prepare(`${SUMMARY_SQL} ORDER BY s.period DESC, s.id DESC`).all() as SnapshotSummary[];
}

export function findSnapshot(db: Db, id: number): SnapshotSummary | undefined {
  return db.prepare(`${SUMMARY_SQL} WHERE s.id = ?`).get(id) as SnapshotSummary | undefined;
}

/**
 * Writes a snapshot and freezes every client's effective and formula cell of the model in
 * it, in one transaction. Returns the snapshot's id.
 */
export function insertSnapshot(
  db: Db,
  snapshot: { period: string; label: string | null; modelId: string; modelVersion: number; takenAt: string },
): number {
  return db.transaction(() => {
    const snapshotId = Number(
      db
        .prepare('INSERT INTO snapshots (period, label, model_id, model_version, taken_at) VALUES (?, ?, ?, ?, ?)')
        .run(snapshot.period, snapshot.label, snapshot.modelId, snapshot.modelVersion, snapshot.takenAt).lastInsertRowid,
    );
    db.prepare(
      `INSERT INTO snapshot_grades (snapshot_id, client_id, cell, formula_cell, rep_id, volume_ours)
       SELECT @snapshotId, c.id, ${EFFECTIVE_CELL}, g.cell, c.rep_id, c.volume_ours
       FROM clients c
       ${GRADE_JOINS}`,
    ).run({ snapshotId, modelId: snapshot.modelId });
    return snapshotId;
  })();
}

export interface CellPairCount {
  fromCell: string | null;
  toCell: string | null;
  n: number;
}

/** Clients in both snapshots, counted per (from cell, to cell). */
export function snapshotCellPairs(db: Db, fromId: number, toId: number): CellPairCount[] {
  return db
    .prepare(
      `SELECT a.cell AS fromCell, b.cell AS toCell, count(*) AS n
       FROM snapshot_grades a JOIN snapshot_grades b ON b.client_id = a.client_id AND b.snapshot_id = ?
       WHERE a.snapshot_id = ? GROUP BY a.cell, b.cell`,
    )
    .all(toId, fromId) as CellPairCount[];
}

/** Clients in snapshot `inId` that snapshot `notInId` does not hold. */
export function countClientsOnlyIn(db: Db, inId: number, notInId: number): number {
  return (
    db
      .prepare(
        'SELECT count(*) AS n FROM snapshot_grades a WHERE a.snapshot_id = ? AND NOT EXISTS (SELECT 1 FROM snapshot_grades b WHERE b.snapshot_id = ? AND b.client_id = a.client_id)',
      )
      .get(inId, notInId) as { n: number }
  ).n;
}

export interface SnapshotMove {
  clientId: number;
  fromCell: string | null;
  toCell: string | null;
}

/** Clients in both snapshots whose cell differs, by client id. */
export function snapshotMoves(db: Db, fromId: number, toId: number): SnapshotMove[] {
  return db
    .prepare(
      `SELECT a.client_id AS clientId, a.cell AS fromCell, b.cell AS toCell
       FROM snapshot_grades a JOIN snapshot_grades b ON b.client_id = a.client_id AND b.snapshot_id = ?
       WHERE a.snapshot_id = ? AND a.cell IS NOT b.cell ORDER BY a.client_id`,
    )
    .all(toId, fromId) as SnapshotMove[];
}
