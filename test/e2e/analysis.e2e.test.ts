import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspViolations, startApp, type RunningApp } from './harness/startApp';

describe('the analysis page in Chromium, on the real core', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
    mkdirSync('docs', { recursive: true });
  });
  afterAll(async () => app?.close());

  it('draws where visits go (by rep and zone against capacity, by cell) with ECharts, under the CSP', async () => {
    const { page, problems } = await app.openPage();
    await page.setViewportSize({ width: 1440, height: 1000 });
    await page.getByRole('navigation').getByRole('link', { name: '分析', exact: true }).click();
    const reps = page.getByTestId('chart-rep-visits');
    const cells = page.getByTestId('chart-cell-visits');
    await reps.locator('canvas').waitFor();
    await cells.locator('canvas').waitFor();
    for (const chart of [reps, cells]) {
      const box = await chart.locator('canvas').boundingBox();
      expect(box!.width).toBeGreaterThan(300);
      expect(box!.height).toBeGreaterThan(200);
    }

    // The chart's text alternative carries the core's figures for the month shown.
    const month = await page.getByTestId('visit-charts-month').inputValue();
    const load = await app.api.call('planning.load', { month });
    const label = (await reps.getAttribute('aria-label')) ?? '';
    for (const rep of load.reps) expect(label).toContain(`${rep.repName}：需求`);

    // Something was drawn: the canvas is not blank.
    const inked = await reps.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let coloured = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0 && (data[i] !== data[i + 1] || data[i + 1] !== data[i + 2])) coloured++;
      return coloured;
    });
    expect(inked).toBeGreaterThan(1000);
    await page.getByTestId('visit-charts').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'docs/screenshot-analysis.png' });

    // Another month asks the core again; the page stays clean.
    await page.getByTestId('visit-charts-month').fill('2026-02');
    await expect.poll(async () => (await reps.getAttribute('aria-label')) !== label || month === '2026-02').toBe(true);
    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });
});
