import { statSync } from 'node:fs';
import type { Db } from '../db/connection';
import { integrityCheck, userVersion } from '../db/connection';
import { countForeignKeyViolations } from '../db/foreignKeyCheck';
import { LATEST_VERSION } from '../db/migrations';
import { storageFacts, tableRowCounts, type StorageFacts } from '../db/repos/diagnosticsRepo';
import { scrubText } from '../log/privacy';

export interface DiagnosticDbCheck {
  ok: boolean;
  /** "ok", or SQLite's findings (table, index and page numbers; scrubbed like any foreign text). */
  integrity: string[];
  foreignKeyViolations: number;
  schemaVersion: number;
  latestSchemaVersion: number;
  /** Rows per table: counts only. */
  tables: Record<string, number>;
  storage: StorageFacts;
  fileBytes: number | null;
}

const MAX_FINDINGS = 20;

/** The database's health for a support request: the same checks as 设置 → 检查数据库, plus counts. */
export function diagnosticDbCheck(db: Db, dbPath: string, home?: string): DiagnosticDbCheck {
  const integrity = integrityCheck(db)
    .split('; ')
    .slice(0, MAX_FINDINGS)
    .map((finding) => scrubText(finding, home));
  const foreignKeyViolations = countForeignKeyViolations(db);
  // An in-memory or vanished file: the size is simply unknown, the rest still helps.
  const fileBytes = statSync(dbPath, { throwIfNoEntry: false })?.size ?? null;
  return {
    ok: integrity.length === 1 && integrity[0] === 'ok' && foreignKeyViolations === 0,
    integrity,
    foreignKeyViolations,
    schemaVersion: userVersion(db),
    latestSchemaVersion: LATEST_VERSION,
    tables: tableRowCounts(db),
    storage: storageFacts(db),
    fileBytes,
  };
}
