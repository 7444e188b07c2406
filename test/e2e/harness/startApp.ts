import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createApi, type Api } from '../../../shared/contract';
import { openCore, type Core, type CoreOptions } from '../../../electron/core/openCore';
import { startLoopbackServer, type LoopbackServer } from '../../../electron/server/loopbackServer';
import { memoryLogger } from '../../harness/openTestCore';
import { findChromium } from './findChromium';

export interface RunningApp {
  core: Core;
  server: LoopbackServer;
  /** The same contract the page uses, in-process, to check what the page shows against the core. */
  api: Api;
  browser: Browser;
  context: BrowserContext;
  dataDir: string;
  /** A new page on the app with CSP violations and console errors collected. */
  openPage(): Promise<{ page: Page; problems: string[] }>;
  close(): Promise<void>;
}

const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The built renderer served by the loopback transport over the real core and a real
 * SQLite file (demo data), driven by the machine's Chromium.
 */
export async function startApp(options: { seedDemo?: CoreOptions['seedDemo'] } = {}): Promise<RunningApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tg-e2e-'));
  const core = await openCore({
    dbPath: join(dataDir, 'territory-grid.sqlite'),
    // The harness chooses the pharma demo itself, so the app does not ask at first start (true: as `npm start` does).
    seedDemo: options.seedDemo ?? 'pharma',
    appVersion: '0.0.0-e2e',
    log: memoryLogger(),
  });
  const server = await startLoopbackServer({
    router: core.router,
    rendererDir: fileURLToPath(new URL('../../../out/renderer', import.meta.url)),
    log: memoryLogger(),
  });
  const browser = await chromium.launch({
    executablePath: findChromium(),
    // Playwright gives the browser a fresh temporary profile of its own.
    args: CHROMIUM_ARGS,
    env: { ...process.env, XDG_CONFIG_HOME: join(dataDir, 'xdg') },
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  return {
    core,
    server,
    api: createApi(core.router),
    browser,
    context,
    dataDir,
    async openPage() {
      const page = await context.newPage();
      const problems: string[] = [];
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const list = ((window as unknown as { __csp?: string[] }).__csp ??= []);
          list.push(`${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await page.goto(server.url);
      return { page, problems };
    },
    async close() {
      await browser.close();
      await server.close();
      core.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** CSP violations the page has seen so far. */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}
