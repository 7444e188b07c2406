import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspViolations, startApp, type RunningApp } from './harness/startApp';

const PAGES = {
  'zh-CN': ['客户', '九宫格', '导入/导出', '拜访计划', '分析', '模型', '设置'],
  en: ['Clients', 'Nine-grid', 'Import/Export', 'Visit plans', 'Analysis', 'Models', 'Settings'],
} as const;

describe('the app shell in Chromium, through the loopback transport and the real core', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
    mkdirSync('test-results', { recursive: true });
  });
  afterAll(async () => app?.close());

  it('opens on the demo data and shows the core’s real counts on the board', async () => {
    const { page, problems } = await app.openPage();
    await expect.poll(() => page.getByTestId('model-name').textContent()).toContain('九宫格');
    await page.getByRole('navigation').getByRole('link', { name: '九宫格', exact: true }).click();
    const stats = await app.api.call('stats.summary', {});
    for (const cell of stats.cells) {
      await expect.poll(() => page.getByTestId(`cell-count-${cell.code}`).textContent()).toContain(cell.count.toLocaleString('zh-CN'));
    }
    // A above C, and behaviour 3 on the left of 1, as the managers draw it.
    const a3 = await page.locator('[data-cell="A3"]').boundingBox();
    const a1 = await page.locator('[data-cell="A1"]').boundingBox();
    const c3 = await page.locator('[data-cell="C3"]').boundingBox();
    expect(a3!.x).toBeLessThan(a1!.x);
    expect(a3!.y).toBeLessThan(c3!.y);
    await page.screenshot({ path: 'test-results/board-zh.png' });
    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('navigates every page in Chinese, then in English, with no CSP violation or console error', async () => {
    const { page, problems } = await app.openPage();
    for (const label of PAGES['zh-CN']) {
      await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).first().textContent()).toContain(label.split('/')[0]);
    }
    await page.getByRole('navigation').getByRole('link', { name: '客户', exact: true }).click();
    const total = (await app.api.call('clients.list', { offset: 0, limit: 1 })).total;
    await expect.poll(() => page.getByTestId('clients-total').textContent()).toContain(String(total));
    await page.getByRole('button', { name: /English/ }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    for (const label of PAGES.en) {
      await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).first().textContent()).toContain(label.split('/')[0]);
    }
    // The language is a setting in the database, not only in the page.
    expect(await app.api.call('settings.get', {})).toEqual({ locale: 'en' });
    await page.reload();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.screenshot({ path: 'test-results/settings-en.png' });
    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await app.api.call('settings.update', { locale: 'zh-CN' });
    await page.close();
  });

  it('detects a CSP violation (the guard of the previous tests can fail)', async () => {
    const { page, problems } = await app.openPage();
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
    });
    await expect.poll(() => cspViolations(page)).toEqual([expect.stringContaining('script-src')]);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    expect(problems.some((line) => line.includes('Content Security Policy'))).toBe(true);
    await page.close();
  });

  it('refuses API calls without the per-run token', async () => {
    const response = await fetch(`${app.server.origin}/api/call/stats.summary`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(401);
  });
});
