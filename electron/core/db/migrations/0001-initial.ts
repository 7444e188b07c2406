import type { Migration } from './migration';

/**
 * The first schema. Attributes entered by the user live in reps, hospitals and clients;
 * grades are derived (rebuildable) data; overrides and the change log are user data.
 */
export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value))
      ) STRICT;

      CREATE TABLE reps (
        id                    INTEGER PRIMARY KEY,
        name                  TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
        visits_per_day        REAL NOT NULL DEFAULT 8 CHECK (visits_per_day >= 0),
        working_days_override INTEGER CHECK (working_days_override BETWEEN 0 AND 31),
        created_at            TEXT NOT NULL,
        updated_at            TEXT NOT NULL
      ) STRICT;

      CREATE TABLE hospitals (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
        class       TEXT,
        revenue_wan REAL CHECK (revenue_wan >= 0),
        beds        INTEGER CHECK (beds >= 0),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE clients (
        id                INTEGER PRIMARY KEY,
        hospital_id       INTEGER REFERENCES hospitals(id) ON DELETE RESTRICT,
        department        TEXT,
        name              TEXT NOT NULL CHECK (length(trim(name)) > 0),
        title             TEXT,
        beds_managed      INTEGER CHECK (beds_managed >= 0),
        volume_ours       INTEGER CHECK (volume_ours >= 0),
        volume_competitor INTEGER CHECK (volume_competitor >= 0),
        behaviour         TEXT,
        rep_id            INTEGER REFERENCES reps(id) ON DELETE SET NULL,
        attributes        TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(attributes) AND json_type(attributes) = 'object'),
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL
      ) STRICT;
      CREATE INDEX clients_rep ON clients(rep_id);
      CREATE INDEX clients_hospital ON clients(hospital_id);
      CREATE INDEX clients_name ON clients(name);

      CREATE TABLE models (
        id         TEXT PRIMARY KEY,
        version    INTEGER NOT NULL CHECK (version >= 1),
        definition TEXT NOT NULL CHECK (json_valid(definition)),
        builtin    INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
        active     INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX models_one_active ON models(active) WHERE active = 1;

      -- Derived: the formula's cell per client and model; rebuilt by a regrade, never the only copy of anything.
      -- Kept narrow (problems only when a client cannot be graded) because a regrade rewrites it in bulk.
      CREATE TABLE grades (
        model_id  TEXT NOT NULL REFERENCES models(id) ON DELETE CASCADE,
        client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        cell      TEXT,
        problems  TEXT CHECK (problems IS NULL OR json_valid(problems)),
        PRIMARY KEY (model_id, client_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX grades_client ON grades(client_id);
      CREATE INDEX grades_model_cell ON grades(model_id, cell);

      -- User data: a manager's decision, with the reason it was made.
      CREATE TABLE overrides (
        client_id     INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        model_id      TEXT NOT NULL REFERENCES models(id) ON DELETE CASCADE,
        cell          TEXT NOT NULL,
        reason        TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        model_version INTEGER NOT NULL,
        created_at    TEXT NOT NULL,
        PRIMARY KEY (client_id, model_id)
      ) STRICT;
      CREATE INDEX overrides_model_cell ON overrides(model_id, cell);

      -- Every domain command with row images before and after: undo/redo and history.
      CREATE TABLE change_log (
        id         INTEGER PRIMARY KEY,
        at         TEXT NOT NULL,
        command    TEXT NOT NULL,
        summary    TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(summary)),
        undone     INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
      ) STRICT;
      CREATE TABLE change_log_items (
        change_id INTEGER NOT NULL REFERENCES change_log(id) ON DELETE CASCADE,
        seq       INTEGER NOT NULL,
        entity    TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        before    TEXT CHECK (before IS NULL OR json_valid(before)),
        after     TEXT CHECK (after IS NULL OR json_valid(after)),
        PRIMARY KEY (change_id, seq)
      ) STRICT;
      CREATE INDEX change_log_items_entity ON change_log_items(entity, entity_id);

      -- Period snapshots (month or quarter) for "who moved up or down".
      CREATE TABLE snapshots (
        id            INTEGER PRIMARY KEY,
        period        TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-*'),
        label         TEXT,
        model_id      TEXT NOT NULL,
        model_version INTEGER NOT NULL,
        taken_at      TEXT NOT NULL
      ) STRICT;
      CREATE TABLE snapshot_grades (
        snapshot_id  INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
        client_id    INTEGER NOT NULL,
        cell         TEXT,
        formula_cell TEXT,
        rep_id       INTEGER,
        volume_ours  INTEGER,
        PRIMARY KEY (snapshot_id, client_id)
      ) STRICT;
    `);
  },
};
