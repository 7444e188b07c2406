import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { B2B_LIFECYCLE } from '../../shared/models/b2bLifecycle';
import { activateModel, openImportMapping, printPlan } from './harness/appSteps';
import { cspViolations, startApp, type RunningApp } from './harness/startApp';

/** A grid cell by row id and column id (pinned and scrolling parts of a row render apart). */
const cellOf = (page: Page, id: number, colId: string) => page.getByTestId('clients-table').locator(`.ag-row[row-id="${id}"] .ag-cell[col-id="${colId}"]`);
const headerOf = (page: Page, colId: string) => page.getByTestId('clients-table').locator(`.ag-header-cell[col-id="${colId}"]`);

async function attributesOf(app: RunningApp, id: number) {
  return (await app.api.call('clients.rows', { ids: [id] }))[0]!;
}

describe('a non-pharma model’s inputs and words in Chromium, on the real core', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
    mkdirSync('test-results', { recursive: true });
  });
  afterAll(async () => app?.close());

  it('activates the B2B model, shows its inputs as columns and its words, edits an input in the grid, and undoes the edit', async () => {
    const { page, problems } = await app.openPage();
    const nav = page.getByRole('navigation');

    // Activate the B2B preset on the models page (a verified backup, then every client regraded).
    await activateModel(page, B2B_LIFECYCLE);

    // The grid: the model's inputs as columns with their units, its organisation word, no doctor columns.
    await nav.getByRole('link', { name: '客户', exact: true }).click();
    await page.getByTestId('clients-total').waitFor({ timeout: 20_000 });
    await expect.poll(() => headerOf(page, 'attr:annualSpend').textContent()).toContain('年采购额(元)');
    expect(await headerOf(page, 'attr:lifecycle').textContent()).toContain('客户生命周期');
    // The model's words and its hidden columns follow the switch in effects of their own, after the model's columns.
    await expect.poll(() => headerOf(page, 'hospitalName').textContent()).toContain('单位');
    await expect.poll(() => headerOf(page, 'department').textContent()).toContain('部门');
    await expect.poll(() => headerOf(page, 'title').count()).toBe(0);
    await expect.poll(() => headerOf(page, 'hospitalClass').count()).toBe(0);
    await expect.poll(() => page.getByTestId('client-search').getAttribute('placeholder')).toContain('单位');

    // A demo client has no B2B data yet: ungraded. Type 250万 as the annual spend, pick 已保有.
    const first = (await app.api.call('clients.page', { query: { sort: [{ field: 'id', dir: 'asc' }] }, limit: 1 })).rows[0]!;
    expect(first.cell).toBeNull();
    await page.getByTestId('client-search').fill(first.name);
    const spend = cellOf(page, first.id, 'attr:annualSpend');
    await spend.scrollIntoViewIfNeeded();
    await spend.dblclick();
    await page.keyboard.type('250万');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await attributesOf(app, first.id)).attributes.annualSpend).toBe(2_500_000);
    await expect.poll(() => spend.textContent()).toBe('2,500,000');

    const lifecycle = cellOf(page, first.id, 'attr:lifecycle');
    await lifecycle.dblclick();
    await page.getByTestId('clients-table').locator('.ag-cell-inline-editing .ag-picker-field-wrapper').click();
    await page.getByRole('option', { name: '已保有', exact: true }).click();
    await expect.poll(async () => (await attributesOf(app, first.id)).cell).toBe('R3');
    await expect.poll(() => lifecycle.textContent()).toBe('已保有');
    await expect.poll(() => cellOf(page, first.id, 'cell').textContent()).toContain('R3');
    await page.screenshot({ path: 'test-results/model-inputs-grid.png' });

    // Undo takes the lifecycle back (one step), the grid shows it, the client is ungraded again.
    await expect.poll(() => page.getByTestId('undo-button').textContent()).toContain('撤销 修改客户');
    await page.getByTestId('undo-button').click();
    await expect.poll(async () => (await attributesOf(app, first.id)).attributes.lifecycle ?? null).toBeNull();
    await expect.poll(() => lifecycle.textContent()).toBe('');
    expect((await attributesOf(app, first.id)).cell).toBeNull();
    expect((await attributesOf(app, first.id)).attributes.annualSpend).toBe(2_500_000);

    // The board speaks of organisations too.
    await nav.getByRole('link', { name: '九宫格', exact: true }).click();
    await expect.poll(() => page.locator('.page-board').textContent(), { timeout: 20_000 }).toContain('全部单位');
    await page.screenshot({ path: 'test-results/model-inputs-board.png' });

    // Graded again (redo), the client is in the rep's printed plan, under the model's words.
    await app.api.call('history.redo', {});
    expect((await attributesOf(app, first.id)).cell).toBe('R3');
    const text = await printPlan(page, { period: '2026-12', repIds: [first.repId!] }, join('test-results', 'model-inputs-plan.pdf'));
    expect(text).toContain(first.name);
    expect(text).toMatch(/单位\s+部门\s+姓名/);
    expect(text).not.toMatch(/医院\s+科室\s+姓名/);

    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('imports a B2B list: its inputs are mapping targets matched by their headers, shown in the preview as they will be stored', async () => {
    const { page, problems } = await app.openPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    const file = join(app.dataDir, '客户清单-b2b.csv');
    writeFileSync(file, '\uFEFF客户名称,单位名称,客户阶段,年采购额(万元),Gross margin\n孙总,远大集团,保有客户,260,550000\n钱经理,长风公司,发展中,45,\n');
    const targets = await openImportMapping(page, file);
    expect(targets).toEqual(['name', 'hospitalName', 'attr:lifecycle', 'attr:annualSpend', 'attr:grossMargin']);
    // Shown by the input's label, in a group of the model's inputs.
    expect(await page.getByTestId('mapping-target-3').locator('option:checked').textContent()).toBe('年采购额(元)');
    expect(await page.getByTestId('mapping-target-3').locator('optgroup').getAttribute('label')).toContain('客户分类九宫格');
    await page.screenshot({ path: 'test-results/model-inputs-mapping.png' });

    await page.getByTestId('mapping-next').click();
    await expect.poll(() => page.getByTestId('preview-counts').textContent()).toContain('将新增 2 位');
    const preview = page.getByTestId('preview-table');
    expect(await preview.locator('th').allTextContents()).toEqual(expect.arrayContaining(['单位', '客户生命周期', '年采购额(元)']));
    expect(await preview.locator('[data-testid="preview-input-annualSpend"]').first().textContent()).toBe('2,600,000');
    expect(await preview.locator('[data-testid="preview-input-lifecycle"]').first().textContent()).toBe('已保有');
    await page.screenshot({ path: 'test-results/model-inputs-preview.png' });
    await page.getByTestId('commit-import').click();
    await page.getByTestId('report-step').waitFor();
    const sun = (await app.api.call('clients.page', { query: { search: '孙总' } })).rows[0];
    expect(sun).toMatchObject({ hospitalName: '远大集团', attributes: { lifecycle: 'R', annualSpend: 2_600_000, grossMargin: 550_000 }, cell: 'R3' });
    expect(problems).toEqual([]);
    await page.close();
  });
});
