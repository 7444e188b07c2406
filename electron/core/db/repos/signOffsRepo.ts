import type { SignOff } from '../../../../shared/contract/calibrationMethods';
import type { Db } from '../connection';

const SELECT = `SELECT id, period, model_id AS modelId, model_version AS modelVersion, snapshot_id AS snapshotId,
  signed_by AS signedBy, signed_at AS signedAt, unlocked_at AS unlockedAt, unlock_reason AS unlockReason FROM period_signoffs`;

/** The sign-off that locks the grading now, if any (at most one: a partial unique index). */
export function lockedSignOff(db: Db): SignOff | undefined {
  return db.prepare(`${SELECT} WHERE unlocked_at IS NULL`).get() as SignOff | undefined;
}

/** The most recent sign-off, locked or unlocked since. */
export function latestSignOff(db: Db): SignOff | undefined {
  return db.prepare(`${SELECT} ORDER BY id DESC LIMIT 1`).get() as SignOff | undefined;
}

export function findSignOff(db: Db, id: number): SignOff | undefined {
  return db.prepare(`${SELECT} WHERE id = ?`).get(id) as SignOff | undefined;
}

export function insertSignOff(
  db: Db,
  row: { period: string; modelId: string; modelVersion: number; snapshotId: number; signedBy: string; signedAt: string },
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO period_signoffs (period, model_id, model_version, snapshot_id, signed_by, signed_at)
         VALUES (@period, @modelId, @modelVersion, @snapshotId, @signedBy, @signedAt)`,
      )
      .run(row).lastInsertRowid,
  );
}

export function writeUnlock(db: Db, id: number, unlockedAt: string, reason: string): void {
  db.prepare('UPDATE period_signoffs SET unlocked_at = ?, unlock_reason = ? WHERE id = ? AND unlocked_at IS NULL').run(unlockedAt, reason, id);
}
