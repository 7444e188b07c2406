import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PREFIX } from '../../shared/transport/httpTransportProtocol';
import { cspViolations, startApp, type RunningApp } from './harness/startApp';

/**
 * Stands in for Electron's preload: the same bridge shape (methods, on, host), with the
 * methods sent to the real core over the loopback API, so the desktop-only paths of the page
 * (the crash notice, core:restarted, 打开数据文件夹, saving through the host) run in Chromium.
 */
function installFakeBridge(options: { origin: string; token: string; prefix: string }): void {
  type Listener = (payload: unknown) => void;
  const listeners = new Map<string, Set<Listener>>();
  const calls: unknown[][] = [];
  const call = (method: string) => (input: unknown) =>
    fetch(`${options.origin}${options.prefix}${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${options.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(input ?? {}),
    }).then((response) => response.json() as Promise<unknown>);
  const methods = new Proxy({}, { get: (_target, name) => (typeof name === 'string' ? call(name) : undefined) });
  Object.assign(window, {
    __hostCalls: calls,
    __emitHost: (event: string, payload: unknown) => listeners.get(event)?.forEach((listener) => listener(payload)),
    territoryGrid: {
      methods,
      on(event: string, listener: Listener) {
        let set = listeners.get(event);
        if (!set) listeners.set(event, (set = new Set()));
        set.add(listener);
        return () => set.delete(listener);
      },
      host: {
        readClipboardText: async () => '',
        writeClipboardText: async () => undefined,
        saveFile: async (name: string, base64: string) => {
          calls.push(['saveFile', name, base64.length]);
          return { saved: true };
        },
        printPlan: async () => ({ done: false }),
        printReport: async () => ({ done: false }),
        openDataFolder: async () => {
          calls.push(['openDataFolder']);
          return { opened: true };
        },
        // Like the host: true once after a crash reload (this page load counts as one).
        takeRecoveryNotice: async () => {
          const taken = sessionStorage.getItem('tg-recovery-taken') === '1';
          sessionStorage.setItem('tg-recovery-taken', '1');
          return { reloadedAfterCrash: !taken };
        },
      },
    },
  });
}

async function openSettings(page: Page, label = '设置') {
  await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
  await page.getByTestId('settings-diagnostics').waitFor();
}

describe('diagnostics and crash recovery in Chromium, on the real core', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
    mkdirSync('test-results', { recursive: true });
  });
  afterAll(async () => app?.close());

  it('browser preview: shows the data folder and downloads a diagnostics zip built by the core', async () => {
    const { page, problems } = await app.openPage();
    await openSettings(page);
    const section = page.getByTestId('settings-diagnostics');
    await expect.poll(() => page.getByTestId('diagnostics-data-dir').textContent()).toBe(dirname(app.core.context.dbPath));
    await expect.poll(() => page.getByTestId('diagnostics-versions').textContent()).toContain('SQLite 3.');
    // No host to open folders in the browser: the path is shown instead of the button.
    expect(await section.getByRole('button', { name: '打开数据文件夹' }).count()).toBe(0);

    const download = page.waitForEvent('download');
    await section.getByRole('button', { name: '导出诊断信息…' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toMatch(/^territory-grid-diagnostics-[\dT-]+Z\.zip$/);
    const files = unzipSync(new Uint8Array(readFileSync((await saved.path()) ?? '')));
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'db-check.json', 'manifest.json', 'versions.json']);
    expect(JSON.parse(strFromU8(files['db-check.json'] ?? new Uint8Array()))).toMatchObject({ ok: true, integrity: ['ok'] });
    await expect.poll(() => page.getByTestId('diagnostics-export-result').textContent()).toContain('诊断信息已保存');
    await section.screenshot({ path: 'test-results/settings-diagnostics-browser.png' });

    await app.api.call('settings.update', { locale: 'en' });
    await page.reload();
    await openSettings(page, 'Settings');
    await expect.poll(() => page.getByRole('heading', { name: 'Diagnostics' }).count()).toBe(1);
    expect(await section.getByRole('button', { name: 'Export diagnostics…' }).count()).toBe(1);
    await section.screenshot({ path: 'test-results/settings-diagnostics-browser-en.png' });
    await app.api.call('settings.update', { locale: 'zh-CN' });

    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('desktop host: says the page was reloaded after a crash once, and refetches after a core restart', async () => {
    const page = await app.context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.addInitScript(installFakeBridge, { origin: app.server.origin, token: app.server.token, prefix: API_PREFIX });
    await page.goto(`${app.server.origin}/`);

    const banner = page.getByTestId('recovery-banner');
    await expect.poll(() => banner.textContent()).toContain('页面意外退出，已重新加载');
    await page.screenshot({ path: 'test-results/recovery-banner-reloaded.png' });
    await banner.getByRole('button', { name: '知道了' }).click();
    await expect.poll(() => banner.count()).toBe(0);
    // A second load is no crash: the host answers false and nothing is shown.
    await page.reload();
    await page.getByTestId('model-name').waitFor();
    expect(await page.getByTestId('recovery-banner').count()).toBe(0);

    const calls: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes(API_PREFIX)) calls.push(decodeURIComponent(request.url().split(API_PREFIX)[1] ?? ''));
    });
    await page.evaluate(() => (window as unknown as { __emitHost(event: string, payload: unknown): void }).__emitHost('core:restarted', { restarts: 1 }));
    await expect.poll(() => page.getByTestId('recovery-banner').textContent()).toContain('后台服务重启，刚才的操作可能未完成，请检查');
    // Every view on screen asks the core again.
    await expect.poll(() => calls).toContain('settings.get');
    await page.screenshot({ path: 'test-results/recovery-banner-core.png' });

    await openSettings(page);
    const section = page.getByTestId('settings-diagnostics');
    await section.getByRole('button', { name: '打开数据文件夹' }).click();
    await section.getByRole('button', { name: '导出诊断信息…' }).click();
    await expect.poll(() => page.getByTestId('diagnostics-export-result').textContent()).toContain('诊断信息已保存');
    const hostCalls = await page.evaluate(() => (window as unknown as { __hostCalls: unknown[][] }).__hostCalls);
    expect(hostCalls).toEqual([['openDataFolder'], ['saveFile', expect.stringMatching(/^territory-grid-diagnostics-/), expect.any(Number)]]);
    await page.screenshot({ path: 'test-results/settings-diagnostics-desktop.png', fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });
});
