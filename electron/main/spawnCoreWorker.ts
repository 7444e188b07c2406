import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CoreWorkerData } from './coreProtocol';
import type { WorkerLike } from './coreHost';

/**
 * Starts the core worker from the built file next to this one (out/main/coreWorker.js).
 * A plain path, not `new URL(..., import.meta.url)`, so the bundler leaves it alone;
 * Electron can load worker scripts from inside app.asar.
 */
export function spawnCoreWorker(data: CoreWorkerData, dir: string = import.meta.dirname): WorkerLike {
  return new Worker(join(dir, 'coreWorker.js'), { workerData: data, name: 'territory-grid-core' });
}
