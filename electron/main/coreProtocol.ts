import type { AppError, EventName, Result } from '../../shared/contract';
import type { DiagnosticsSources } from '../core/diagnostics/sources';
import type { LaunchOptions } from '../core/transfer/parserHost';
import type { ParseJob } from '../importer/protocol';

/**
 * Messages between the main thread and the core worker. Plain data only: everything
 * crosses postMessage by structured clone.
 */
export interface CoreWorkerData {
  dbPath: string;
  seedDemo: boolean;
  appVersion: string;
  /** The log folder and Electron's versions, for the diagnostics zip. */
  diagnostics?: DiagnosticsSources;
}

/**
 * The spreadsheet parser runs in Electron's utilityProcess, which only the main thread can
 * start: the worker asks for one and main relays its messages (see parserRelay.ts).
 */
export type ParserToWorker =
  | { type: 'parser'; op: 'message'; pid: number; message: unknown }
  | { type: 'parser'; op: 'exit'; pid: number; code: number | null; signal: string | null };

export type ParserFromWorker =
  | { type: 'parser'; op: 'start'; pid: number; options: LaunchOptions }
  | { type: 'parser'; op: 'post'; pid: number; job: ParseJob }
  | { type: 'parser'; op: 'kill'; pid: number };

export type CoreRequest = { type: 'invoke'; id: number; method: string; input: unknown } | { type: 'close' };

export type HostToWorker = CoreRequest | ParserToWorker;

export type WorkerToHost =
  | { type: 'ready' }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'event'; event: EventName; payload: unknown }
  | { type: 'fatal'; error: AppError }
  | { type: 'log'; line: string }
  | ParserFromWorker;

export function isWorkerToHost(value: unknown): value is WorkerToHost {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return (
    type === 'ready' ||
    type === 'result' ||
    type === 'event' ||
    type === 'fatal' ||
    type === 'log' ||
    type === 'parser'
  );
}

export function isCoreRequest(value: unknown): value is CoreRequest {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as { type?: unknown; id?: unknown; method?: unknown };
  if (message.type === 'close') return true;
  return message.type === 'invoke' && typeof message.id === 'number' && typeof message.method === 'string';
}
