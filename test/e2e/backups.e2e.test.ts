import { closeSync, copyFileSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspViolations, startApp, type RunningApp } from './harness/startApp';

const OUT = 'test-results';

async function goTo(page: Page, label: string) {
  await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: label }).waitFor();
}

/** The name the client grid shows for a client, after a quick search for it. */
async function gridName(page: Page, search: string, id: number): Promise<string | null> {
  await goTo(page, '客户');
  await page.getByTestId('client-search').fill(search);
  const cell = page.getByTestId('clients-table').locator(`.ag-row[row-id="${id}"] .ag-cell[col-id="name"]`);
  await cell.waitFor();
  return cell.textContent();
}

describe('backups in 设置, in Chromium on the real core', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
    mkdirSync(OUT, { recursive: true });
  });
  afterAll(async () => app?.close());

  it('backs up, restores the old data after a change, and 撤销恢复 brings the change back', async () => {
    const { page, problems } = await app.openPage();
    const original = (await app.api.call('clients.rows', { ids: [1] }))[0]!;
    await goTo(page, '设置');
    const section = page.getByTestId('settings-backups');
    await expect.poll(() => section.textContent()).toContain('还没有备份');

    // 立即备份: the new backup is listed with its reason, client count and kind, and the space used.
    await section.getByRole('button', { name: '立即备份', exact: true }).click();
    await expect.poll(() => section.getByTestId('backup-done').textContent()).toContain('备份已保存并校验');
    const table = section.getByTestId('backups-table');
    const manualRow = table.locator('tbody tr[data-reason="manual"]');
    await expect.poll(() => manualRow.count()).toBe(1);
    const clients = (await app.api.call('clients.page', { query: {}, limit: 1 })).total;
    const rowText = (await manualRow.textContent()) ?? '';
    expect(rowText).toContain('手动备份');
    expect(rowText).toContain(clients.toLocaleString('zh-CN'));
    expect(rowText).toContain('一直保留');
    expect(rowText).toContain('新');
    // The date in the user's language: 2026年11月23日 style.
    expect(rowText).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    await expect.poll(() => section.getByTestId('backups-summary').textContent()).toMatch(/^共 1 份备份，占用 \d/);

    // A change after the backup, seen in the grid.
    await app.api.call('clients.update', { id: 1, changes: { name: '备份之后改的名字' } });
    expect(await gridName(page, '备份之后改的名字', 1)).toBe('备份之后改的名字');

    // 恢复, with a dialog that says the current data is kept as a backup first.
    await goTo(page, '设置');
    await manualRow.getByRole('button', { name: /^恢复 / }).click();
    const dialog = page.getByRole('dialog', { name: '恢复这份备份？' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('当前数据会先另存为一份备份');
    expect(await dialog.getByTestId('restore-confirm-body').textContent()).toContain(`${clients.toLocaleString('zh-CN')} 位客户`);
    await page.screenshot({ path: `${OUT}/backups-restore-confirm.png` });
    await dialog.getByRole('button', { name: '备份当前数据后恢复' }).click();
    const banner = section.getByTestId('restore-banner');
    await expect.poll(() => banner.textContent()).toContain('已恢复');
    await expect.poll(() => table.locator('tbody tr[data-reason="before-restore"]').count()).toBe(1);
    // Nothing to undo with Ctrl+Z past the restore: the way back is 撤销恢复.
    expect(await app.api.call('history.state', {})).toMatchObject({ canUndo: false });
    await section.screenshot({ path: `${OUT}/backups-section.png` });

    // The old data is back in the grid.
    expect(await gridName(page, original.name, 1)).toBe(original.name);

    // The banner is still there after a look elsewhere; 撤销恢复 brings the change back.
    await goTo(page, '设置');
    await section.getByRole('button', { name: '撤销恢复' }).click();
    await expect.poll(() => banner.textContent()).toContain('已撤销恢复');
    await expect.poll(() => table.locator('tbody tr[data-reason="before-restore"]').count()).toBe(2);
    expect(await gridName(page, '备份之后改的名字', 1)).toBe('备份之后改的名字');
    expect((await app.api.call('db.check', {})).ok).toBe(true);

    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('a damaged backup is refused with the message in the user’s language, and nothing changes', async () => {
    const { page, problems } = await app.openPage();
    // A real backup with pages in the middle overwritten: still ours by its header, damaged inside.
    const manual = (await app.api.call('backups.list', {})).entries.find((entry) => entry.reason === 'manual')!;
    const dir = (await app.api.call('backups.list', {})).dir;
    const damaged = join(dir, 'damaged-2026-01-01T00-00-00-000Z.sqlite');
    copyFileSync(join(dir, manual.id), damaged);
    const fd = openSync(damaged, 'r+');
    writeSync(fd, Buffer.alloc(4096 * 8, 0x5a), 0, 4096 * 8, 4096 * 4);
    closeSync(fd);
    const before = (await app.api.call('clients.rows', { ids: [1] }))[0]!;
    await goTo(page, '设置');
    const section = page.getByTestId('settings-backups');
    const row = section.locator('tbody tr[data-backup-id="damaged-2026-01-01T00-00-00-000Z.sqlite"]');
    await expect.poll(() => row.textContent()).toContain('其他文件');
    await row.getByRole('button', { name: /^恢复 / }).click();
    await page.getByRole('dialog', { name: '恢复这份备份？' }).getByRole('button', { name: '备份当前数据后恢复' }).click();
    await expect.poll(() => section.getByRole('alert').first().textContent()).toContain('这份备份已损坏');
    await section.screenshot({ path: `${OUT}/backups-refused.png` });
    expect((await app.api.call('clients.rows', { ids: [1] }))[0]).toEqual(before);

    // English parity: the section and the error read in English.
    await app.api.call('settings.update', { locale: 'en' });
    await page.reload();
    await goTo(page, 'Settings');
    const english = page.getByTestId('settings-backups');
    await expect.poll(() => english.getByRole('heading', { level: 2 }).textContent()).toBe('Backups');
    await expect.poll(() => english.getByTestId('backups-table').locator('thead').textContent()).toContain('Reason');
    expect(await english.locator('tbody tr[data-reason="manual"]').first().textContent()).toContain('By hand');
    await english.screenshot({ path: `${OUT}/backups-section-en.png` });
    await app.api.call('settings.update', { locale: 'zh-CN' });

    expect(problems).toEqual([]);
    await page.close();
  });
});
