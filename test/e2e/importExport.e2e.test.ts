import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspViolations, startApp, type RunningApp } from './harness/startApp';

const FIXTURES = join(import.meta.dirname, '../fixtures/spreadsheets');

describe('import and export in Chromium, on the real core', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
    mkdirSync('test-results', { recursive: true });
    mkdirSync('docs', { recursive: true });
  });
  afterAll(async () => app?.close());

  it('imports a hand-made WPS table through the wizard: header, mapping, preview, one undoable import, report', async () => {
    const before = (await app.api.call('clients.page', {})).total;
    const { page, problems } = await app.openPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('navigation').getByRole('link', { name: '导入/导出', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '导入/导出' }).waitFor();

    await page.getByTestId('import-file-input').setInputFiles(join(FIXTURES, 'manager-wps.xlsx'));
    const mapping = page.getByTestId('mapping-table');
    await mapping.waitFor();
    expect(await page.getByTestId('mapping-source').textContent()).toContain('第 4 行，两行合并');
    const targets = await mapping.locator('select').evaluateAll((selects) => selects.map((select) => (select as HTMLSelectElement).value));
    expect(targets).toEqual(['rowNumber', 'hospitalName', 'hospitalClass', 'department', 'name', 'title', 'volumeOurs', 'volumeCompetitor', 'behaviour', 'attr:最近拜访', 'attr:备注']);
    // The user keeps 备注 out of the import.
    await page.getByTestId('mapping-target-10').selectOption('ignore');
    await mapping.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'docs/screenshot-import-mapping.png' });

    await page.getByTestId('mapping-next').click();
    const counts = page.getByTestId('preview-counts');
    await expect.poll(() => counts.textContent()).toContain('将新增 6 位');
    expect(await counts.textContent()).toContain('跳过 2 行');
    const previewTable = page.getByTestId('preview-table');
    expect(await previewTable.textContent()).toContain('周建国');
    expect(await previewTable.textContent()).toContain('合计行');
    await page.screenshot({ path: 'test-results/import-preview.png' });

    await page.getByTestId('commit-import').click();
    await page.getByTestId('report-step').waitFor();
    expect(await page.getByTestId('report-added').textContent()).toBe('6');
    expect(await page.getByTestId('report-summary').textContent()).toContain('新增 6 位');
    await page.screenshot({ path: 'docs/screenshot-import-report.png' });

    // The report is saved as an xlsx (a download in the browser preview).
    const download = page.waitForEvent('download');
    await page.getByTestId('save-report').click();
    const saved = await download;
    expect(saved.suggestedFilename()).toMatch(/^导入报告-manager-wps\.xlsx$/);

    expect((await app.api.call('clients.page', {})).total).toBe(before + 6);
    const zhou = (await app.api.call('clients.page', { query: { search: '周建国' } })).rows[0];
    expect(zhou).toMatchObject({ hospitalName: '上海市第六人民医院', hospitalClass: '三甲', volumeOurs: 500, cell: 'A1', attributes: { 最近拜访: '2026-03-12' } });
    expect(zhou?.attributes).not.toHaveProperty('备注');
    // One import is one undo step.
    expect(await app.api.call('history.state', {})).toMatchObject({ undoCommand: 'transfer.commit' });
    await app.api.call('history.undo', {});
    expect((await app.api.call('clients.page', {})).total).toBe(before);

    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('asks what unknown words mean, saves them to the dictionaries as one undo step, and grades the rows', async () => {
    const empty = await startApp({ seedDemo: false });
    const { page, problems } = await empty.openPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('navigation').getByRole('link', { name: '导入/导出', exact: true }).click();
    await page.getByTestId('import-file-input').setInputFiles(join(FIXTURES, 'unknown-words.xlsx'));
    await page.getByTestId('mapping-table').waitFor();
    await page.getByTestId('mapping-next').click();
    const values = page.getByTestId('values-table');
    await values.waitFor();
    const rows = values.getByTestId('unknown-value');
    expect(await rows.allTextContents()).toEqual([
      expect.stringMatching(/^职称主管医师2第 2、4 行/),
      expect.stringMatching(/^职称专家1第 5 行/),
      expect.stringMatching(/^医院级别省级医院2第 2、3 行/),
      expect.stringMatching(/^处方行为主用3第 2、4、6 行/),
      expect.stringMatching(/^处方行为偶尔用1第 7 行/),
    ]);
    await page.getByRole('combobox', { name: '对应到 主管医师' }).selectOption('attending');
    await page.getByRole('combobox', { name: '对应到 省级医院' }).selectOption('3');
    await page.getByRole('combobox', { name: '对应到 主用' }).selectOption('1');
    await page.screenshot({ path: 'docs/screenshot-import-values.png' });
    await page.getByTestId('save-values').click();
    await expect.poll(() => page.getByTestId('wizard-notice').textContent()).toContain('已把 3 个写法保存到字典');
    // 专家 and 偶尔用 were left unmapped: their rows stay ungraded, with the warning.
    expect(await empty.api.call('history.state', {})).toMatchObject({ undoCommand: 'dictionaries.addEntries' });
    await page.getByTestId('commit-import').click();
    await page.getByTestId('report-step').waitFor();
    const zhao = (await empty.api.call('clients.page', { query: { search: '赵刚' } })).rows[0];
    expect(zhao).toMatchObject({ title: '主管医师', hospitalClass: '省级医院', behaviour: '主用', cell: 'A1' });
    const li = (await empty.api.call('clients.page', { query: { search: '李娟' } })).rows[0];
    expect(li?.cell).toBeNull();
    expect(problems).toEqual([]);
    await page.close();
    await empty.close();
  });

  it('imports a grading table sheet after sheet without choosing the file again', async () => {
    const exported = await app.api.call('transfer.export', { kind: 'gradingTable' });
    const path = join('test-results', 'grading-table-e2e.xlsx');
    writeFileSync(path, Buffer.from(exported.base64, 'base64'));
    // Into an empty database, so every sheet adds its rep's clients.
    const empty = await startApp({ seedDemo: false });
    const { page, problems } = await empty.openPage();
    await page.getByRole('navigation').getByRole('link', { name: '导入/导出', exact: true }).click();
    await page.getByTestId('import-file-input').setInputFiles(path);
    await page.getByTestId('mapping-table').waitFor();
    const sheets = await page.getByTestId('import-sheet').locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(sheets[0]).toBe('汇总');
    const [firstRep, secondRep] = [sheets[1]!, sheets[2]!];
    await page.getByTestId('import-sheet').selectOption(firstRep);
    await expect.poll(() => page.getByTestId('import-sheet').inputValue()).toBe(firstRep);
    await page.getByTestId('mapping-next').click();
    await page.getByTestId('preview-counts').waitFor();
    await page.getByLabel('以工作表名作为代表').check();
    await page.getByTestId('commit-import').click();
    await page.getByTestId('report-step').waitFor();

    // The report offers the workbook's other sheets; the next one keeps the settings (the sheet is the rep).
    const next = page.getByTestId('next-sheets');
    expect(await next.textContent()).toContain(`导入工作表“${secondRep}”`);
    expect(await next.textContent()).not.toContain(`导入工作表“${firstRep}”`);
    await next.getByRole('button', { name: `导入工作表“${secondRep}”` }).click();
    await page.getByTestId('mapping-table').waitFor();
    expect(await page.getByTestId('import-sheet').inputValue()).toBe(secondRep);
    await page.getByTestId('mapping-next').click();
    await page.getByTestId('preview-counts').waitFor();
    expect(await page.getByLabel('以工作表名作为代表').isChecked()).toBe(true);
    await page.getByTestId('commit-import').click();
    await page.getByTestId('report-step').waitFor();
    await expect.poll(() => page.getByTestId('next-sheets').textContent()).toContain(`已导入的工作表：${firstRep}、${secondRep}`);
    await page.screenshot({ path: 'test-results/import-next-sheet.png' });
    const reps = await empty.api.call('reps.list', {});
    expect(reps.map((rep) => rep.name).sort()).toEqual([firstRep, secondRep].sort());
    expect(problems).toEqual([]);
    await page.close();
    await empty.close();
  });

  it('explains a file it cannot read, in Chinese, and the app stays up', async () => {
    const { page, problems } = await app.openPage();
    await page.getByRole('navigation').getByRole('link', { name: '导入/导出', exact: true }).click();
    await page.getByTestId('import-file-input').setInputFiles(join(FIXTURES, 'legacy.xls'));
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('另存为 .xlsx');
    await page.getByTestId('import-file-input').setInputFiles(join(FIXTURES, 'truncated.xlsx'));
    await expect.poll(() => alert.textContent()).toContain('已损坏或不完整');
    // Still working: a good file goes through.
    await page.getByTestId('import-file-input').setInputFiles(join(FIXTURES, 'gbk.csv'));
    await page.getByTestId('mapping-table').waitFor();
    expect(await page.getByTestId('import-encoding').inputValue()).toBe('gb18030');
    expect(problems.filter((problem) => !problem.includes('the server responded with a status of'))).toEqual([]);
    await page.close();
  });

  it('opens the wizard with a file dropped anywhere on the window', async () => {
    const { page } = await app.openPage();
    await page.getByRole('navigation').getByRole('link', { name: '客户', exact: true }).click();
    const bytes = readFileSync(join(FIXTURES, 'utf8-bom.csv')).toString('base64');
    await page.evaluate(async (base64) => {
      const binary = atob(base64);
      const file = new File([Uint8Array.from(binary, (c) => c.charCodeAt(0))], 'dropped.csv', { type: 'text/csv' });
      const transfer = new DataTransfer();
      transfer.items.add(file);
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    }, bytes);
    await page.getByRole('heading', { level: 1, name: '导入/导出' }).waitFor();
    await page.getByTestId('mapping-table').waitFor();
    expect(await page.getByTestId('mapping-step').textContent()).toContain('dropped.csv');
    await page.close();
  });

  it('exports the grading table as a real xlsx download', async () => {
    const { page, problems } = await app.openPage();
    await page.getByRole('navigation').getByRole('link', { name: '导入/导出', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByTestId('export-gradingTable').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^客户分级表-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const path = join('test-results', 'export.xlsx');
    await file.saveAs(path);
    expect(readFileSync(path).subarray(0, 2).toString('latin1')).toBe('PK');
    await expect.poll(() => page.getByTestId('export-status').textContent()).toContain('已保存');
    expect(problems).toEqual([]);
    await page.close();
  });
});
