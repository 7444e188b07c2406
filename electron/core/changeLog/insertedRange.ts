import type { Db } from '../db/connection';

/** The change-log entity of a block of new clients whose ids run from `from` to `to`. */
export const INSERTED_CLIENTS = 'clients.inserted';

interface InsertedRange {
  from: number;
  to: number;
}

function clientColumns(db: Db): string[] {
  const columns = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('clients') as string[];
  if (!columns.every((column) => /^[a-z_]+$/.test(column))) throw new Error('unexpected column in clients');
  return columns;
}

/**
 * Records that a command added the clients with ids from..to (a bulk import). Their row
 * images are not written now: undo is last-in first-out, so when this command is undone
 * every later one already has been and the rows are exactly as the command left them. Undo
 * takes the images then (for redo), which keeps a 50,000-row import from writing each row twice.
 */
export function recordInsertedClients(db: Db, changeId: number, seq: number, range: InsertedRange): void {
  if (range.to < range.from) return;
  db.prepare('INSERT INTO change_log_items (change_id, seq, entity, entity_id, before, after) VALUES (?, ?, ?, ?, NULL, ?)').run(
    changeId,
    seq,
    INSERTED_CLIENTS,
    `${range.from}-${range.to}`,
    JSON.stringify(range),
  );
}

function parseRange(after: string | null): InsertedRange {
  const value = (after === null ? null : JSON.parse(after)) as Partial<InsertedRange> | null;
  if (!value || !Number.isInteger(value.from) || !Number.isInteger(value.to)) throw new Error('malformed inserted-clients item in the change log');
  return { from: value.from!, to: value.to! };
}

/**
 * Undoes a block of new clients: their images become ordinary per-row items (seq + 1 + offset,
 * so redo puts them back in order), then the rows go and the block item with them.
 */
export function undoInsertedClients(db: Db, changeId: number, seq: number, after: string | null): void {
  const { from, to } = parseRange(after);
  const columns = clientColumns(db);
  db.prepare(
    `INSERT INTO change_log_items (change_id, seq, entity, entity_id, before, after)
     SELECT @changeId, @seq + 1 + (id - @from), 'clients', CAST(id AS TEXT), NULL, json_object(${columns.map((c) => `'${c}', ${c}`).join(', ')})
     FROM clients WHERE id BETWEEN @from AND @to`,
  ).run({ changeId, seq, from, to });
  db.prepare('DELETE FROM clients WHERE id BETWEEN ? AND ?').run(from, to);
  db.prepare('DELETE FROM change_log_items WHERE change_id = ? AND seq = ?').run(changeId, seq);
}
