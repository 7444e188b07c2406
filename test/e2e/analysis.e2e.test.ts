import { mkdirSync, readFileSync } from 'node:fs';
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

    // Something was drawn: the canvas is not blank (ECharts animates its bars in over the first frames).
    const inked = () =>
      reps.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let coloured = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0 && (data[i] !== data[i + 1] || data[i + 1] !== data[i + 2])) coloured++;
        return coloured;
      });
    await expect.poll(inked).toBeGreaterThan(1000);
    await page.getByTestId('visit-charts').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'docs/screenshot-analysis.png' });

    // Another month asks the core again; the page stays clean.
    await page.getByTestId('visit-charts-month').fill('2026-02');
    await expect.poll(async () => (await reps.getAttribute('aria-label')) !== label || month === '2026-02').toBe(true);
    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('answers the manager’s questions with filters, and a click on a chart opens those clients in the grid', async () => {
    const { page, problems } = await app.openPage();
    await page.setViewportSize({ width: 1440, height: 1000 });
    await page.getByRole('navigation').getByRole('link', { name: '分析', exact: true }).click();

    // 80/20: the head's share is the core's, and the flagged clients are listed.
    const pareto = await app.api.call('analysis.pareto', { limit: 50 });
    await page.getByTestId('chart-pareto').locator('canvas').waitFor();
    expect(await page.getByTestId('pareto-head').textContent()).toContain('前 20% 的客户贡献了');
    expect(await page.getByTestId('flags-high-volume-low-zone').textContent()).toContain(`${pareto.highVolumeLowZone.total} 位`);

    // Every rep is in the grading comparison, with the test's verdict.
    const reps = await app.api.call('reps.list', {});
    const repRows = page.getByTestId('reps-table').locator('tbody tr');
    await expect.poll(() => repRows.count()).toBe(reps.length);
    await page.getByTestId('chart-rep-distribution').locator('canvas').waitFor();
    await page.getByTestId('chart-zone-visits').locator('canvas').waitFor();
    await page.getByTestId('pareto-section').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'docs/screenshot-analysis-pareto.png' });

    // A chart saved as PNG (a download in the browser preview): a real PNG of the chart.
    const download = page.waitForEvent('download');
    await page.getByTestId('chart-pareto-png').click();
    const png = await download;
    expect(png.suggestedFilename()).toBe('处方量帕累托图（按月均处方量从高到低）.png');
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(10_000);

    // One rep: the Pareto is that rep's.
    const rep = reps[0]!;
    await page.getByTestId('analysis-rep').selectOption(String(rep.id));
    const repPareto = await app.api.call('analysis.pareto', { repId: rep.id, limit: 50 });
    await expect.poll(() => page.getByTestId('pareto-head').textContent()).toContain(`有处方量的客户 ${repPareto.withVolume} 位`);

    // The planned red bar (full zone colour) of the zone-visits chart, clicked: the grid opens with the red zone and the rep.
    const canvas = page.getByTestId('chart-zone-visits').locator('canvas');
    await canvas.scrollIntoViewIfNeeded();
    const redSpot = () =>
      canvas.evaluate((element: HTMLCanvasElement) => {
        const context = element.getContext('2d')!;
        const { data, width, height } = context.getImageData(0, 0, element.width, element.height);
        for (let y = height - 1; y >= 0; y -= 2) {
          for (let x = 0; x < width; x += 2) {
            const i = (y * width + x) * 4;
            if (data[i] === 0xd9 && data[i + 1] === 0x36 && data[i + 2] === 0x3e) return { x: x / (width / element.clientWidth), y: y / (height / element.clientHeight) - 4 };
          }
        }
        return null;
      });
    // The chart is drawn again for the chosen rep, its bars animated in: poll until the red one is there.
    await expect.poll(redSpot).not.toBeNull();
    const spot = await redSpot();
    expect(spot).not.toBeNull();
    await canvas.click({ position: spot! });
    await page.getByTestId('chip-zone-red').waitFor();
    expect(await page.getByTestId('chip-zone-red').getAttribute('aria-pressed')).toBe('true');
    const expected = await app.api.call('clients.page', { query: { zones: ['red'], repIds: [rep.id] } });
    await expect.poll(() => page.getByTestId('clients-filtered').textContent()).toBe(String(expected.total));
    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });
});
