import type { AppError, EventName, Result } from '../../shared/contract';

/**
 * Messages between the main thread and the core worker. Plain data only: everything
 * crosses postMessage by structured clone.
 */
export interface CoreWorkerData {
  dbPath: string;
  seedDemo: boolean;
  appVersion: string;
}

export type HostToWorker =
  | { type: 'invoke'; id: number; method: string; input: unknown }
  | { type: 'close' };

export type WorkerToHost =
  | { type: 'ready' }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'event'; event: EventName; payload: unknown }
  | { type: 'fatal'; error: AppError }
  | { type: 'log'; line: string };

export function isWorkerToHost(value: unknown): value is WorkerToHost {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return (
    type === 'ready' ||
    type === 'result' ||
    type === 'event' ||
    type === 'fatal' ||
    type === 'log'
  );
}

export function isHostToWorker(value: unknown): value is HostToWorker {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as { type?: unknown; id?: unknown; method?: unknown };
  if (message.type === 'close') return true;
  return message.type === 'invoke' && typeof message.id === 'number' && typeof message.method === 'string';
}
