import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportRouteHash } from '../../shared/analysis/reportRoute';
import { printRouteHash } from '../../shared/planning/printRoute';
import { pdfInfo, pdfPages, pdfText, printPdf } from './harness/printPdf';
import { cspViolations, startApp, type RunningApp } from './harness/startApp';

const OUT = 'test-results';
const PERIOD = '2026-Q4';
const REASON = '院长换届重点跟进';
const BULK_REASON = '季度复核按处方量调整';
const BULK = 60;
/** Commands that take a backup can take seconds on a busy machine. */
const SLOW = { timeout: 20_000 };

describe('the quarterly report (季度客户分级报告) in Chromium, through the loopback transport and the real core', () => {
  let app: RunningApp;
  let fromId: number;
  let toId: number;
  let moved: { id: number; name: string; repId: number; repName: string };

  beforeAll(async () => {
    app = await startApp();
    mkdirSync(OUT, { recursive: true });
    mkdirSync('docs', { recursive: true });
    fromId = (await app.api.call('snapshots.take', { period: '2026-Q3', label: '季度初' })).id;
    const { rows } = await app.api.call('clients.list', { limit: 500 });
    const graded = rows.filter((row) => row.cell !== null && row.repId !== null && row.repName !== null && row.overrideCell === null);
    const first = graded.find((row) => row.cell !== 'A1')!;
    moved = { id: first.id, name: first.name, repId: first.repId!, repName: first.repName! };
    await app.api.call('grades.override', { clientIds: [first.id], cell: 'A1', reason: REASON });
    // Enough movers that their list runs over pages.
    const bulk = graded.filter((row) => row.id !== first.id && row.cell !== 'B1').slice(0, BULK);
    await app.api.call('grades.override', { clientIds: bulk.map((row) => row.id), cell: 'B1', reason: BULK_REASON });
    toId = (await app.api.call('snapshots.take', { period: PERIOD })).id;
  }, 60_000);
  afterAll(async () => app?.close());

  it('prints an A4 report with the title, period, zones, reps, SVG charts, every mover with the reason, and page numbers', SLOW, async () => {
    const { page, problems } = await app.openPage();
    const reps = await app.api.call('reps.list', {});
    const movement = await app.api.call('analysis.movement', { fromId, toId, limit: 2000 });
    expect(movement.movers.total).toBeGreaterThanOrEqual(BULK + 1);
    await page.evaluate((hash) => (window.location.hash = hash), reportRouteHash({ period: PERIOD, fromId, toId }));
    await expect.poll(() => page.getByTestId('report-sheet').isVisible()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['printReady'] ?? null), { timeout: 30_000 }).toBe('true');
    await page.screenshot({ path: join(OUT, 'quarterly-report-screen.png') });
    const pdf = join(OUT, 'quarterly-report.pdf');
    await printPdf(page, pdf);

    // Every chart is drawn as SVG (vector in the PDF: its texts are text).
    const charts = await page.locator('[data-report-chart]').count();
    expect(charts).toBe(5);
    expect(await page.locator('[data-report-chart] svg').count()).toBe(charts);

    expect(pdfInfo(pdf)).toMatch(/Page size:\s+59[56]\.\d+ x 84[123]\.\d+ pts \(A4\)/);
    const text = pdfText(pdf);
    for (const label of ['季度客户分级报告', '2026年第4季度', PERIOD, '红区', '蓝区', '全部区域 · 全部代表', '各代表分级汇总', '卡方检验结论', REASON, BULK_REASON, moved.name, '期初', '累计处方量占比']) {
      expect({ label, found: text.includes(label) }).toEqual({ label, found: true });
    }
    for (const rep of reps) expect(text).toContain(rep.name);
    // The summary: clients, moved up/down, as the core counts them.
    const pareto = await app.api.call('analysis.pareto', { snapshotId: toId, limit: 0 });
    expect(text).toMatch(new RegExp(`客户数\\s+[\\s\\S]*${pareto.clients.toLocaleString('zh-CN')}`));
    expect(await page.getByTestId('report-facts').locator('[data-fact="up"] dd').textContent()).toBe(String(movement.up));
    expect(await page.getByTestId('report-facts').locator('[data-fact="down"] dd').textContent()).toBe(String(movement.down));
    // Every mover is listed, each once.
    expect(await page.getByTestId('report-movers').locator('tbody tr').count()).toBe(movement.movers.total);

    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThan(2);
    expect(pdfText(pdf, 1)).toMatch(new RegExp(`1\\s*/\\s*${pages}`));
    expect(pdfText(pdf, pages)).toMatch(new RegExp(`${pages}\\s*/\\s*${pages}`));
    // The movers' table header repeats on every page the list runs over.
    const start = Array.from({ length: pages }, (_, i) => i + 1).find((p) => pdfText(pdf, p).includes('级别变动的客户'))!;
    let continued = 0;
    for (let p = start + 1; p <= pages; p++) {
      const pageText = pdfText(pdf, p);
      if (!pageText.includes(BULK_REASON)) continue;
      continued++;
      expect(pageText).toMatch(/客户\s+医院\s+代表\s+级别变动\s+原因/);
    }
    expect(continued).toBeGreaterThan(0);

    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join('docs', 'quarterly-report-page1')]);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '2', '-l', '2', '-singlefile', pdf, join(OUT, 'quarterly-report-page2')]);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '3', '-l', '3', '-singlefile', pdf, join(OUT, 'quarterly-report-page3')]);
    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('prints one rep’s report against today’s grades, in that rep’s scope', SLOW, async () => {
    const { page, problems } = await app.openPage();
    await page.evaluate((hash) => (window.location.hash = hash), reportRouteHash({ period: PERIOD, fromId, toId: null, repId: moved.repId }));
    const pdf = join(OUT, 'quarterly-report-rep.pdf');
    await printPdf(page, pdf);
    expect(await page.getByTestId('report-scope').textContent()).toBe(`全部区域 · ${moved.repName}`);
    const movement = await app.api.call('analysis.movement', { fromId, toId: null, repId: moved.repId, limit: 2000 });
    expect(await page.getByTestId('report-movers').locator('tbody tr').count()).toBe(movement.movers.total);
    const text = pdfText(pdf);
    expect(text).toContain('当前分级');
    expect(text).toContain(REASON);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says an invalid address is invalid (and not ready), and the plan’s print route still shows the plan', SLOW, async () => {
    const { page } = await app.openPage();
    await page.evaluate(() => (window.location.hash = '#/print/report?period=2026-13&from=1&to=now'));
    await expect.poll(() => page.getByText('报告地址无效。').isVisible()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['printReady'] ?? null)).toBe('error');
    await page.evaluate((hash) => (window.location.hash = hash), printRouteHash({ period: '2026-12', repIds: 'all' }));
    await expect.poll(() => page.getByTestId('print-plan').isVisible()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['printReady'] ?? null)).toBe('true');
    await page.close();
  });
});
