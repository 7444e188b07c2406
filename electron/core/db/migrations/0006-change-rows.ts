import type { Migration } from './migration';

/**
 * Undo by recorded rows (the command pipeline). Every command's transaction now records each
 * row it inserted, updated or deleted, as SQLite triggers see them (foreign-key cascades
 * included), and undo writes those rows back exactly. The hand-written row images of earlier
 * versions cannot be replayed that way: their entries stay as history (names, grade moves)
 * but are marked not replayable, and an old redo stack (already undone work) is dropped.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'change-rows',
  up(db) {
    db.exec(`
      DELETE FROM change_log WHERE undone = 1;
      ALTER TABLE change_log ADD COLUMN replayable INTEGER NOT NULL DEFAULT 0 CHECK (replayable IN (0, 1));
      DROP TABLE change_log_items;

      -- One row per row a command touched, in the order SQLite wrote them. op is what the
      -- command did; image is the row before it (NULL for an insert); key is the primary key
      -- (JSON array) after it. Undo applies the inverse of each, last first, and records what
      -- that did in their place, which is then what redo applies.
      CREATE TABLE change_log_rows (
        change_id INTEGER NOT NULL REFERENCES change_log(id) ON DELETE CASCADE,
        seq       INTEGER NOT NULL,
        tbl       TEXT NOT NULL,
        op        TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
        key       TEXT NOT NULL CHECK (json_valid(key)),
        image     TEXT CHECK (image IS NULL OR json_valid(image)),
        client_id INTEGER,
        PRIMARY KEY (change_id, seq)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX change_log_rows_client ON change_log_rows(client_id) WHERE client_id IS NOT NULL;
    `);
  },
};
