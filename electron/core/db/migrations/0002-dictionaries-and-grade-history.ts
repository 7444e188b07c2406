import type { Migration } from './migration';

/**
 * Dictionaries become user data (editable, stored with the models), and every change of a
 * client's cell is kept with the command that caused it, for history and period comparisons.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'dictionaries-and-grade-history',
  up(db) {
    db.exec(`
      CREATE TABLE dictionaries (
        id         TEXT PRIMARY KEY,
        definition TEXT NOT NULL CHECK (json_valid(definition)),
        builtin    INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- One row per client whose formula or override cell changed in a command.
      CREATE TABLE grade_changes (
        change_id INTEGER NOT NULL REFERENCES change_log(id) ON DELETE CASCADE,
        model_id  TEXT NOT NULL,
        client_id INTEGER NOT NULL,
        kind      TEXT NOT NULL CHECK (kind IN ('formula', 'override')),
        from_cell TEXT,
        to_cell   TEXT,
        PRIMARY KEY (change_id, model_id, client_id, kind)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX grade_changes_client ON grade_changes(client_id, change_id);
    `);
  },
};
