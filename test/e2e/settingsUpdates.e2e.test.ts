import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspViolations, startApp, type RunningApp } from './harness/startApp';

describe('设置 → 更新 in Chromium, on the real core', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
    mkdirSync('test-results', { recursive: true });
  });
  afterAll(async () => app?.close());

  it('is off by default, refuses an address that is not https, saves a good one, and shows the last check', async () => {
    const { page, problems } = await app.openPage();
    await page.getByTestId('model-name').waitFor();
    await page.getByRole('navigation').getByRole('link', { name: '设置', exact: true }).click();
    const section = page.getByTestId('settings-updates');
    await section.waitFor();
    expect(await page.getByTestId('updates-enabled').isChecked()).toBe(false);
    expect(await page.getByTestId('updates-last-check').textContent()).toBe('还没有检查过。');
    expect((await app.api.call('settings.get', {})).updates).toBeUndefined();

    await page.getByTestId('updates-enabled').check();
    await page.getByTestId('updates-url').fill('http://updates.example.cn/territory-grid');
    await page.getByTestId('updates-save').click();
    await expect.poll(() => page.getByTestId('updates-url-problem').textContent()).toContain('https://');
    expect((await app.api.call('settings.get', {})).updates).toBeUndefined();

    await page.getByTestId('updates-url').fill('https://updates.example.cn/territory-grid/');
    await expect.poll(() => page.getByTestId('updates-url-problem').count()).toBe(0);
    await page.getByTestId('updates-save').click();
    await expect.poll(() => page.getByTestId('updates-saved').textContent()).toBe('已保存。');
    expect((await app.api.call('settings.get', {})).updates).toEqual({ enabled: true, url: 'https://updates.example.cn/territory-grid/' });

    // What the desktop host records after a check shows up without a reload.
    await app.api.call('settings.update', { updateCheck: { at: '2026-12-01T08:00:00.000Z', outcome: 'downloaded', version: '0.2.0' } });
    await expect.poll(() => page.getByTestId('updates-last-check').textContent()).toContain('新版本 0.2.0 已下载，退出应用时安装');
    await section.screenshot({ path: 'test-results/settings-updates.png' });

    // The core refuses a plain-http feed whoever sends it.
    await expect(app.api.call('settings.update', { updates: { enabled: true, url: 'http://updates.example.cn' } })).rejects.toThrow();
    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });
});
