import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { pdfLayout } from './pdfLayout';

/** Waits for a print route's ready signal, then prints it with Electron's printToPDF layout (electron/main/printing/printOptions.ts) in Chromium. */
export async function printPdf(page: Page, path: string): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset['printReady'] ?? null), { timeout: 30_000 }).toBe('true');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path, ...pdfLayout() });
}

export const pdfText = (path: string, page?: number) =>
  execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', path, '-'], { encoding: 'utf8' });
export const pdfInfo = (path: string) => execFileSync('pdfinfo', [path], { encoding: 'utf8' });
export const pdfPages = (path: string) => Number(/Pages:\s+(\d+)/.exec(pdfInfo(path))![1]);
