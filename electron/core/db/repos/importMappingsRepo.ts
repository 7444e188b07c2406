import { z } from 'zod';
import { ColumnTargetSchema, type ColumnTarget } from '../../../../shared/transfer';
import type { Db } from '../connection';

const StoredMapping = z.array(ColumnTargetSchema);

/** The mapping the user confirmed the last time a file with this header row was imported. */
export function recallMapping(db: Db, signature: string): ColumnTarget[] | null {
  const row = db.prepare('SELECT mapping FROM import_mappings WHERE signature = ?').pluck().get(signature) as string | undefined;
  if (row === undefined) return null;
  const parsed = StoredMapping.safeParse(JSON.parse(row));
  return parsed.success ? (parsed.data as ColumnTarget[]) : null;
}

export function rememberMapping(db: Db, signature: string, headers: readonly string[], mapping: readonly ColumnTarget[], headerRows: 1 | 2, now: string): void {
  db.prepare(
    `INSERT INTO import_mappings (signature, headers, mapping, header_rows, used_count, created_at, used_at) VALUES (?, ?, ?, ?, 1, ?, ?)
     ON CONFLICT(signature) DO UPDATE SET mapping = excluded.mapping, header_rows = excluded.header_rows,
       used_count = used_count + 1, used_at = excluded.used_at`,
  ).run(signature, JSON.stringify(headers), JSON.stringify(mapping), headerRows, now, now);
}
