import type { Migration } from './migration';

/**
 * Period sign-off (issue 15.3): a manager signs off the grading of a month or quarter, which
 * freezes it in a snapshot and locks moves until an unlock with a reason. One row per sign-off,
 * its unlock written onto it; the partial unique index allows one locked sign-off at a time.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'period-signoffs',
  up(db) {
    db.exec(`
      CREATE TABLE period_signoffs (
        id            INTEGER PRIMARY KEY,
        period        TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-*'),
        model_id      TEXT NOT NULL,
        model_version INTEGER NOT NULL,
        snapshot_id   INTEGER REFERENCES snapshots(id) ON DELETE SET NULL,
        signed_by     TEXT NOT NULL,
        signed_at     TEXT NOT NULL,
        unlocked_at   TEXT,
        unlock_reason TEXT,
        CHECK ((unlocked_at IS NULL) = (unlock_reason IS NULL))
      ) STRICT;
      CREATE UNIQUE INDEX period_signoffs_one_locked ON period_signoffs ((unlocked_at IS NULL)) WHERE unlocked_at IS NULL;
    `);
  },
};
