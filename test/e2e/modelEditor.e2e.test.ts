import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspViolations, startApp, type RunningApp } from './harness/startApp';

const C_CELLS = ['C1', 'C2', 'C3'] as const;

async function previewCounts(page: Page, cells: readonly string[]): Promise<Record<string, { before: number; after: number }>> {
  const out: Record<string, { before: number; after: number }> = {};
  for (const code of cells) {
    const cell = page.getByTestId(`preview-cell-${code}`);
    out[code] = { before: Number(await cell.getAttribute('data-before')), after: Number(await cell.getAttribute('data-after')) };
  }
  return out;
}

describe('the model editor in Chromium, on the real core', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
    mkdirSync('test-results', { recursive: true });
  });
  afterAll(async () => app?.close());

  it('clones the pharma nine-grid, moves score 3 from B to C with a live preview, saves version 2 and activates it', async () => {
    const { page, problems } = await app.openPage();
    await page.getByRole('navigation').getByRole('link', { name: '模型', exact: true }).click();
    const table = page.getByTestId('models-table');
    const pharmaRow = table.locator('[data-model-id="pharma-nine-grid"]');
    await expect.poll(() => pharmaRow.textContent()).toContain('医药九宫格');
    expect(await pharmaRow.textContent()).toContain('当前使用');
    expect(await pharmaRow.textContent()).toContain('内置');
    await page.screenshot({ path: 'test-results/model-editor-list.png' });

    // A built-in preset opens read-only with the clone hint.
    await pharmaRow.getByRole('button', { name: '查看' }).click();
    await expect.poll(() => page.getByTestId('readonly-hint').textContent()).toContain('复制后编辑');
    expect(await page.getByLabel('“B 中潜力”的下限', { exact: true }).getAttribute('readonly')).not.toBeNull();
    expect(await page.getByRole('button', { name: '保存', exact: true }).count()).toBe(0);
    await page.getByText('行：医院级别如何确定').click();
    await page.getByText('列：职称如何确定').click();
    await page.getByTestId('score-matrix').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/model-editor-builtin.png' });
    await page.locator('section[data-axis="behaviour"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/model-editor-behaviour.png' });
    await page.getByRole('button', { name: /返回模型列表/ }).click();

    // Clone with the prefilled form, changing the id and names.
    await pharmaRow.getByRole('button', { name: '复制' }).click();
    const dialog = page.getByRole('dialog', { name: '复制模型' });
    expect(await dialog.getByLabel('编号').inputValue()).toBe('pharma-nine-grid-copy');
    expect(await dialog.getByLabel('中文名称').inputValue()).toBe('医药九宫格（副本）');
    expect(await dialog.getByLabel('英文名称').inputValue()).toBe('Pharma nine-grid (copy)');
    await dialog.getByLabel('编号').fill('My Grid');
    await dialog.getByRole('button', { name: '复制', exact: true }).click();
    await expect.poll(() => dialog.getByRole('alert').first().textContent()).toContain('编号格式不对');
    await dialog.getByLabel('编号').fill('my-grid');
    await dialog.getByLabel('中文名称').fill('我的九宫格');
    await dialog.getByLabel('英文名称').fill('My grid');
    await page.screenshot({ path: 'test-results/model-editor-clone.png' });
    await dialog.getByRole('button', { name: '复制', exact: true }).click();

    // The copy opens in the editor, editable, at version 1.
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('我的九宫格');
    expect(await page.getByTestId('editor-version').textContent()).toContain('第 1 版');
    const save = page.getByRole('button', { name: '保存', exact: true });
    expect(await save.isDisabled()).toBe(true);
    await expect.poll(() => page.getByTestId('preview-cell-C1').getAttribute('data-after')).not.toBeNull();
    const start = await previewCounts(page, C_CELLS);
    const stats = await app.api.call('stats.summary', {});
    for (const code of C_CELLS) expect(start[code]?.before).toBe(stats.cells.find((cell) => cell.code === code)?.count);

    const bMin = page.getByLabel('“B 中潜力”的下限', { exact: true });
    const cMax = page.getByLabel('“C 低潜力”的上限', { exact: true });
    expect(await bMin.inputValue()).toBe('3');
    expect(await cMax.inputValue()).toBe('3');

    // B from 4 alone leaves a gap at 3: named in Chinese, and Save stays off.
    await bMin.fill('4');
    await expect.poll(() => page.getByTestId('problems').textContent()).toContain('客户潜力的区间在 3 与 4 之间有空缺');
    expect(await save.isDisabled()).toBe(true);

    // C up to 4 too: the bands tile again (C 1..<4, B 4..<7) and score 3 becomes C.
    await cMax.fill('4');
    await expect.poll(() => page.getByTestId('problems').count()).toBe(0);
    expect(await page.getByTestId('band-text-C').textContent()).toBe('1 ≤ 分值 < 4');
    expect(await page.getByTestId('band-text-B').textContent()).toBe('4 ≤ 分值 < 7');
    await expect.poll(async () => Number(await page.getByTestId('movers-total').getAttribute('data-total'))).toBeGreaterThan(0);
    await expect.poll(() => save.isDisabled()).toBe(false);
    const movers = page.getByTestId('movers').locator('li');
    const moverCount = await movers.count();
    expect(moverCount).toBeGreaterThan(0);
    for (let i = 0; i < moverCount; i++) {
      const mover = movers.nth(i);
      expect(await mover.getAttribute('data-from')).toMatch(/^B[123]$/);
      expect(await mover.getAttribute('data-to')).toMatch(/^C[123]$/);
      expect(await mover.textContent()).toContain('↓');
    }
    const total = Number(await page.getByTestId('movers-total').getAttribute('data-total'));
    if (total > moverCount) expect(await page.getByTestId('movers-more').textContent()).toContain(`以及另外 ${total - moverCount} 位`);
    const previewed = await previewCounts(page, C_CELLS);
    expect(C_CELLS.reduce((sum, code) => sum + (previewed[code]?.after ?? 0) - (previewed[code]?.before ?? 0), 0)).toBe(total);
    expect(await page.getByTestId('preview-cell-B2').getAttribute('data-after')).not.toBe(await page.getByTestId('preview-cell-B2').getAttribute('data-before'));
    await page.screenshot({ path: 'test-results/model-editor-preview.png' });

    // Overlapping bands: the problem in Chinese, Save disabled; then back to tiling bands.
    await bMin.fill('2');
    await expect.poll(() => page.getByTestId('problems').textContent()).toContain('客户潜力中“C”与“B”的区间重叠');
    expect(await save.isDisabled()).toBe(true);
    await page.getByTestId('problems').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/model-editor-overlap.png' });
    await bMin.fill('4');
    await expect.poll(() => page.getByTestId('problems').count()).toBe(0);
    await expect.poll(() => save.isDisabled()).toBe(false);

    // Save → version 2, nothing left to preview against the saved version.
    await save.click();
    await expect.poll(() => page.getByTestId('save-result').textContent()).toContain('第 2 版');
    await expect.poll(() => page.getByTestId('editor-version').textContent()).toContain('第 2 版');
    await expect.poll(async () => Number(await page.getByTestId('movers-total').getAttribute('data-total'))).toBe(0);
    const saved = await app.api.call('models.get', { id: 'my-grid' });
    expect(saved.summary.version).toBe(2);
    const bands = saved.definition.axes[0]?.rule.kind === 'scoreTable' ? saved.definition.axes[0].rule.bands : [];
    expect(bands.map((band) => [band.value, band.min, band.max])).toEqual([
      ['C', 1, 4],
      ['B', 4, 7],
      ['A', 7, 9],
    ]);

    // Activate with the confirmation that explains the backup and the regrade.
    await page.getByRole('button', { name: '设为当前模型' }).click();
    const confirm = page.getByRole('dialog', { name: '设为当前模型？' });
    expect(await confirm.textContent()).toContain('备份');
    await page.screenshot({ path: 'test-results/model-editor-activate.png' });
    await confirm.getByRole('button', { name: '备份并切换' }).click();
    await expect.poll(() => page.getByTestId('model-name').textContent()).toBe('我的九宫格');
    await expect.poll(() => page.getByTestId('activation-result').textContent()).toContain('已设为当前模型');
    const after = await app.api.call('stats.summary', {});
    expect(after.model).toMatchObject({ id: 'my-grid', version: 2 });
    for (const code of C_CELLS) expect(after.cells.find((cell) => cell.code === code)?.count).toBe(previewed[code]?.after);

    // Back in the list: version 2, active.
    await page.getByRole('button', { name: /返回模型列表/ }).click();
    const myRow = table.locator('[data-model-id="my-grid"]');
    await expect.poll(() => page.getByTestId('model-version-my-grid').textContent()).toBe('2');
    // The list may first show what it read before the activation, until its refetch lands.
    await expect.poll(() => myRow.textContent()).toContain('当前使用');
    await expect.poll(() => pharmaRow.textContent()).not.toContain('当前使用');
    await page.screenshot({ path: 'test-results/model-editor-list-after.png' });

    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('edits zones and shows the editor in English', async () => {
    const { page, problems } = await app.openPage();
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Models', exact: true }).click();
    await page.getByTestId('models-table').locator('[data-model-id="my-grid"]').getByRole('button', { name: 'Edit' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('My grid');
    // The active model warns that saving regrades every client.
    expect(await page.locator('.notice-warn').textContent()).toContain('regrades every client');
    await page.getByTestId('zone-visits-blue').fill('-1');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Cannot be less than 0' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Save', exact: true }).isDisabled()).toBe(true);
    await page.getByTestId('zone-visits-blue').fill('0.5');
    await page.getByTestId('cell-visits-C2').fill('');
    await expect.poll(() => page.getByRole('button', { name: 'Save', exact: true }).isDisabled()).toBe(false);
    await page.locator('section[data-zone="yellow"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/model-editor-zones-en.png' });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Save and regrade?' });
    await confirm.getByRole('button', { name: 'Back up, save and regrade' }).click();
    await expect.poll(() => page.getByTestId('save-result').textContent()).toContain('version 3');
    const saved = await app.api.call('models.get', { id: 'my-grid' });
    const blue = saved.definition.zones.find((zone) => zone.id === 'blue');
    expect(blue?.visitsPerMonth).toBe(0.5);
    expect(blue?.cellVisitsPerMonth).toEqual({ C1: 1, C3: 0 });
    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await app.api.call('settings.update', { locale: 'zh-CN' });
    await page.close();
  });
  it('opens every preset read-only without errors, including one-axis models and nested rules', async () => {
    const { page, problems } = await app.openPage();
    await page.getByRole('navigation').getByRole('link', { name: '模型', exact: true }).click();
    const models = await app.api.call('models.list', {});
    for (const model of models.filter((m) => m.builtin)) {
      await page.getByTestId('models-table').locator(`[data-model-id="${model.id}"]`).getByRole('button', { name: '查看' }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain(model.name['zh-CN']);
      await expect.poll(() => page.getByTestId('movers-total').count()).toBe(1);
      expect(await page.locator('.fatal').count()).toBe(0);
      // An unchanged model moves nobody and has no problems.
      expect(await page.getByTestId('movers-total').getAttribute('data-total')).toBe('0');
      expect(await page.getByTestId('problems').count()).toBe(0);
      if (model.id === 'b2b-lifecycle' || model.id === 'deal-timing') {
        for (const summary of await page.locator('details.rule-source > summary').all()) await summary.click();
        await page.screenshot({ path: `test-results/model-editor-${model.id}.png` });
        const second = page.locator('section[data-axis]').nth(1);
        if ((await second.count()) > 0) {
          await second.locator('.rule-top').scrollIntoViewIfNeeded();
          await page.screenshot({ path: `test-results/model-editor-${model.id}-rule.png` });
        }
      }
      await page.getByRole('button', { name: /返回模型列表/ }).click();
    }
    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });
});
