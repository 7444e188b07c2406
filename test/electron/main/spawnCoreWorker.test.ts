import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { CORE_WORKER_LIMITS, spawnCoreWorker } from '../../../electron/main/spawnCoreWorker';

const dir = mkdtempSync(join(tmpdir(), 'tg-spawn-core-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('spawnCoreWorker', () => {
  it('starts the worker with heap and stack caps, and a worker that outgrows its heap ends alone', async () => {
    // A stand-in for the built core: it reports the limits it runs under, then allocates without end.
    writeFileSync(
      join(dir, 'coreWorker.js'),
      `const { parentPort, workerData, resourceLimits } = require('node:worker_threads');
       parentPort.postMessage({ workerData, resourceLimits });
       const hoard = []; for (;;) hoard.push(new Array(1e6).fill(hoard.length));`,
    );
    const worker = spawnCoreWorker({ dbPath: join(dir, 'x.sqlite'), seedDemo: false, appVersion: '0.0.0-test' }, dir) as unknown as Worker;
    const first = await new Promise<unknown>((resolve) => worker.once('message', resolve));
    expect(first).toMatchObject({ workerData: { dbPath: join(dir, 'x.sqlite') }, resourceLimits: CORE_WORKER_LIMITS });
    const ended = await new Promise<{ error: Error | null; code: number }>((resolve) => {
      let error: Error | null = null;
      worker.on('error', (e) => (error = e));
      worker.on('exit', (code) => resolve({ error, code }));
    });
    expect(ended.error).toMatchObject({ code: 'ERR_WORKER_OUT_OF_MEMORY' });
    expect(ended.code).not.toBe(0);
  }, 60_000);
});
