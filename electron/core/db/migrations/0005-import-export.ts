import type { Migration } from './migration';

/**
 * Tables of import/export: the region a client came from (regional roll-ups: several
 * regions' grading tables in one database, filtered and exported by region), the column
 * mappings remembered per header row, and a log of imports with their change-log entry.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'import-export',
  up(db) {
    db.exec(`
      -- A plain column (not an attribute) so the region is part of every row image: undoing an import restores it.
      ALTER TABLE clients ADD COLUMN region TEXT CHECK (region IS NULL OR length(trim(region)) > 0);
      -- Partial: most clients of a single region have none, and an import of 50,000 then skips the index.
      CREATE INDEX clients_region ON clients(region) WHERE region IS NOT NULL;

      -- The mapping a user confirmed for a header row; the signature is the normalised headers in order.
      CREATE TABLE import_mappings (
        signature   TEXT PRIMARY KEY,
        headers     TEXT NOT NULL CHECK (json_valid(headers) AND json_type(headers) = 'array'),
        mapping     TEXT NOT NULL CHECK (json_valid(mapping) AND json_type(mapping) = 'array'),
        header_rows INTEGER NOT NULL DEFAULT 1 CHECK (header_rows IN (1, 2)),
        used_count  INTEGER NOT NULL DEFAULT 1 CHECK (used_count >= 1),
        created_at  TEXT NOT NULL,
        used_at     TEXT NOT NULL
      ) STRICT;

      -- One row per committed import; the change-log entry is the undo step (kept when the log entry goes).
      CREATE TABLE imports (
        id        INTEGER PRIMARY KEY,
        change_id INTEGER REFERENCES change_log(id) ON DELETE SET NULL,
        at        TEXT NOT NULL,
        file_name TEXT NOT NULL,
        sheet     TEXT,
        region    TEXT,
        mode      TEXT NOT NULL CHECK (mode IN ('add', 'update', 'addAndUpdate')),
        summary   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(summary))
      ) STRICT;
      CREATE INDEX imports_region ON imports(region);
    `);
  },
};
