import type { Db } from './connection';

/**
 * Change capture: TEMP triggers on every user table write each row a statement inserts,
 * updates or deletes into temp.captured_rows, with the row as it was. Because SQLite fires
 * them for rows removed or changed by foreign-key actions too (and, with recursive_triggers,
 * for rows REPLACE removes), the capture is complete by construction: a command cannot
 * forget a row. The command pipeline reads it to record undo, to name what changed, and to
 * know what to regrade. TEMP triggers live only on this connection, so other connections
 * (a backup check, the CLI's reader) are never affected.
 */

/** Logs and their own bookkeeping: never captured, never restored by undo. */
const NOT_CAPTURED = new Set(['change_log', 'change_log_rows', 'grade_changes', 'imports']);

export type RowOp = 'insert' | 'update' | 'delete';

export interface CapturedTable {
  name: string;
  columns: string[];
  keyColumns: string[];
  /** A rowid table keeps its rowid in the image, so a restored row is the same row. */
  hasRowid: boolean;
  /** The column naming the client a row belongs to, if any (for targeted refresh). */
  clientColumn: string | null;
}

interface ColumnInfo {
  name: string;
  pk: number;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

function checked(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`unexpected identifier in the schema: ${name}`);
  return name;
}

export function capturedTables(db: Db): CapturedTable[] {
  const tables = db
    .prepare("SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string; wr: number }[];
  return tables
    .filter((table) => !NOT_CAPTURED.has(table.name))
    .map((table) => {
      const info = db.prepare('SELECT name, pk FROM pragma_table_info(?)').all(table.name) as ColumnInfo[];
      const columns = info.map((column) => checked(column.name));
      const keyColumns = info.filter((column) => column.pk > 0).sort((a, b) => a.pk - b.pk).map((column) => column.name);
      const hasRowid = table.wr === 0;
      return {
        name: checked(table.name),
        columns,
        keyColumns: keyColumns.length > 0 ? keyColumns : ['rowid'],
        hasRowid,
        clientColumn: table.name === 'clients' ? 'id' : columns.includes('client_id') ? 'client_id' : null,
      };
    });
}

function imageSql(table: CapturedTable, row: 'OLD' | 'NEW'): string {
  const pairs = [...(table.hasRowid ? ['rowid'] : []), ...table.columns].map((column) => `'${column}', ${row}.${column}`);
  return `json_object(${pairs.join(', ')})`;
}

const keySql = (table: CapturedTable, row: 'OLD' | 'NEW') => `json_array(${table.keyColumns.map((column) => `${row}.${column}`).join(', ')})`;
const clientSql = (table: CapturedTable, row: 'OLD' | 'NEW') => (table.clientColumn ? `${row}.${table.clientColumn}` : 'NULL');

/** Creates the capture table and one trigger per table and operation. Call once per connection, after migrations. */
export function installChangeCapture(db: Db): CapturedTable[] {
  const tables = capturedTables(db);
  db.pragma('recursive_triggers = ON');
  const statements = [
    `CREATE TEMP TABLE IF NOT EXISTS captured_rows (
       seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, op TEXT NOT NULL, key TEXT NOT NULL, image TEXT, client_id INTEGER)`,
  ];
  for (const table of tables) {
    const insert = (op: RowOp, row: 'OLD' | 'NEW', image: string) =>
      `INSERT INTO temp.captured_rows (tbl, op, key, image, client_id) VALUES ('${table.name}', '${op}', ${keySql(table, row)}, ${image}, ${clientSql(table, row)})`;
    statements.push(
      `CREATE TEMP TRIGGER IF NOT EXISTS capture_${table.name}_insert AFTER INSERT ON main.${table.name} BEGIN ${insert('insert', 'NEW', 'NULL')}; END`,
      `CREATE TEMP TRIGGER IF NOT EXISTS capture_${table.name}_update AFTER UPDATE ON main.${table.name} BEGIN ${insert('update', 'NEW', imageSql(table, 'OLD'))}; END`,
      `CREATE TEMP TRIGGER IF NOT EXISTS capture_${table.name}_delete AFTER DELETE ON main.${table.name} BEGIN ${insert('delete', 'OLD', imageSql(table, 'OLD'))}; END`,
    );
  }
  db.transaction(() => {
    for (const statement of statements) db.exec(statement);
  })();
  return tables;
}

export interface CapturedSummary {
  rows: number;
  tables: string[];
  /** Clients whose own row, grades, overrides or plan changes were written; null past `limit`. */
  clientIds: number[] | null;
  /** A client row was inserted or deleted. */
  clientSetChanged: boolean;
}

/** What a change wrote that can move grades: the pipeline regrades from it. */
export interface GradingInputsWritten {
  /** Clients whose own row (grading inputs) was inserted or updated. */
  clientIds: number[];
  /** Hospitals whose row was updated (a class change regrades all their clients). */
  hospitalIds: number[];
  /** The models or dictionaries changed (the active model may be another one now). */
  modelsOrDictionaries: boolean;
  dictionaries: boolean;
}

export function capturedCount(db: Db): number {
  return db.prepare('SELECT count(*) FROM temp.captured_rows').pluck().get() as number;
}

export function clearCapture(db: Db): void {
  db.prepare('DELETE FROM temp.captured_rows').run();
}

/** What the capture holds so far: tables, clients (up to `limit`), whether clients came or went. */
export function summariseCapture(db: Db, limit: number): CapturedSummary {
  const rows = capturedCount(db);
  const tables = db.prepare('SELECT DISTINCT tbl FROM temp.captured_rows').pluck().all() as string[];
  const clients = db
    .prepare('SELECT DISTINCT client_id FROM temp.captured_rows WHERE client_id IS NOT NULL LIMIT ?')
    .pluck()
    .all(limit + 1) as number[];
  const clientSetChanged = db.prepare("SELECT 1 FROM temp.captured_rows WHERE tbl = 'clients' AND op IN ('insert', 'delete') LIMIT 1").get() !== undefined;
  return { rows, tables: tables.sort(), clientIds: clients.length > limit ? null : clients, clientSetChanged };
}

export function gradingInputsWritten(db: Db): GradingInputsWritten {
  const touched = (table: string) => db.prepare('SELECT 1 FROM temp.captured_rows WHERE tbl = ? LIMIT 1').get(table) !== undefined;
  const dictionaries = touched('dictionaries');
  return {
    clientIds: db.prepare("SELECT DISTINCT client_id FROM temp.captured_rows WHERE tbl = 'clients' AND op IN ('insert', 'update')").pluck().all() as number[],
    hospitalIds: db.prepare("SELECT DISTINCT json_extract(key, '$[0]') FROM temp.captured_rows WHERE tbl = 'hospitals' AND op = 'update'").pluck().all() as number[],
    modelsOrDictionaries: dictionaries || touched('models'),
    dictionaries,
  };
}

/** Moves the capture into the change log as the rows of one change. */
export function persistCapture(db: Db, changeId: number): void {
  db.prepare(
    `INSERT INTO change_log_rows (change_id, seq, tbl, op, key, image, client_id)
     SELECT ?, seq, tbl, op, key, image, client_id FROM temp.captured_rows ORDER BY seq`,
  ).run(changeId);
  clearCapture(db);
}

type Statement = ReturnType<Db['prepare']>;

interface InverseStatements {
  /** Puts back the rows a run of deletes removed. */
  restoreRun: Statement;
  /** Removes the rows a run of inserts added. */
  removeRun: Statement;
  /** Writes one row back to its image (updates are replayed one by one: a row may change twice). */
  update: Statement;
}

function inverseStatements(db: Db, table: CapturedTable): InverseStatements {
  const all = [...(table.hasRowid ? ['rowid'] : []), ...table.columns];
  const field = (column: string) => `json_extract(image, '$.${column}')`;
  const keyAt = (index: number) => `json_extract(key, '$[${index}]')`;
  const run = 'FROM change_log_rows WHERE change_id = @changeId AND seq BETWEEN @from AND @to';
  const keys = table.keyColumns.length === 1 ? table.keyColumns[0]! : `(${table.keyColumns.join(', ')})`;
  return {
    restoreRun: db.prepare(`INSERT INTO main.${table.name} (${all.join(', ')}) SELECT ${all.map(field).join(', ')} ${run} ORDER BY seq DESC`),
    removeRun: db.prepare(`DELETE FROM main.${table.name} WHERE ${keys} IN (SELECT ${table.keyColumns.map((_, i) => keyAt(i)).join(', ')} ${run})`),
    update: db.prepare(
      `UPDATE main.${table.name} SET ${table.columns.map((column) => `${column} = json_extract(@image, '$.${column}')`).join(', ')}
       WHERE ${table.keyColumns.map((column, index) => `${column} = json_extract(@key, '$[${index}]')`).join(' AND ')}`,
    ),
  };
}

interface LoggedRun {
  tbl: string;
  op: RowOp;
  from: number;
  to: number;
}

/** The change's rows, last first, as runs of the same table and operation. */
function runsOf(db: Db, changeId: number): LoggedRun[] {
  const rows = db.prepare('SELECT seq, tbl, op FROM change_log_rows WHERE change_id = ? ORDER BY seq DESC').raw().all(changeId) as [number, string, RowOp][];
  const runs: LoggedRun[] = [];
  for (const [seq, tbl, op] of rows) {
    const last = runs.at(-1);
    if (last && last.tbl === tbl && last.op === op && op !== 'update') last.from = seq;
    else runs.push({ tbl, op, from: seq, to: seq });
  }
  return runs;
}

/**
 * Applies the inverse of a change's recorded rows, last first, so the tables return to the
 * state before the change, row for row (rowids included). Consecutive inserts or deletes of
 * one table are undone with one statement each (within such a run no row repeats: a row
 * inserted twice was deleted in between, which ends the run). Foreign keys are checked at
 * commit: a cascade records children before their parent, so mid-way a child may briefly
 * lack it. The inverse writes are captured in turn; persisted in place of the change's rows
 * (which this removes), applying their inverse later (redo) repeats the change.
 */
export function replayInverse(db: Db, tables: readonly CapturedTable[], changeId: number): void {
  const byName = new Map(tables.map((table) => [table.name, table]));
  const statements = new Map<string, InverseStatements>();
  const image = db.prepare('SELECT key, image FROM change_log_rows WHERE change_id = ? AND seq = ?');
  db.pragma('defer_foreign_keys = ON');
  clearCapture(db);
  for (const run of runsOf(db, changeId)) {
    const table = byName.get(run.tbl);
    if (!table) throw new Error(`the change log names a table that is not captured: ${run.tbl}`);
    let inverse = statements.get(run.tbl);
    if (!inverse) statements.set(run.tbl, (inverse = inverseStatements(db, table)));
    const range = { changeId, from: run.from, to: run.to };
    if (run.op === 'insert') inverse.removeRun.run(range);
    else if (run.op === 'delete') inverse.restoreRun.run(range);
    else inverse.update.run(image.get(changeId, run.from) as { key: string; image: string });
  }
  db.prepare('DELETE FROM change_log_rows WHERE change_id = ?').run(changeId);
}
