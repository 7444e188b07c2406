import type { DuplicatePolicy, ImportMode, RowIssue, SkipReason } from '../../../shared/transfer';

/** What an import session is told and what it reports (the wizard's preview and report show these). */
export type RowDecision = { action: 'update'; clientId: number } | { action: 'add' } | { action: 'skip' };

export interface SessionOptions {
  mode: ImportMode;
  duplicates: DuplicatePolicy;
  region: string | null;
  decisions: ReadonlyMap<number, RowDecision>;
  fileName: string;
  sheet: string | null;
  now: string;
  /** The pipeline's change-log entry (grade moves are filed under it); null for a preview. */
  changeId: number | null;
}

export type RowOutcome = 'added' | 'updated' | 'unchanged' | 'merged' | 'skipped';

export interface SessionRow {
  row: number;
  outcome: RowOutcome;
  skip?: { reason: SkipReason; params?: Record<string, string | number> };
  clientId: number | null;
  /** The row the client was first met on, for merged and duplicate rows. */
  firstRow?: number;
  name: string | null;
  issues: RowIssue[];
}

export interface Candidate {
  clientId: number;
  hospitalName: string | null;
  department: string | null;
  name: string;
  region: string | null;
}

export interface AmbiguousRow {
  row: number;
  name: string;
  hospitalName: string | null;
  department: string | null;
  candidates: Candidate[];
}

export interface DuplicateRow {
  row: number;
  firstRow: number;
  name: string;
  /** The rows disagree about a value (or a grade). */
  conflict: boolean;
}

export interface HospitalChange {
  hospital: string;
  from: string | null;
  to: string;
  clients: number;
}

export interface SessionResult {
  changeId: number | null;
  /** For the history entry: the file and what the import did. */
  summary: Record<string, unknown>;
  counts: { rows: number; added: number; updated: number; unchanged: number; merged: number; skipped: number; warnings: number; overrides: number };
  rows: SessionRow[];
  ambiguous: AmbiguousRow[];
  duplicates: DuplicateRow[];
  hospitalChanges: HospitalChange[];
  /** Clients this import added or changed, for the preview's resulting cells. */
  clientIds: number[];
  timings: { regradeMs: number; finishMs: number };
}
