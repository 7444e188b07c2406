import type { Db } from '../connection';

/** The SQLite library's own version (better-sqlite3 bundles it). */
export function sqliteVersion(db: Db): string {
  return (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
}

/** Row counts of every table of the schema, by table name: counts only, never a row. */
export function tableRowCounts(db: Db): Record<string, number> {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [name, (db.prepare(`SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`).get() as { n: number }).n]),
  );
}

export interface StorageFacts {
  pageSize: number;
  pageCount: number;
  freelistCount: number;
  journalMode: string;
}

export function storageFacts(db: Db): StorageFacts {
  return {
    pageSize: db.pragma('page_size', { simple: true }) as number,
    pageCount: db.pragma('page_count', { simple: true }) as number,
    freelistCount: db.pragma('freelist_count', { simple: true }) as number,
    journalMode: String(db.pragma('journal_mode', { simple: true })),
  };
}
