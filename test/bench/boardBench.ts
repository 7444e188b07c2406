import { rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { createApi } from '../../shared/contract';
import { openCore } from '../../electron/core/openCore';
import { silentLogger } from '../../electron/core/log/logger';
import { startLoopbackServer } from '../../electron/server/loopbackServer';
import { TOKEN_STORAGE_KEY } from '../../renderer/src/api/token';
import { RENDERER_DIR, launchBenchChromium, requireBuiltRenderer, seededBenchDatabase } from './benchApp';
import { round, type Measurement } from './measure';

export const BOARD_CLIENTS = 5_000;
const LOAD_RUNS = 3;
const MOVES = 5;

declare global {
  interface Window {
    __tgBoardAt?: number;
  }
}

/**
 * In the page from its first script: when every listed cell shows its first card (ms since
 * navigation start). A string, so the bundler's helpers never end up in the page.
 */
function watchBoardScript(cells: string[]): string {
  return `(() => {
    const cells = ${JSON.stringify(cells)};
    const ready = () => cells.every((code) => document.querySelector('[data-cell="' + code + '"] .board-card[data-client-id]') !== null);
    new MutationObserver((records, observer) => {
      if (window.__tgBoardAt !== undefined || !ready()) return;
      window.__tgBoardAt = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  })();`;
}

/** In the page: clicks the board's navigation link; resolves with the ms until every listed cell shows its first card. */
function timeSwitchScript(cells: string[]): string {
  return `new Promise((resolve, reject) => {
    const cells = ${JSON.stringify(cells)};
    const ready = () => cells.every((code) => document.querySelector('[data-cell="' + code + '"] .board-card[data-client-id]') !== null);
    const link = [...document.querySelectorAll('nav a')].find((a) => a.textContent.trim() === '九宫格');
    if (!link) return reject(new Error('no board link'));
    const timeout = setTimeout(() => reject(new Error('the board did not show in 10 s')), 10000);
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      clearTimeout(timeout);
      resolve(performance.now() - start);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const start = performance.now();
    link.click();
  })`;
}

/** In the page: clicks the reason dialog's confirm and resolves with the ms until the target cell's count changes. */
function timeConfirm(target: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const count = document.querySelector(`[data-testid="cell-count-${target}"]`);
    const confirm = [...document.querySelectorAll<HTMLButtonElement>('[data-testid="reason-dialog"] button')].find((b) => b.classList.contains('button-primary'));
    if (!count || !confirm) return reject(new Error('no count or confirm button'));
    const before = count.textContent;
    const timeout = setTimeout(() => reject(new Error('the move did not show in 10 s')), 10_000);
    const observer = new MutationObserver(() => {
      if (count.textContent === before) return;
      observer.disconnect();
      clearTimeout(timeout);
      resolve(performance.now() - start);
    });
    observer.observe(count, { childList: true, subtree: true, characterData: true });
    const start = performance.now();
    confirm.click();
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Opens "移动到…" on the first card of `from`, picks `to` and a quick reason: the dialog is ready to confirm. */
async function prepareMove(page: Page, from: string, to: string): Promise<void> {
  await page.locator(`[data-cell="${from}"] .board-card[data-client-id] .board-card-menu`).first().click();
  await page.locator(`[role="menu"] [data-menu-cell="${to}"]`).click();
  await page.locator('[data-testid="reason-dialog"] input[type="radio"]').first().check();
}

/**
 * The nine-grid board with 5,000 clients in one view, in Chromium over the loopback transport
 * and the real core: cold load of #/board to every cell's first card, and drop-confirm to the
 * saved state on screen (the target cell's count).
 */
export async function boardBench(): Promise<Measurement[]> {
  requireBuiltRenderer('board');
  const { dir, dbPath } = await seededBenchDatabase(BOARD_CLIENTS, 'tg-board-bench-');
  let browser: Browser | undefined;
  try {
    const core = await openCore({ dbPath, seedDemo: false, appVersion: '0.0.0-bench', log: silentLogger });
    const api = createApi(core.router);
    const server = await startLoopbackServer({ router: core.router, rendererDir: RENDERER_DIR, log: silentLogger });
    try {
      const summary = await api.call('board.summary', {});
      if (summary.totals.clients !== BOARD_CLIENTS) throw new Error(`expected ${BOARD_CLIENTS} clients, the core has ${summary.totals.clients}`);
      const filled = summary.cells.filter((cell) => cell.count > 0).map((cell) => cell.code);
      browser = await launchBenchChromium();
      // Straight to #/board: the token goes where the app keeps it for the tab (the hash holds the route).
      const token = new URLSearchParams(new URL(server.url).hash.slice(1)).get('token')!;
      const boardUrl = `${server.origin}/#/board`;

      const loads: number[] = [];
      let page: Page | undefined;
      for (let run = 0; run < LOAD_RUNS; run++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
        page = await context.newPage();
        await page.addInitScript(({ key, value }) => sessionStorage.setItem(key, value), { key: TOKEN_STORAGE_KEY, value: token });
        await page.addInitScript(watchBoardScript(filled));
        await page.goto(boardUrl);
        await page.waitForFunction(() => window.__tgBoardAt !== undefined, undefined, { timeout: 30_000 });
        loads.push(await page.evaluate(() => window.__tgBoardAt!));
        if (run < LOAD_RUNS - 1) await context.close();
      }

      // Switching to the board from another page (the app already loaded): nav click → every cell's first card.
      const switches: number[] = [];
      for (let run = 0; run < LOAD_RUNS; run++) {
        await page!.getByRole('navigation').getByRole('link', { name: '客户', exact: true }).click();
        await page!.waitForTimeout(800);
        switches.push(await page!.evaluate(timeSwitchScript(filled)));
      }

      // A3 → A2 by the card's menu (the same path as a drop), confirm timed in the page.
      const moves: number[] = [];
      for (let i = 0; i < MOVES; i++) {
        await page!.waitForTimeout(400);
        await prepareMove(page!, 'A3', 'A2');
        moves.push(await page!.evaluate(timeConfirm, 'A2'));
      }

      const firstRender = median(loads);
      const switchRender = median(switches);
      const confirm = median(moves);
      return [
        { name: 'board.firstRender5k', value: round(firstRender), unit: 'ms', baseline: null, ratio: null, target: `< 1000 ms (median of ${LOAD_RUNS} cold loads of #/board)`, pass: firstRender < 1000 },
        { name: 'board.pageSwitch5k', value: round(switchRender), unit: 'ms', baseline: null, ratio: null, target: `< 1000 ms (median of ${LOAD_RUNS} switches to the board)`, pass: switchRender < 1000 },
        { name: 'board.confirmToShown5k', value: round(confirm), unit: 'ms', baseline: null, ratio: null, target: `< 100 ms (median of ${MOVES} moves)`, pass: confirm < 100 },
      ];
    } finally {
      await browser?.close();
      await server.close();
      core.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
