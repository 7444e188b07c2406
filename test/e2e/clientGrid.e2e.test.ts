import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientQuery } from '../../shared/contract';
import type { ClientRow } from '../../shared/domain/schemas';
import { cspViolations, startApp, type RunningApp } from './harness/startApp';
import { importFixture } from '../electron/core/transfer/transferHarness';

/** The grid on the page; AG Grid renders pinned and scrolling parts of a row separately, so cells are found by row id and column id. */
function gridOf(page: Page) {
  const root = page.getByTestId('clients-table');
  return {
    root,
    cell: (id: number, colId: string): Locator => root.locator(`.ag-row[row-id="${id}"] .ag-cell[col-id="${colId}"]`),
    rowAt: (index: number, colId: string): Locator => root.locator(`.ag-row[row-index="${index}"] .ag-cell[col-id="${colId}"]`),
    checkbox: (id: number): Locator => root.locator(`.ag-row[row-id="${id}"] .ag-selection-checkbox input`),
    /** Scrolls the grid sideways until a column is rendered (the grid virtualises columns out of view). */
    async reveal(colId: string): Promise<void> {
      const header = root.locator(`.ag-header-cell[col-id="${colId}"]`);
      const viewport = root.locator('.ag-body-horizontal-scroll-viewport');
      for (let left = 0; left <= 5000; left += 200) {
        if ((await header.count()) > 0) {
          await header.scrollIntoViewIfNeeded();
          return;
        }
        await viewport.evaluate((el, x) => {
          el.scrollLeft = x;
        }, left);
        await page.waitForTimeout(30);
      }
      throw new Error(`column ${colId} never came into view`);
    },
  };
}

async function openClients(app: RunningApp, init?: () => void) {
  const opened = init ? await openWith(app, init) : await app.openPage();
  await opened.page.getByTestId('clients-total').waitFor({ timeout: 20_000 });
  return opened;
}

/** A page with a script run before the app's (e.g. a localStorage flag), collecting problems like openPage. */
async function openWith(app: RunningApp, init: () => void) {
  const page = await app.context.newPage();
  const problems: string[] = [];
  await page.addInitScript(init);
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
  await page.goto(app.server.url);
  return { page, problems };
}

async function search(page: Page, text: string) {
  await page.getByTestId('client-search').fill(text);
}

async function rowOf(app: RunningApp, id: number): Promise<ClientRow | undefined> {
  return (await app.api.call('clients.rows', { ids: [id] }))[0];
}

async function firstMatching(app: RunningApp, query: ClientQuery): Promise<ClientRow> {
  const page = await app.api.call('clients.page', { query: { ...query, sort: [{ field: 'id', dir: 'asc' }] }, offset: 0, limit: 1 });
  if (!page.rows[0]) throw new Error(`no demo client matches ${JSON.stringify(query)}`);
  return page.rows[0];
}

async function expectClean(page: Page, problems: string[]) {
  expect(problems).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
}

describe('the client grid in Chromium, on the real core', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
    mkdirSync('test-results', { recursive: true });
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
    // Two overrides, so the overview shows how an override looks.
    await app.api.call('grades.override', { clientIds: [2, 5], cell: 'A1', reason: '实际处方量远超同级医生' });
  });
  afterAll(async () => app?.close());

  it('shows every client with its cell in zone colours and the zone’s name, overrides marked, and the totals', async () => {
    const { page, problems } = await openClients(app);
    const grid = gridOf(page);
    const all = await app.api.call('clients.page', { query: {}, offset: 0, limit: 1 });
    await expect.poll(() => page.getByTestId('clients-total').textContent()).toBe(String(all.total));
    await expect.poll(() => page.getByTestId('clients-filtered').textContent()).toBe(String(all.total));
    for (const [zone, count] of Object.entries(all.zoneCounts)) {
      expect(await page.getByTestId(`zone-count-${zone}`).textContent()).toContain(String(count));
    }
    // Chinese headers, and the effective cell with the zone's name as text (not colour alone).
    expect(await grid.root.locator('.ag-header-cell[col-id="title"]').textContent()).toContain('职称');
    // The demo is one region's data: no region column, no region chips (the column chooser has it).
    expect(await grid.root.locator('.ag-header-cell[col-id="region"]').count()).toBe(0);
    expect(await page.getByRole('group', { name: '所属区域' }).count()).toBe(0);
    const first = (await app.api.call('clients.rows', { ids: [1] }))[0]!;
    await expect.poll(() => grid.cell(1, 'cell').textContent()).toContain(first.cell!);
    // The zone's name and colour come with the zones (a read of their own), which may land after the rows.
    await expect.poll(() => grid.cell(1, 'cell').textContent()).toMatch(/红区|黄区|蓝区/);
    expect(await grid.cell(1, 'cell').locator('.cell-code').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await expect.poll(() => grid.cell(2, 'cell').textContent()).toContain('改判');
    expect(await grid.cell(2, 'cell').textContent()).toContain('A1');
    await page.screenshot({ path: 'test-results/client-grid-overview.png' });
    await expectClean(page, problems);
    await page.close();
  });

  it('edits a title with the dropdown; the row regrades at once; Ctrl+Z restores the title and the grade in the database', async () => {
    // A resident at a class-3 hospital: B by the formula; as a chief physician, A.
    const client = await firstMatching(app, {
      conditions: [
        { kind: 'set', field: 'title', values: ['住院医师'] },
        { kind: 'set', field: 'hospitalClass', values: ['三甲'] },
        { kind: 'text', field: 'overrideCell', op: 'blank' },
      ],
    });
    expect(client.cell).toMatch(/^B/);
    const { page, problems } = await openClients(app);
    const grid = gridOf(page);
    await search(page, client.name);
    await grid.cell(client.id, 'title').dblclick();
    await grid.root.locator('.ag-cell-inline-editing .ag-picker-field-wrapper').click();
    await page.getByRole('option', { name: '主任医师', exact: true }).click();

    await expect.poll(() => grid.cell(client.id, 'title').textContent()).toBe('主任医师');
    await expect.poll(() => grid.cell(client.id, 'cell').textContent()).toContain(`A${client.cell!.slice(1)}`);
    const edited = (await rowOf(app, client.id))!;
    expect(edited.title).toBe('主任医师');
    expect(edited.cell).toBe(`A${client.cell!.slice(1)}`);
    await expect.poll(() => page.getByTestId('grid-message').textContent()).toContain('已保存');
    await expect.poll(() => page.getByTestId('undo-button').textContent()).toContain('撤销 修改客户');

    // Undo from the keyboard, with focus on a grid cell (not in a text field).
    await grid.cell(client.id, 'department').click();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await rowOf(app, client.id))?.title).toBe('住院医师');
    expect((await rowOf(app, client.id))!.cell).toBe(client.cell);
    await expect.poll(() => grid.cell(client.id, 'title').textContent()).toBe('住院医师');
    await expect.poll(() => grid.cell(client.id, 'cell').textContent()).toContain(client.cell!);
    await expect.poll(() => page.getByTestId('history-notice').textContent()).toContain('已撤销：修改客户');
    // Redo with Ctrl+Y, then undo with the button: one step each way.
    await page.keyboard.press('Control+y');
    await expect.poll(async () => (await rowOf(app, client.id))?.title).toBe('主任医师');
    await page.getByTestId('undo-button').click();
    await expect.poll(async () => (await rowOf(app, client.id))?.title).toBe('住院医师');
    await expectClean(page, problems);
    await page.close();
  });

  it('refuses -5 in a volume at the cell, with a message, and saves nothing', async () => {
    const client = await firstMatching(app, { conditions: [{ kind: 'number', field: 'volumeOurs', op: 'greaterThan', value: 0 }] });
    const historyBefore = await app.api.call('history.state', {});
    const { page, problems } = await openClients(app);
    const grid = gridOf(page);
    await search(page, client.name);
    await grid.cell(client.id, 'volumeOurs').click();
    // Typing starts editing, as in a spreadsheet; the editor then takes the rest.
    await page.keyboard.press('-');
    await page.getByTestId('number-editor').waitFor();
    await page.keyboard.type('5');
    await expect.poll(() => page.getByTestId('cell-editor-error').textContent()).toBe('不能是负数');
    expect(await page.getByTestId('number-editor').locator('input').getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: 'test-results/client-grid-invalid-number.png' });
    // Enter cannot commit it; Escape gives the old value back.
    await page.keyboard.press('Enter');
    // A further key still goes into this editor (a closed one would start a new edit with '0'): Enter has been handled when the count is read.
    await page.keyboard.type('0');
    await expect.poll(() => page.getByTestId('number-editor').locator('input').inputValue()).toBe('-50');
    expect(await page.getByTestId('number-editor').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('number-editor').count()).toBe(0);
    await expect.poll(() => grid.cell(client.id, 'volumeOurs').textContent()).toBe(String(client.volumeOurs));
    expect((await rowOf(app, client.id))!.volumeOurs).toBe(client.volumeOurs);
    expect(await app.api.call('history.state', {})).toEqual(historyBefore);

    // A valid whole number is saved and regrades.
    await grid.cell(client.id, 'volumeOurs').click();
    await page.keyboard.press('Enter');
    await page.getByTestId('number-editor').waitFor();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('0');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await rowOf(app, client.id))?.volumeOurs).toBe(0);
    await expect.poll(() => grid.cell(client.id, 'volumeOurs').textContent()).toBe('0');
    expect((await app.api.call('history.state', {})).undoCommand).toBe('clients.update');
    await app.api.call('history.undo', {});
    await expectClean(page, problems);
    await page.close();
  });

  it('bulk-sets a rep on 10 selected rows in one undo step', async () => {
    const { page, problems } = await openClients(app);
    const grid = gridOf(page);
    const reps = await app.api.call('reps.list', {});
    const target = reps.find((rep) => rep.name === '张伟') ?? reps[0]!;
    const ids = (await app.api.call('clients.page', { query: {}, offset: 0, limit: 10 })).rows.map((row) => row.id);
    const before = await app.api.call('clients.rows', { ids });
    for (const id of ids) await grid.checkbox(id).check();
    await expect.poll(() => page.getByTestId('clients-selected').textContent()).toBe('10');
    await page.getByTestId('bulk-field').selectOption('repName');
    await page.getByTestId('bulk-value').selectOption(target.name);
    await page.getByTestId('bulk-apply').click();
    await expect.poll(async () => (await app.api.call('clients.rows', { ids })).map((row) => row.repId)).toEqual(ids.map(() => target.id));
    await expect.poll(() => page.getByTestId('grid-message').textContent()).toContain('10');
    await grid.reveal('repName');
    await expect.poll(() => grid.cell(ids[9]!, 'repName').textContent()).toBe(target.name);
    expect((await app.api.call('history.state', {})).undoCommand).toBe('clients.bulkUpdate');
    await expect.poll(() => page.getByTestId('undo-button').textContent()).toContain('撤销 批量修改客户');
    await page.screenshot({ path: 'test-results/client-grid-bulk.png' });

    await page.getByTestId('undo-button').click();
    await expect.poll(async () => (await app.api.call('clients.rows', { ids })).map((row) => row.repId)).toEqual(before.map((row) => row.repId));
    await expectClean(page, problems);
    await page.close();
  });

  it('filters by a zone chip: the footer and the rows agree with the core, and the filter survives a page switch', async () => {
    const { page, problems } = await openClients(app);
    const grid = gridOf(page);
    const red = await app.api.call('clients.page', { query: { zones: ['red'] }, offset: 0, limit: 30 });
    await page.getByTestId('chip-zone-red').click();
    await expect.poll(() => page.getByTestId('clients-filtered').textContent()).toBe(String(red.total));
    expect(await page.getByTestId('zone-count-red').textContent()).toContain(String(red.total));
    expect(await page.getByTestId('zone-count-yellow').textContent()).toContain('0');
    await expect.poll(() => grid.rowAt(0, 'name').textContent()).toBe(red.rows[0]!.name);
    for (let index = 0; index < 10; index++) await expect.poll(() => grid.rowAt(index, 'cell').textContent()).toContain('红区');
    await page.screenshot({ path: 'test-results/client-grid-zone-filter.png' });

    await page.getByRole('navigation').getByRole('link', { name: '九宫格', exact: true }).click();
    await page.getByRole('navigation').getByRole('link', { name: '客户', exact: true }).click();
    await expect.poll(() => page.getByTestId('clients-filtered').textContent()).toBe(String(red.total));
    expect(await page.getByTestId('chip-zone-red').getAttribute('aria-pressed')).toBe('true');

    // With a cell chip too: red ∩ A1.
    const a1 = await app.api.call('clients.page', { query: { zones: ['red'], cells: ['A1'] }, offset: 0, limit: 1 });
    await page.getByTestId('chip-cell-A1').click();
    await expect.poll(() => page.getByTestId('clients-filtered').textContent()).toBe(String(a1.total));
    await page.getByRole('button', { name: '清除筛选' }).click();
    const all = await app.api.call('clients.page', { query: {}, offset: 0, limit: 1 });
    await expect.poll(() => page.getByTestId('clients-filtered').textContent()).toBe(String(all.total));
    await expectClean(page, problems);
    await page.close();
  });

  it('filters a column with the set-like filter and searches by pinyin initials', async () => {
    const { page, problems } = await openClients(app);
    const grid = gridOf(page);
    await grid.root.locator('.ag-header-cell[col-id="title"] [data-ref="eFilterButton"]').click();
    const filter = page.getByTestId('facet-filter-title');
    await filter.getByText('（全选）').click();
    await filter.getByRole('checkbox', { name: /^主任医师\s*\d+$/ }).check();
    await page.screenshot({ path: 'test-results/client-grid-set-filter-open.png' });
    await filter.getByRole('button', { name: '应用' }).click();
    const chiefs = await app.api.call('clients.page', { query: { conditions: [{ kind: 'set', field: 'title', values: ['主任医师'] }] }, offset: 0, limit: 1 });
    await expect.poll(() => page.getByTestId('clients-filtered').textContent()).toBe(String(chiefs.total));
    await expect.poll(() => grid.rowAt(0, 'title').textContent()).toBe('主任医师');
    await page.screenshot({ path: 'test-results/client-grid-set-filter.png' });

    const initials = await app.api.call('clients.page', {
      query: { search: 'lhj', conditions: [{ kind: 'set', field: 'title', values: ['主任医师'] }] },
      offset: 0,
      limit: 1,
    });
    await search(page, 'lhj');
    await expect.poll(() => page.getByTestId('clients-filtered').textContent()).toBe(String(initials.total));
    await page.getByRole('button', { name: '清除筛选' }).click();
    await expectClean(page, problems);
    await page.close();
  });

  it('deletes a client after confirmation, and undo brings it back whole', async () => {
    const client = await firstMatching(app, { conditions: [{ kind: 'number', field: 'volumeOurs', op: 'greaterThan', value: 100 }] });
    const total = (await app.api.call('stats.summary', {})).totals.clients;
    const { page, problems } = await openClients(app);
    const grid = gridOf(page);
    await search(page, client.name);
    await grid.checkbox(client.id).check();
    await page.getByTestId('delete-rows').click();
    const dialog = page.getByRole('dialog', { name: '删除 1 位客户？' });
    await dialog.getByRole('button', { name: '删除', exact: true }).click();
    await expect.poll(async () => rowOf(app, client.id)).toBeUndefined();
    await expect.poll(() => page.getByTestId('clients-total').textContent()).toBe(String(total - 1));
    await expect.poll(() => grid.cell(client.id, 'name').count()).toBe(0);

    // Focus outside any text field (the page title), then the app's undo.
    await page.getByRole('heading', { level: 1, name: '客户' }).click();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await rowOf(app, client.id))?.name).toBe(client.name);
    expect(await rowOf(app, client.id)).toEqual(client);
    await expect.poll(() => page.getByTestId('clients-total').textContent()).toBe(String(total));
    await expect.poll(() => grid.cell(client.id, 'name').textContent()).toBe(client.name);
    await expectClean(page, problems);
    await page.close();
  });

  it('copies selected rows as TSV and pastes a column into them (validated, one step per distinct value)', async () => {
    const { page, problems } = await openClients(app);
    const grid = gridOf(page);
    const rows = (await app.api.call('clients.page', { query: {}, offset: 0, limit: 3 })).rows;
    for (const row of rows) await grid.checkbox(row.id).check();
    await page.getByTestId('copy-rows').click();
    await expect.poll(() => page.getByTestId('grid-message').textContent()).toContain('已复制 3 行');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const lines = copied.split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]!.split('\t').slice(0, 3)).toEqual(['姓名', '客户级别', '医院']);
    expect(lines[1]!.split('\t')[0]).toBe(rows[0]!.name);

    // A refused value: nothing is saved.
    await page.evaluate(() => navigator.clipboard.writeText('100\n-5\n300\n'));
    await page.getByTestId('paste-column').click();
    const dialog = page.getByTestId('paste-dialog');
    await dialog.getByLabel('填入的列').selectOption({ label: '我方月用量(支)' });
    await expect.poll(() => dialog.getByTestId('paste-text').inputValue()).toContain('-5');
    await expect.poll(() => dialog.getByTestId('paste-plan').textContent()).toContain('第 2 行：不能是负数');
    expect(await dialog.getByRole('button', { name: '粘贴', exact: true }).isDisabled()).toBe(true);
    await dialog.getByTestId('paste-text').fill('100\n200\n100');
    await expect.poll(() => dialog.getByTestId('paste-plan').textContent()).toContain('2 个不同的值');
    await dialog.getByRole('button', { name: '粘贴', exact: true }).click();
    await expect.poll(async () => (await app.api.call('clients.rows', { ids: rows.map((r) => r.id) })).map((r) => r.volumeOurs)).toEqual([100, 200, 100]);
    await app.api.call('history.undo', {});
    await app.api.call('history.undo', {});
    await expect.poll(async () => (await app.api.call('clients.rows', { ids: rows.map((r) => r.id) })).map((r) => r.volumeOurs)).toEqual(rows.map((r) => r.volumeOurs));
    await expectClean(page, problems);
    await page.close();
  });

  it('adds a client with the same validation, as one undo step', async () => {
    const { page, problems } = await openClients(app);
    const total = (await app.api.call('stats.summary', {})).totals.clients;
    await page.getByTestId('add-client').click();
    const dialog = page.getByTestId('add-client-dialog');
    await dialog.getByLabel('姓名').fill('测试医生');
    await dialog.getByLabel('医院', { exact: true }).fill('临江市第一人民医院');
    await dialog.getByLabel('职称').selectOption('主任医师');
    await dialog.getByLabel('我方月用量(支)').fill('-5');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => dialog.getByRole('alert').first().textContent()).toContain('不能是负数');
    expect((await app.api.call('stats.summary', {})).totals.clients).toBe(total);
    await dialog.getByLabel('我方月用量(支)').fill('300');
    await page.screenshot({ path: 'test-results/client-grid-add.png' });
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByTestId('clients-total').textContent()).toBe(String(total + 1));
    await expect.poll(() => page.getByTestId('grid-message').textContent()).toContain('测试医生');
    expect((await app.api.call('history.state', {})).undoCommand).toBe('clients.create');
    await app.api.call('history.undo', {});
    await expect.poll(() => page.getByTestId('clients-total').textContent()).toBe(String(total));
    await expectClean(page, problems);
    await page.close();
  });

  it('edits by keyboard alone: arrows to a cell, Enter to edit, Enter to save, Escape to cancel', async () => {
    const client = await firstMatching(app, { conditions: [{ kind: 'text', field: 'department', op: 'notBlank' }] });
    const { page, problems } = await openClients(app);
    const grid = gridOf(page);
    await search(page, client.name);
    await grid.cell(client.id, 'hospitalName').click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => grid.cell(client.id, 'department').getAttribute('class')).toContain('ag-cell-focus');
    const editor = grid.root.locator('.ag-cell-inline-editing input');
    const fresh = client.department === '全科医学科' ? '心内科' : '全科医学科';
    await page.keyboard.press('Enter');
    await expect.poll(() => editor.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('不应保存的科室');
    await page.keyboard.press('Escape');
    await expect.poll(() => editor.count()).toBe(0);
    // The grid redraws the cell after the editor closes: poll rather than read once.
    await expect.poll(() => grid.cell(client.id, 'department').textContent()).toBe(client.department);
    expect((await rowOf(app, client.id))!.department).toBe(client.department);
    await page.keyboard.press('Enter');
    await expect.poll(() => editor.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+a');
    await page.keyboard.type(fresh);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await rowOf(app, client.id))?.department).toBe(fresh);
    await expect.poll(() => grid.cell(client.id, 'department').textContent()).toBe(fresh);
    // Still on the cell, out of the editor: Ctrl+Z is the app's undo.
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await rowOf(app, client.id))?.department).toBe(client.department);
    // The grid shows the undone value and keeps the focus on the cell; then Space ticks the focused row.
    await expect.poll(() => grid.cell(client.id, 'department').textContent()).toBe(client.department);
    await expect.poll(() => grid.cell(client.id, 'department').getAttribute('class')).toContain('ag-cell-focus');
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('clients-selected').textContent()).toBe('1');
    await expectClean(page, problems);
    await page.close();
  });

  it('saves the column layout (width, hidden columns) per user and restores it', async () => {
    const { page, problems } = await openClients(app);
    const grid = gridOf(page);
    const header = grid.root.locator('.ag-header-cell[col-id="hospitalName"]');
    const before = (await header.boundingBox())!;
    const handle = header.locator('.ag-header-cell-resize');
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.getByRole('group', { name: '批量操作' }).click({ position: { x: 2, y: 2 } });
    await page.locator('.column-chooser > summary').click();
    await page.locator('.column-chooser-panel').getByRole('checkbox', { name: '科室' }).uncheck();
    await page.screenshot({ path: 'test-results/client-grid-columns.png' });
    await expect
      .poll(async () => (await app.api.call('settings.get', {})).clientGridColumns?.find((c) => c.colId === 'hospitalName')?.width ?? 0)
      .toBeGreaterThan(before.width + 40);
    await expect.poll(async () => (await app.api.call('settings.get', {})).clientGridColumns?.find((c) => c.colId === 'department')?.hide).toBe(true);

    await page.reload();
    await page.getByTestId('clients-total').waitFor();
    await expect.poll(async () => (await header.boundingBox())?.width ?? 0).toBeGreaterThan(before.width + 40);
    expect(await grid.root.locator('.ag-header-cell[col-id="department"]').count()).toBe(0);
    // Back to the default columns (and nothing saved).
    await page.locator('.column-chooser > summary').click();
    await page.locator('.column-chooser-panel').getByRole('button', { name: '恢复默认列' }).click();
    await expect.poll(async () => (await app.api.call('settings.get', {})).clientGridColumns).toEqual([]);
    await expect.poll(() => grid.root.locator('.ag-header-cell[col-id="department"]').count()).toBe(1);
    await expectClean(page, problems);
    await page.close();
  });

  it('speaks English when the app does (headers and the grid’s own texts)', async () => {
    const { page, problems } = await openClients(app);
    await page.getByRole('button', { name: /English/ }).click();
    const grid = gridOf(page);
    await expect.poll(() => grid.root.locator('.ag-header-cell[col-id="title"]').textContent()).toContain('Title');
    await page.getByTestId('clients-total').waitFor();
    await page.screenshot({ path: 'test-results/client-grid-en.png' });
    await app.api.call('settings.update', { locale: 'zh-CN' });
    await expectClean(page, problems);
    await page.close();
  });
});

describe('the client grid of a regional roll-up (两个区域的分级表)', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ seedDemo: false });
    await importFixture(app.api, 'region-east.xlsx', { region: '华东' });
    await importFixture(app.api, 'region-north.xlsx', { region: '华北' });
  });
  afterAll(async () => app?.close());

  it('shows the 区域 column by default, filters to one region by its facet filter and by its chip, edits it with undo, and the board names it', async () => {
    const { page, problems } = await openClients(app);
    const grid = gridOf(page);
    await expect.poll(() => page.getByTestId('clients-total').textContent()).toBe('4');
    const header = grid.root.locator('.ag-header-cell[col-id="region"]');
    await expect.poll(() => header.count()).toBe(1);
    expect(await header.textContent()).toContain('区域');
    const rows = (await app.api.call('clients.page', { query: {}, offset: 0, limit: 10 })).rows;
    const east = rows.filter((row) => row.region === '华东');
    expect(east).toHaveLength(2);
    for (const row of rows) await expect.poll(() => grid.cell(row.id, 'region').textContent()).toBe(row.region);

    // The facet filter: only 华东.
    await header.locator('[data-ref="eFilterButton"]').click();
    const filter = page.getByTestId('facet-filter-region');
    await expect.poll(() => filter.getByRole('checkbox', { name: /^华北\s*2$/ }).count()).toBe(1);
    await filter.getByText('（全选）').click();
    await filter.getByRole('checkbox', { name: /^华东\s*2$/ }).check();
    await filter.getByRole('button', { name: '应用' }).click();
    await expect.poll(() => page.getByTestId('clients-filtered').textContent()).toBe('2');
    for (let index = 0; index < 2; index++) await expect.poll(() => grid.rowAt(index, 'region').textContent()).toBe('华东');
    await page.screenshot({ path: 'test-results/client-grid-regions.png' });
    await page.getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(() => page.getByTestId('clients-filtered').textContent()).toBe('4');

    // The chip: only 华北, sorted by the column (pinyin: 华北 before 华东).
    await page.getByTestId('chip-region-华北').click();
    await expect.poll(() => page.getByTestId('clients-filtered').textContent()).toBe('2');
    for (let index = 0; index < 2; index++) await expect.poll(() => grid.rowAt(index, 'region').textContent()).toBe('华北');
    await page.getByTestId('chip-region-华北').click();
    await expect.poll(() => page.getByTestId('clients-filtered').textContent()).toBe('4');
    await header.locator('.ag-header-cell-label').click();
    await expect.poll(async () => Promise.all([0, 1, 2, 3].map((index) => grid.rowAt(index, 'region').textContent()))).toEqual(['华北', '华北', '华东', '华东']);

    // Edited in place like the department; Ctrl+Z restores it.
    const client = east[0]!;
    await grid.cell(client.id, 'region').dblclick();
    const editor = grid.root.locator('.ag-cell-inline-editing input');
    await expect.poll(() => editor.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('华南');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await rowOf(app, client.id))?.region).toBe('华南');
    await expect.poll(() => grid.cell(client.id, 'region').textContent()).toBe('华南');
    expect((await app.api.call('history.state', {})).undoCommand).toBe('clients.update');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await rowOf(app, client.id))?.region).toBe('华东');

    // The board's cards name the region when there are several.
    await page.getByRole('navigation').getByRole('link', { name: '九宫格', exact: true }).click();
    const card = page.locator(`.board-card[data-client-id="${client.id}"]`);
    await expect.poll(() => card.locator('.board-card-place').textContent()).toContain('华东');
    expect(await card.locator('.board-card-body').getAttribute('aria-label')).toContain('区域 华东');
    await expectClean(page, problems);
    await page.close();
  });
});

describe('the client grid under AG Grid’s dev validations (throwing on errors)', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => app?.close());

  it('mounts, loads, sorts, filters, edits and selects without a validation error', async () => {
    const { page, problems } = await openClients(app, () => window.localStorage.setItem('tg.agValidation', '1'));
    expect(await page.evaluate(() => document.documentElement.dataset.agValidation)).toBe('throw');
    const grid = gridOf(page);
    await expect.poll(() => grid.rowAt(0, 'name').textContent()).not.toBe('');
    await grid.root.locator('.ag-header-cell[col-id="name"] .ag-header-cell-label').click();
    await grid.root.locator('.ag-header-cell[col-id="volumeOurs"] [data-ref="eFilterButton"]').click();
    await page.keyboard.press('Escape');
    await grid.root.locator('.ag-header-cell[col-id="cell"] [data-ref="eFilterButton"]').click();
    await page.getByTestId('facet-filter-cell').getByRole('button', { name: '重置' }).click();
    await page.keyboard.press('Escape');
    await grid.rowAt(0, 'title').dblclick();
    await page.keyboard.press('Escape');
    await grid.rowAt(0, 'volumeOurs').dblclick();
    await page.getByTestId('number-editor').waitFor();
    await page.keyboard.press('Escape');
    await grid.root.locator('.ag-row[row-index="1"] .ag-selection-checkbox input').check();
    await page.getByTestId('chip-zone-yellow').click();
    await expect.poll(() => grid.rowAt(0, 'cell').textContent()).toContain('黄区');
    expect(await page.locator('.ag-dev-overlay, [class*="validation-overlay"]').count()).toBe(0);
    await expectClean(page, problems);
    await page.close();
  });
});
