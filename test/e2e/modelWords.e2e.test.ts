import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportRouteHash } from '../../shared/analysis/reportRoute';
import { cspViolations, startApp, type RunningApp } from './harness/startApp';

/**
 * Under the staff nine-grid (员工 in 团队, reviews 面谈, no monthly volume) the board, the plans,
 * the quarterly report and the 模型 page speak its words, not the pharma ones; and while a
 * period is signed off the activation dialog says that the switch is locked.
 */

const OUT = 'test-results';
const SLOW = { timeout: 30_000 };
const PHARMA = /医生|医院|处方|科室/;

async function go(page: Page, hash: string) {
  await page.evaluate((h) => (window.location.hash = h), hash);
}

describe('a non-pharma model’s words across the app, in Chromium on the real core', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ seedDemo: 'staff' });
    mkdirSync(OUT, { recursive: true });
  }, 60_000);
  afterAll(async () => app?.close());

  it('board: no volume line on cards, cells or totals; counts with the model’s measure word', SLOW, async () => {
    const { page, problems } = await app.openPage();
    await go(page, '#/board');
    const card = page.locator('.board-card[data-client-id]').first();
    await card.waitFor(SLOW);
    // The cards can come before the active model (its words, whether it has a volume): wait for its words before checking what is absent.
    await expect.poll(() => page.locator('.page-board').textContent(), SLOW).toContain('全部团队');
    expect(await page.locator('.board-card-volume').count()).toBe(0);
    expect(await page.locator('[data-testid^="cell-share-"]').count()).toBe(0);
    const cells = (await page.locator('[data-cell]').allTextContents()).join('\n');
    const totals = (await page.locator('.board-facts').textContent()) ?? '';
    expect(`${cells}\n${totals}`).not.toMatch(/用量|\/月/);
    // The app's own words: the region's data may name a 医院推广组 (a team), which is not the app speaking.
    const { rows } = await app.api.call('clients.list', { limit: 500 });
    const data = [...new Set(rows.flatMap((row) => [row.hospitalName, row.department, row.name]).filter((v): v is string => Boolean(v)))];
    const own = data.reduce((text, value) => text.replaceAll(value, ''), (await page.locator('.page-board').textContent()) ?? '');
    expect(own).not.toMatch(PHARMA);
    expect(await card.locator('.board-card-body').getAttribute('aria-label')).not.toMatch(/\/月|用量/);
    // The cell's count: 位 (a person), not the old hard-coded word.
    expect(await page.locator('.board-cell-count small').first().textContent()).toBe(' 位');
    await page.screenshot({ path: join(OUT, 'model-words-board-staff.png') });
    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('plans: the load table counts 员工 with 位 and reviews, not 人 and visits', SLOW, async () => {
    const { page, problems } = await app.openPage();
    await go(page, '#/plans');
    const table = page.getByTestId('plans-load-table');
    await table.waitFor(SLOW);
    await expect.poll(async () => (await table.locator('tbody td.num').allTextContents()).some((cell) => / 位 \/ .* 次面谈$/.test(cell)), SLOW).toBe(true);
    const text = (await table.textContent()) ?? '';
    expect(text).not.toContain(' 人 ');
    expect(text).not.toMatch(PHARMA);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('quarterly report: 员工 and 面谈 in headings and columns, no Pareto of a volume the model has not', SLOW, async () => {
    const from = await app.api.call('snapshots.take', { period: '2026-Q3', label: '季度初' });
    const { page, problems } = await app.openPage();
    await go(page, reportRouteHash({ period: '2026-Q4', fromId: from.id, toId: null }));
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['printReady'] ?? null), SLOW).toBe('true');
    const sheet = page.getByTestId('report-sheet');
    const text = (await sheet.textContent()) ?? '';
    expect(text).toContain('季度员工分级报告');
    expect(text).toContain('员工数');
    expect(text).toContain('各区员工与面谈');
    expect(text).not.toMatch(PHARMA);
    expect(text).not.toMatch(/拜访|用量/);
    expect(await page.getByTestId('report-chart-pareto').count()).toBe(0);
    expect(await page.getByTestId('report-facts').locator('[data-fact="head"]').count()).toBe(0);
    await page.screenshot({ path: join(OUT, 'model-words-report-staff.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('模型 page: the staff model’s rules name its inputs by their labels; the editor speaks of 员工 and 面谈', SLOW, async () => {
    const { page, problems } = await app.openPage();
    await go(page, '#/models');
    const row = page.locator('[data-model-id="employee-nine-grid"]');
    await row.waitFor(SLOW);
    await row.getByRole('button', { name: '查看' }).click();
    const editor = page.locator('#me-zones');
    await editor.waitFor(SLOW);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('能力评分（分）');
    expect(text).not.toContain('abilityRating');
    expect(text).toContain('区域、面谈频率与策略');
    expect(text).toContain('每月面谈次数');
    expect(text).toContain('取员工的“能力”');
    expect(text).not.toMatch(PHARMA);
    await page.screenshot({ path: join(OUT, 'model-words-models-staff.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('while a period is signed off the activation dialog says so, and the switch is refused with the same words', SLOW, async () => {
    await app.api.call('periods.signOff', { period: '2026-Q4', signedBy: '周建华' });
    const { page } = await app.openPage();
    await go(page, '#/models');
    const row = page.locator('[data-model-id="b2b-lifecycle"]');
    await row.waitFor(SLOW);
    await row.getByRole('button', { name: '设为当前模型' }).click();
    const notice = page.getByTestId('activate-locked');
    await notice.waitFor(SLOW);
    expect(await notice.textContent()).toContain('2026-Q4 的分级已由 周建华');
    await page.screenshot({ path: join(OUT, 'model-words-activate-locked.png') });
    await page.getByRole('button', { name: '备份并切换' }).click();
    await expect.poll(async () => (await page.locator('main').textContent()) ?? '', SLOW).toContain('签核锁定');
    expect((await app.api.call('stats.summary', {})).model.id).toBe('employee-nine-grid');
    await page.close();
  });
});
