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
console.log('--- search');
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
for (const term of ['心内科', '人民医院', 'wl', '王']) {
  await page.waitForTimeout(800);
  if (term === 'wl') await cdp.send('Profiler.start');
  const r = await page.evaluate(`new Promise((resolve) => {
    const input = document.querySelector('[data-testid="client-search"]');
    const before = document.querySelector('[data-testid="clients-filtered"]').textContent;
    const t0 = performance.now();
    const obs = new MutationObserver(() => {
      const now = document.querySelector('[data-testid="clients-filtered"]').textContent;
      const row = document.querySelector('[data-testid="clients-table"] .ag-row[row-index="0"] .ag-cell[col-id="name"]');
      if (now !== before && row && row.textContent) { obs.disconnect(); const t1 = performance.now();
        const res = performance.getEntriesByType('resource').filter(e => e.startTime >= t0).map(e => [e.name.split('/').pop(), Math.round(e.startTime - t0), Math.round(e.responseEnd - t0)]);
        resolve(JSON.stringify({ total: Math.round(t1 - t0), res })); }
    });
    obs.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['row-index'] });
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, ${JSON.stringify(term)});
    input.dispatchEvent(new Event('input', { bubbles: true }));
  })`);
  console.log(term, r);
  if (term === 'wl') {
    const { profile } = await cdp.send('Profiler.stop') as any;
    const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
    const parent = new Map<number, number>(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const self = new Map<string, number>(); const incl = new Map<string, number>();
    const name = (n: any) => `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    for (let i = 0; i < profile.samples.length; i++) {
      const d = (profile.timeDeltas[i] ?? 0) / 1000; let id = profile.samples[i]; const n: any = byId.get(id);
      self.set(name(n), (self.get(name(n)) ?? 0) + d);
      const seen = new Set<string>(); while (id !== undefined) { const m: any = byId.get(id); const k = name(m); if (!seen.has(k)) { incl.set(k, (incl.get(k) ?? 0) + d); seen.add(k); } id = parent.get(id)!; }
    }
    console.log('SELF', [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `${v.toFixed(1)} ${k}`).join(' | '));
    console.log('INCL', [...incl.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${v.toFixed(1)} ${k}`).join('\n'));
  }
}
await browser.close(); await server.close(); core.close();
