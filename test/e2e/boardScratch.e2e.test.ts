import { afterAll, beforeAll, describe, it } from 'vitest';
import { startApp, type RunningApp } from './harness/startApp';

describe('scratch', () => {
  let app: RunningApp;
  beforeAll(async () => { app = await startApp(); });
  afterAll(async () => app?.close());
  it('times', async () => {
    const { page } = await app.openPage();
    await page.getByRole('navigation').getByRole('link', { name: '九宫格', exact: true }).click();
    await page.locator('[data-cell="A1"] .board-card[data-client-id]').first().waitFor();
    for (let i = 0; i < 3; i++) {
      await page.waitForTimeout(1000);
      await page.locator('[data-cell="A3"] .board-card[data-client-id] .board-card-menu').first().click();
      await page.locator('[role="menu"] [data-menu-cell="A2"]').click();
      await page.locator('[data-testid="reason-dialog"] input[type="radio"]').first().check();
      await page.evaluate(() => { performance.clearResourceTimings(); (window as any).__lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) (window as any).__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask' }); });
      const r = await page.evaluate(() => new Promise<number[]>((resolve) => {
        const count = document.querySelector('[data-testid="cell-count-A2"]')!;
        const before = count.textContent;
        const confirm = [...document.querySelectorAll<HTMLButtonElement>('[data-testid="reason-dialog"] button')].find((b) => b.classList.contains('button-primary'))!;
        const obs = new MutationObserver(() => { if (count.textContent !== before) { obs.disconnect(); resolve([start, performance.now()]); } });
        obs.observe(count, { childList: true, subtree: true, characterData: true });
        const start = performance.now();
        confirm.click();
      }));
      await page.waitForTimeout(1500);
      const entries = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => { const r = e as PerformanceResourceTiming; return [r.name.replace(/^.*\/api\/call\//, ''), Math.round(r.startTime), Math.round(r.requestStart), Math.round(r.responseStart), Math.round(r.responseEnd)]; }));
      console.log('click', Math.round(r[0]!), 'shown', Math.round(r[1]!), 'delta', Math.round(r[1]! - r[0]!));
      for (const e of entries.slice(0, 2)) console.log(e.join('  '));
      console.log('long tasks', JSON.stringify(await page.evaluate(() => (window as any).__lt)));
    }
  });
});
