import { BUILTIN_CHINA_CALENDAR } from '../../../../shared/planning/chinaHolidays';
import type { Migration } from './migration';

/**
 * Tables of visit planning (calendar edits, rep days off, plans and manual changes).
 *
 * - calendar_days: the working-day calendar as data. A row overrides the weekday rule for its
 *   date: 'holiday' (法定节假日, no work even on a weekday) or 'workday' (调休上班, work even on a
 *   weekend). Seeded with China's 2026 arrangement and 2027's statutory dates (provisional).
 * - rep_days_off: a rep's own days off (leave, training).
 * - plan_edits: manual changes to a rep's generated month plan (add, drop or move one visit);
 *   plans themselves are derived from grades, calendar and these edits, so they are not stored.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'visit-planning',
  up(db) {
    db.exec(`
      CREATE TABLE calendar_days (
        date        TEXT PRIMARY KEY CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        kind        TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
        name        TEXT NOT NULL DEFAULT '',
        provisional INTEGER NOT NULL DEFAULT 0 CHECK (provisional IN (0, 1)),
        builtin     INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
        updated_at  TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE rep_days_off (
        rep_id     INTEGER NOT NULL REFERENCES reps(id) ON DELETE CASCADE,
        date       TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        note       TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        PRIMARY KEY (rep_id, date)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE plan_edits (
        id         INTEGER PRIMARY KEY,
        rep_id     INTEGER NOT NULL REFERENCES reps(id) ON DELETE CASCADE,
        client_id  INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        month      TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
        kind       TEXT NOT NULL CHECK (kind IN ('add', 'drop', 'move')),
        date       TEXT NOT NULL CHECK (substr(date, 1, 7) = month),
        to_date    TEXT CHECK (to_date IS NULL OR substr(to_date, 1, 7) = month),
        created_at TEXT NOT NULL,
        CHECK ((kind = 'move') = (to_date IS NOT NULL))
      ) STRICT;
      CREATE INDEX plan_edits_rep_month ON plan_edits(rep_id, month);
      CREATE INDEX plan_edits_client ON plan_edits(client_id);
    `);
    const insert = db.prepare(
      `INSERT INTO calendar_days (date, kind, name, provisional, builtin, updated_at)
       VALUES (?, ?, ?, ?, 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
    );
    for (const entry of BUILTIN_CHINA_CALENDAR) insert.run(entry.date, entry.kind, entry.name, entry.provisional ? 1 : 0);
  },
};
