import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { printRouteHash, type PrintRequest } from '../../../shared/planning/printRoute';
import { pdfText, printPdf } from './printPdf';

/**
 * Steps the end-to-end tests take the way a manager does, through the page: activate a model,
 * import a file through the wizard, print a rep's plan.
 */

/** Model activation takes a backup and regrades every client: seconds on a busy machine. */
const SLOW = { timeout: 20_000 };

const navLink = (page: Page, name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true });

/** 模型 → 设为当前模型 → 备份并切换, then waits for the core's "done" notice naming the model. */
export async function activateModel(page: Page, model: { id: string; name: { 'zh-CN': string } }): Promise<void> {
  await navLink(page, '模型').click();
  await page.locator(`tr[data-model-id="${model.id}"]`).getByRole('button', { name: '设为当前模型' }).click();
  await page.getByRole('dialog', { name: '设为当前模型？' }).getByRole('button', { name: '备份并切换' }).click();
  await expect.poll(() => page.getByTestId('activation-result').textContent(), SLOW).toContain(`已设为当前模型：${model.name['zh-CN']}`);
}

/** 导入/导出 → the file → the mapping step; returns the suggested target of every column. */
export async function openImportMapping(page: Page, file: string): Promise<string[]> {
  await navLink(page, '导入/导出').click();
  await page.getByTestId('import-file-input').setInputFiles(file);
  const mapping = page.getByTestId('mapping-table');
  await mapping.waitFor(SLOW);
  return mapping.locator('select').evaluateAll((selects) => selects.map((select) => (select as HTMLSelectElement).value));
}

/** From the mapping step: the preview (which must announce `added` new clients), then the import and its report. */
export async function commitImport(page: Page, added: number): Promise<void> {
  await page.getByTestId('mapping-next').click();
  await expect.poll(() => page.getByTestId('preview-counts').textContent(), SLOW).toContain(`将新增 ${added} 位`);
  await page.getByTestId('commit-import').click();
  await page.getByTestId('report-step').waitFor(SLOW);
}

/** Opens the print route of a plan on the page, prints it to `path` and returns its text (pdftotext -layout). */
export async function printPlan(page: Page, request: PrintRequest, path: string): Promise<string> {
  await page.evaluate((hash) => (window.location.hash = hash), printRouteHash(request));
  await printPdf(page, path);
  return pdfText(path);
}
