import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createApi } from './shared/contract';
import { BUILTIN_MODELS, DEFAULT_MODEL_ID } from './shared/models';
import { openCore } from './electron/core/openCore';
import { openDatabase } from './electron/core/db/openDatabase';
import { ensureBuiltinModels } from './electron/core/db/repos/modelsRepo';
import { silentLogger } from './electron/core/log/logger';
import { insertDemoRegion } from './electron/core/services/seedDemo';
import { startLoopbackServer } from './electron/server/loopbackServer';
import { findChromium } from './test/e2e/harness/findChromium';
import { syntheticRegion } from './test/bench/syntheticRegion';
const dir = mkdtempSync(join(tmpdir(), 'x-'));
const dbPath = join(dir, 'b.sqlite');
{ const { db } = await openDatabase(dbPath, silentLogger); const now = new Date().toISOString(); ensureBuiltinModels(db, BUILTIN_MODELS, DEFAULT_MODEL_ID, now); insertDemoRegion(db, syntheticRegion(100_000), now); db.close(); }
const core = await openCore({ dbPath, seedDemo: false, appVersion: 'x', log: silentLogger });
const router = core.router;
const orig = router.invoke.bind(router);
(router as any).invoke = async (m: string, i: unknown) => { const t = performance.now(); const r = await orig(m as never, i); console.log('CORE', m, (performance.now() - t).toFixed(0), JSON.stringify(i).slice(0, 80)); return r; };
const server = await startLoopbackServer({ router, rendererDir: '/work/main/out/renderer', log: silentLogger });
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
const t0 = Date.now();
page.on('requestfinished', (r) => { if (r.url().includes('/api/') || r.url().includes('assets')) console.log('REQ', (Date.now() - t0), r.url().split('/').pop()?.slice(0, 40), JSON.stringify(r.timing()).slice(0, 0)); });
await page.goto(server.url);
await page.locator('[data-testid="clients-table"] .ag-row[row-index="0"] .ag-cell[col-id="name"]').waitFor();
console.log('FIRST ROWS', Date.now() - t0);
// inclusive by top-level-ish: aggregate by url

console.log(await page.evaluate(`JSON.stringify(performance.getEntries().map(e => [e.entryType, e.name.split('/').pop().slice(0,30), Math.round(e.startTime), Math.round(e.responseEnd ?? (e.startTime + e.duration))]))`));
console.log(await page.evaluate(`JSON.stringify(performance.getEntriesByType('navigation')[0])`));
await page.waitForTimeout(1500);
await browser.close(); await server.close(); core.close();
