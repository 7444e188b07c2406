import type { Db } from './db/connection';
import type { DiagnosticsSources } from './diagnostics/sources';
import type { GradingState } from './grading/gradingState';
import type { Logger } from './log/logger';
import type { EventBus } from './router';

/** What every handler and service of an open core can reach. */
export interface CoreContext {
  db: Db;
  dbPath: string;
  appVersion: string;
  grading: GradingState;
  bus: EventBus;
  log: Logger;
  now(): string;
  /** Where diagnostics find the logs and the host's versions (empty for the CLI and tests). */
  diagnostics: DiagnosticsSources;
}
