import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspViolations, startApp, type RunningApp } from './harness/startApp';

const OUT = 'test-results';
/** Loading a region takes a verified backup and regrades every client: seconds on a busy machine. */
const SLOW = { timeout: 30_000 };

async function activeModel(app: RunningApp): Promise<string | undefined> {
  return (await app.api.call('models.list', {})).find((model) => model.active)?.id;
}

/** The first card the board shows in a cell, with the client the core has under its id. */
async function firstCard(app: RunningApp, page: Page, cell: string) {
  const card = page.locator(`[data-cell="${cell}"] .board-card[data-client-id]`).first();
  await card.waitFor(SLOW);
  const [row] = await app.api.call('clients.rows', { ids: [Number(await card.getAttribute('data-client-id'))] });
  return { text: (await card.textContent()) ?? '', row: row! };
}

async function openBoard(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: '九宫格', exact: true }).click();
  await page.locator('.board-card[data-client-id]').first().waitFor();
}

describe('demo regions in Chromium, on the real core', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
    mkdirSync(OUT, { recursive: true });
  });
  afterAll(async () => app?.close());

  it('loads the B2B region from 设置 after a confirm, shows its accounts on the board, and Undo brings the pharma data back', async () => {
    const { page, problems } = await app.openPage();
    await page.getByTestId('model-name').waitFor();
    // The harness chose the pharma demo itself: no first-start question.
    expect(await page.getByTestId('welcome-dialog').isVisible()).toBe(false);
    const pharmaClients = (await app.api.call('stats.summary', {})).totals.clients;

    await page.getByRole('navigation').getByRole('link', { name: '设置', exact: true }).click();
    const section = page.getByTestId('settings-demo');
    await expect.poll(() => section.getByTestId('demo-region-pharma').textContent()).toContain('当前数据');
    await section.getByRole('button', { name: '载入 B2B 大客户区域' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.textContent()).toContain('载入示例数据“B2B 大客户区域”？');
    await expect.poll(() => dialog.textContent()).toContain('客户分类九宫格');
    await page.screenshot({ path: `${OUT}/demo-regions-confirm.png` });
    await dialog.getByRole('button', { name: '备份后载入' }).click();

    await expect.poll(async () => (await app.api.call('demo.regions', {})).current, SLOW).toBe('b2b');
    expect(await activeModel(app)).toBe('b2b-lifecycle');
    const b2b = (await app.api.call('demo.regions', {})).regions.find((region) => region.id === 'b2b')!;
    expect((await app.api.call('stats.summary', {})).totals.clients).toBe(b2b.clients);
    await expect.poll(() => page.getByTestId('demo-load-result').textContent(), SLOW).toContain('已载入“B2B 大客户区域”');
    await expect.poll(() => section.getByTestId('demo-region-b2b').textContent()).toContain('当前数据');
    await page.screenshot({ path: `${OUT}/demo-regions-settings.png`, fullPage: true });

    // The board is the B2B nine-grid now, with the region's accounts in it.
    await openBoard(page);
    const account = await firstCard(app, page, 'R3');
    expect(account.row).toMatchObject({ cell: 'R3', repName: expect.stringMatching(/^(孙浩|林雪|郭鹏|何佳)$/) });
    // An account: the company (its organisation) and its contact.
    expect(account.row.hospitalName).toMatch(/公司$/);
    expect(account.text).toContain(account.row.name);
    expect(account.text).toContain(account.row.hospitalName);
    const summary = await app.api.call('board.summary', {});
    expect(summary.cells.map((cell) => cell.code).sort()).toEqual(['A1', 'A2', 'A3', 'D1', 'D2', 'D3', 'R1', 'R2', 'R3']);
    for (const cell of summary.cells) await expect.poll(() => page.getByTestId(`cell-count-${cell.code}`).textContent()).toContain(cell.count.toLocaleString('zh-CN'));
    await page.screenshot({ path: `${OUT}/demo-regions-b2b-board.png`, fullPage: true });

    // One undo step: the pharma clients and model are back, on the board too.
    await expect.poll(() => page.getByTestId('undo-button').textContent()).toContain('载入示例数据');
    await page.getByTestId('undo-button').click();
    await expect.poll(async () => (await app.api.call('stats.summary', {})).totals.clients, SLOW).toBe(pharmaClients);
    expect(await activeModel(app)).toBe('pharma-nine-grid');
    expect((await app.api.call('demo.regions', {})).current).toBe('pharma');
    // The B2B board has an A1 too, shown until its reads are refetched: wait for a card of a client the core has now.
    await expect.poll(async () => {
      const { text, row } = await firstCard(app, page, 'A1');
      return text.includes(row.name);
    }, SLOW).toBe(true);
    const doctor = await firstCard(app, page, 'A1');
    expect(doctor.row.hospitalName).not.toBeNull();
    expect(doctor.text).toContain(doctor.row.name);
    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the first-start question, on a database nobody chose a region for', () => {
  let app: RunningApp;
  beforeAll(async () => {
    // As `npm start` opens a new database: the default region, and the question still open.
    app = await startApp({ seedDemo: true });
  });
  afterAll(async () => app?.close());

  it('asks once which demo data to use; the choice loads it, and the question is not asked again', async () => {
    const { page, problems } = await app.openPage();
    const dialog = page.getByTestId('welcome-dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    for (const text of ['选择示例数据', '医药代表区域', 'B2B 大客户区域', '烟草零售户', '团队人才盘点', '空白开始']) {
      await expect.poll(() => dialog.textContent()).toContain(text);
    }
    await page.screenshot({ path: `${OUT}/demo-regions-welcome.png` });
    await dialog.getByTestId('welcome-staff').click();
    await expect.poll(() => dialog.isVisible(), SLOW).toBe(false);
    expect(await app.api.call('demo.regions', {})).toMatchObject({ current: 'staff', choicePending: false });
    expect(await activeModel(app)).toBe('employee-nine-grid');
    await openBoard(page);
    const employee = await firstCard(app, page, 'MM');
    expect(employee.row).toMatchObject({ cell: 'MM', hospitalName: expect.stringMatching(/推广组$/) });
    expect(employee.text).toContain(employee.row.name);

    // A new window (or the next start) does not ask again.
    const again = await app.openPage();
    await again.page.getByTestId('model-name').waitFor();
    expect(await again.page.getByTestId('welcome-dialog').isVisible()).toBe(false);
    expect([...problems, ...again.problems]).toEqual([]);
    await again.page.close();
    await page.close();
  });
});
