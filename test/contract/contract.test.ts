import { fileURLToPath } from 'node:url';
import { createHttpTransport } from '../../renderer/src/api/httpTransport';
import { startLoopbackServer } from '../../electron/server/loopbackServer';
import { silentLogger } from '../../electron/core/log/logger';
import { openTestCore } from '../harness/openTestCore';
import { runContractSuite } from './contractSuite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';


function tempFolder(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'tg-contract-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

runContractSuite('the in-process router', async () => {
  const folder = tempFolder();
  const core = await openTestCore(folder.dir, { seedDemo: true });
  return {
    transport: core.router,
    close: async () => {
      core.close();
      folder.remove();
    },
  };
});

runContractSuite('the loopback HTTP transport', async () => {
  const folder = tempFolder();
  const core = await openTestCore(folder.dir, { seedDemo: true });
  const server = await startLoopbackServer({
    router: core.router,
    rendererDir: fileURLToPath(new URL('../fixtures/renderer', import.meta.url)),
    log: silentLogger,
  });
  return {
    transport: createHttpTransport({ origin: server.origin, token: server.token, reconnectMs: 50 }),
    close: async () => {
      await server.close();
      core.close();
      folder.remove();
    },
  };
});
