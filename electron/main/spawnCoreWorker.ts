import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CoreWorkerData } from './coreProtocol';
import type { WorkerLike } from './coreHost';

/**
 * The core's heap and stack caps. It holds the database handle, one parsed file (bounded by
 * the parser's caps: 24 million characters) and query results; a runaway allocation ends the
 * worker (the host answers pending calls with an error and reports it), never the main process.
 */
export const CORE_WORKER_LIMITS = { maxOldGenerationSizeMb: 2048, maxYoungGenerationSizeMb: 64, stackSizeMb: 8 } as const;

/**
 * Starts the core worker from the built file next to this one (out/main/coreWorker.js).
 * A plain path, not `new URL(..., import.meta.url)`, so the bundler leaves it alone;
 * Electron can load worker scripts from inside app.asar.
 */
export function spawnCoreWorker(data: CoreWorkerData, dir: string = import.meta.dirname): WorkerLike {
  return new Worker(join(dir, 'coreWorker.js'), { workerData: data, name: 'territory-grid-core', resourceLimits: { ...CORE_WORKER_LIMITS } });
}
