import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientRow } from '../../shared/domain/schemas';
import { lookupDictionary } from '../../shared/grading';
import { cspViolations, startApp, type RunningApp } from './harness/startApp';

describe('dictionaries and period comparison in Chromium, on the real core', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
    mkdirSync('test-results', { recursive: true });
  });
  afterAll(async () => app?.close());

  async function allClients(): Promise<ClientRow[]> {
    const first = await app.api.call('clients.list', { offset: 0, limit: 500 });
    const rows = [...first.rows];
    for (let offset = 500; offset < first.total; offset += 500) rows.push(...(await app.api.call('clients.list', { offset, limit: 500 })).rows);
    return rows;
  }

  it('adds 主任医生 → senior to the title dictionary, saves and regrades; the core then accepts the word', async () => {
    const { page, problems } = await app.openPage();
    const dictionaries = await app.api.call('dictionaries.list', {});
    const hospitalClass = dictionaries.find((d) => d.id === 'hospitalClass')!;
    // A gradable client in a class 2 or 3 hospital who is not senior yet: 主任医生 must make it an A.
    const client = (await allClients()).find(
      (row) =>
        row.formulaCell !== null &&
        !row.formulaCell.startsWith('A') &&
        row.hospitalClass !== null &&
        ['2', '3'].includes(lookupDictionary(hospitalClass, row.hospitalClass) ?? ''),
    )!;
    expect(client).toBeDefined();
    // Before: the word is unknown, and the core refuses it on edit.
    await expect(app.api.call('clients.update', { id: client.id, changes: { title: '主任医生' } })).rejects.toThrow();

    await page.getByRole('navigation').getByRole('link', { name: '模型', exact: true }).click();
    await page.getByRole('tab', { name: '字典' }).click();
    const list = page.locator('nav.dictionary-list');
    // The tab's panel loads its code on first open: poll rather than count once.
    await expect.poll(() => page.getByRole('navigation', { name: '字典列表' }).count()).toBe(1);
    for (const d of dictionaries) await expect.poll(() => list.locator(`[data-dictionary-id="${d.id}"]`).textContent()).toContain(d.name['zh-CN']);
    // The active pharma model's dictionaries come first, the B2B and other ones after them.
    const used = page.getByTestId('dictionary-list-used');
    expect(await list.locator('h3').first().textContent()).toBe('当前模型“医药九宫格”使用');
    for (const id of ['hospitalClass', 'title', 'behaviour']) expect(await used.locator(`[data-dictionary-id="${id}"]`).count()).toBe(1);
    expect(await page.getByTestId('dictionary-list-others').locator('[data-dictionary-id="lifecycle"]').textContent()).toContain('客户生命周期');
    expect(await list.locator('[aria-current="true"]').getAttribute('data-dictionary-id')).toBe((await used.locator('button').first().getAttribute('data-dictionary-id'))!);
    expect(await page.getByTestId('dictionaries-unknown-note').textContent()).toContain('不会被算成低级别');
    await list.locator('[data-dictionary-id="title"]').click();
    const editor = page.locator('section.dictionary-editor[data-dictionary-id="title"]');
    await expect.poll(() => editor.getByRole('heading', { level: 2 }).textContent()).toContain('职称');
    const entries = editor.getByTestId('dictionary-entries');
    expect(await entries.locator('tr[data-match="主治医生"]').getAttribute('data-value')).toBe('attending');

    // A spelling that is already there (after normalisation) is refused before saving.
    await editor.getByLabel('新写法').fill(' 主治医生 ');
    await editor.getByRole('button', { name: '添加', exact: true }).click();
    await expect.poll(() => editor.getByRole('alert').first().textContent()).toContain('已有相同的写法“主治医生”');

    // Add 主任医生 → senior from the dropdown of the dictionary's categories.
    const category = editor.getByLabel('对应分类');
    expect(await category.locator('option').allTextContents()).toEqual(['senior（主任医师）', 'attending（主治医师）', 'resident（住院医师）']);
    await editor.getByLabel('新写法').fill('主任医生');
    await category.selectOption('senior');
    await editor.getByRole('button', { name: '添加', exact: true }).click();
    const added = entries.locator('tr[data-match="主任医生"]');
    await expect.poll(() => added.getAttribute('data-state')).toBe('new');
    expect(await added.getAttribute('data-value')).toBe('senior');
    expect(await list.locator('[data-dictionary-id="title"]').textContent()).toContain('未保存');

    // Change a category and remove a spelling, then put both back as they were.
    await entries.getByLabel('“住院医生”的分类').selectOption('attending');
    await expect.poll(() => entries.locator('tr[data-match="住院医生"]').getAttribute('data-state')).toBe('changed');
    await entries.getByLabel('“住院医生”的分类').selectOption('resident');
    await entries.getByRole('button', { name: '删除写法“医师”' }).click();
    await expect.poll(() => entries.locator('tr[data-match="医师"]').count()).toBe(0);
    await editor.getByLabel('新写法').fill('医师');
    await category.selectOption('resident');
    await editor.getByRole('button', { name: '添加', exact: true }).click();
    await added.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/dictionaries-edit.png' });

    await editor.getByRole('button', { name: '保存', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: '保存字典并重新分级？' });
    expect(await confirm.textContent()).toContain('重新计算每一位客户');
    expect(await confirm.textContent()).toContain('可以撤销');
    await page.screenshot({ path: 'test-results/dictionaries-confirm.png' });
    await confirm.getByRole('button', { name: '保存并重新分级' }).click();
    await expect.poll(() => editor.getByTestId('dictionary-saved').textContent()).toContain('已保存“职称”');
    await expect.poll(() => added.getAttribute('data-state')).toBeNull();
    expect(await list.locator('[data-dictionary-id="title"]').textContent()).not.toContain('未保存');
    await page.screenshot({ path: 'test-results/dictionaries-saved.png' });

    const saved = (await app.api.call('dictionaries.list', {})).find((d) => d.id === 'title')!;
    expect(saved.entries).toContainEqual({ match: '主任医生', value: 'senior' });
    expect(saved.entries).toContainEqual({ match: '医师', value: 'resident' });
    expect(saved.entries).toHaveLength(dictionaries.find((d) => d.id === 'title')!.entries.length + 1);
    expect(await app.api.call('history.state', {})).toMatchObject({ canUndo: true, undoCommand: 'dictionaries.save' });

    // After: the core knows the word and grades the client as senior.
    const updated = await app.api.call('clients.update', { id: client.id, changes: { title: '主任医生' } });
    expect(updated.title).toBe('主任医生');
    expect(updated.formulaCell).toMatch(/^A/);

    // In English the names follow the language.
    await page.getByRole('button', { name: /English/ }).click();
    await expect.poll(() => page.getByRole('tab', { name: 'Dictionaries' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => list.locator('[data-dictionary-id="title"]').textContent()).toContain('Title');
    await page.screenshot({ path: 'test-results/dictionaries-en.png' });
    await app.api.call('settings.update', { locale: 'zh-CN' });

    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('snapshots Q3, moves two clients, snapshots again and shows the moves in the matrix and the movers list', async () => {
    const { page, problems } = await app.openPage();
    await page.getByRole('navigation').getByRole('link', { name: '分析', exact: true }).click();
    const periods = page.getByTestId('periods');
    await expect.poll(() => periods.getByRole('heading', { level: 2 }).first().textContent()).toBe('期间对比');
    await expect.poll(() => periods.getByText('还没有快照').count()).toBe(1);

    // The picker starts on the current quarter (and the current month when switched to months).
    const now = new Date();
    const year = now.getFullYear();
    const quarter = Math.ceil((now.getMonth() + 1) / 3);
    expect(await periods.getByRole('radio', { name: '按季度' }).isChecked()).toBe(true);
    expect(await periods.getByLabel('年份').inputValue()).toBe(String(year));
    expect(await periods.getByLabel('季度', { exact: true }).inputValue()).toBe(String(quarter));
    await periods.getByRole('radio', { name: '按月' }).check();
    expect(await periods.getByLabel('月份').inputValue()).toBe(String(now.getMonth() + 1));
    await periods.getByRole('radio', { name: '按季度' }).check();

    // Snapshot 1: Q3 of this year, with the note 'Q3'.
    await periods.getByLabel('季度', { exact: true }).selectOption('3');
    await periods.getByLabel('备注（可选）').fill('Q3');
    await periods.getByRole('button', { name: '保存快照' }).click();
    await expect.poll(() => periods.getByTestId('snapshot-taken').textContent()).toContain(`${year}年第3季度（Q3）`);
    const table = periods.getByTestId('snapshots-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    expect(await periods.getByText('至少需要两份快照才能对比').count()).toBe(1);
    await page.screenshot({ path: 'test-results/periods-first-snapshot.png' });

    // Move two clients by hand: one up from C3 to A1, one down from A1 to C3.
    const clients = await allClients();
    const low = clients.find((row) => row.cell === 'C3')!;
    const high = clients.find((row) => row.cell === 'A1')!;
    expect(low && high).toBeTruthy();
    await app.api.call('grades.override', { clientIds: [low.id], cell: 'A1', reason: '本季度开始首选' });
    await app.api.call('grades.override', { clientIds: [high.id], cell: 'C3', reason: '科室调整' });

    // Snapshot 2: the current quarter (the default), no note.
    await periods.getByLabel('季度', { exact: true }).selectOption(String(quarter));
    await periods.getByRole('button', { name: '保存快照' }).click();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
    const snapshots = await app.api.call('snapshots.list', {});
    const q3 = snapshots.find((s) => s.label === 'Q3')!;
    const latest = snapshots.find((s) => s.id !== q3.id)!;
    expect(q3.period).toBe(`${year}-Q3`);
    expect(latest.period).toBe(`${year}-Q${quarter}`);

    // The default pair is Q3 → the latest; compare.
    expect(await periods.getByLabel('从（较早）').inputValue()).toBe(String(q3.id));
    expect(await periods.getByLabel('到（较晚）').inputValue()).toBe(String(latest.id));
    await periods.getByRole('button', { name: '对比', exact: true }).click();
    const comparison = periods.getByTestId('comparison');
    const matrix = comparison.getByTestId('movement-matrix');
    await expect.poll(() => matrix.getByTestId('move-C3-A1').getAttribute('data-count')).toBe('1');
    expect(await matrix.getByTestId('move-C3-A1').getAttribute('data-movement')).toBe('up');
    expect(await matrix.getByTestId('move-A1-C3').getAttribute('data-count')).toBe('1');
    expect(await matrix.getByTestId('move-A1-C3').getAttribute('data-movement')).toBe('down');
    expect(await matrix.getByTestId('move-B2-B2').getAttribute('data-movement')).toBe('same');
    expect(await matrix.getByTestId('move-B2-B2').textContent()).toContain('未变');
    expect(await matrix.getByTestId('matrix-up').textContent()).toBe('1');
    expect(await matrix.getByTestId('matrix-down').textContent()).toBe('1');
    const expected = await app.api.call('snapshots.compare', { fromId: q3.id, toId: latest.id });
    expect(expected.up).toBe(1);
    expect(expected.down).toBe(1);
    const cells = expected.cells;
    for (const [i, from] of cells.entries()) {
      for (const [j, to] of cells.entries()) expect(await matrix.getByTestId(`move-${from}-${to}`).getAttribute('data-count')).toBe(String(expected.matrix[i]![j]));
    }
    expect(await comparison.getByTestId('comparison-facts').locator('[data-fact="up"] dd').textContent()).toBe('1');
    expect(await comparison.getByTestId('comparison-facts').locator('[data-fact="down"] dd').textContent()).toBe('1');

    // The movers list names both clients, with ↑/↓, and filters by direction.
    const movers = comparison.getByTestId('period-movers');
    expect(await movers.locator('tbody tr').count()).toBe(2);
    const upRow = movers.locator(`tr[data-client-id="${low.id}"]`);
    const downRow = movers.locator(`tr[data-client-id="${high.id}"]`);
    expect(await upRow.textContent()).toContain(low.name);
    expect(await upRow.textContent()).toContain('↑ 升级');
    expect(await downRow.textContent()).toContain(high.name);
    expect(await downRow.textContent()).toContain('↓ 降级');
    await comparison.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/periods-compare.png', fullPage: true });
    await comparison.getByRole('button', { name: '↓ 降级（1）' }).click();
    await expect.poll(() => movers.locator('tbody tr').count()).toBe(1);
    expect(await movers.locator('tbody tr').first().getAttribute('data-client-id')).toBe(String(high.id));
    await comparison.getByRole('button', { name: '↑ 升级（1）' }).click();
    await expect.poll(() => movers.locator('tbody tr').first().getAttribute('data-client-id')).toBe(String(low.id));
    await comparison.getByRole('button', { name: '全部（2）' }).click();
    // A count in the matrix lists the clients of that move.
    await matrix.getByTestId('move-A1-C3').getByRole('button').click();
    await expect.poll(() => movers.locator('tbody tr').count()).toBe(1);
    expect(await movers.locator('tbody tr').first().getAttribute('data-client-id')).toBe(String(high.id));
    await matrix.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/periods-matrix.png' });
    await comparison.getByRole('button', { name: '显示全部格子' }).click();
    await expect.poll(() => movers.locator('tbody tr').count()).toBe(2);

    // The same comparison in English.
    await page.getByRole('button', { name: /English/ }).click();
    await expect.poll(() => comparison.getByRole('heading', { level: 3 }).first().textContent()).toContain(`Q3 ${year} (Q3)`);
    expect(await upRow.textContent()).toContain('↑ moved up');
    await matrix.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/periods-compare-en.png' });
    await app.api.call('settings.update', { locale: 'zh-CN' });

    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });
});
