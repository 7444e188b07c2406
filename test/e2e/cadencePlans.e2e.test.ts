import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printRouteHash } from '../../shared/planning/printRoute';
import { pdfText, printPdf } from './harness/printPdf';
import { cspViolations, startApp, type RunningApp } from './harness/startApp';

const MONTH = '2026-12';
const OUT = 'test-results';
/** Model activation regrades every client after a backup: seconds on a busy machine. */
const SLOW = { timeout: 20_000 };
const SAMPLE_WORDS = '已索样：第1、2、4、7、14、21、36天跟进，之后每15天';

describe('a follow-up cadence plan in Chromium, through the loopback transport and the real core', () => {
  let app: RunningApp;
  let repId: number;
  let repName: string;
  let sampleClient: { id: number; name: string };
  let orderClient: { id: number; name: string };

  beforeAll(async () => {
    app = await startApp();
    mkdirSync(OUT, { recursive: true });
    await app.api.call('models.activate', { id: 'follow-up-cadence' });
    const [rep] = await app.api.call('reps.list', {});
    repId = rep!.id;
    repName = rep!.name;
    const { rows } = await app.api.call('clients.list', { offset: 0, limit: 3, repId });
    sampleClient = rows[0]!;
    orderClient = rows[1]!;
    await app.api.call('clients.update', { id: sampleClient.id, changes: { attributes: { followUpGrade: 'b', scheduleStart: '2026-11-30' } } });
    await app.api.call('clients.update', { id: orderClient.id, changes: { attributes: { followUpGrade: 'a' } } });
    await app.api.call('clients.update', { id: rows[2]!.id, changes: { attributes: { followUpGrade: 'c' } } });
  }, 60_000);
  afterAll(async () => app?.close());

  it('shows the model’s follow-up words per zone and the sample client’s dates from its start', async () => {
    const { page, problems } = await app.openPage();
    await page.getByRole('navigation').getByRole('link', { name: '拜访计划', exact: true }).click();
    await page.getByTestId('plans-month').fill(MONTH);
    // The page speaks of follow-ups, as the model does.
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), SLOW).toBe('跟进计划');
    await expect.poll(() => page.getByTestId('zone-prescription-samples').textContent(), SLOW).toContain(SAMPLE_WORDS);
    await expect.poll(() => page.getByTestId('zone-prescription-orders').textContent()).toContain('按客户订货节奏跟进');
    await expect.poll(() => page.getByTestId('zone-prescription-important').textContent()).toContain('每2个月跟进一次');
    await expect.poll(() => page.getByTestId('zone-cadence-samples').textContent()).toContain(SAMPLE_WORDS);
    await page.screenshot({ path: join(OUT, 'plans-cadence-load.png'), fullPage: true });

    await page.getByRole('tab', { name: '客户跟进日期' }).click();
    const row = page.getByTestId(`client-dates-${sampleClient.id}`);
    await expect.poll(() => row.textContent(), SLOW).toContain('12月1日、12月2日、12月4日、12月7日、12月14日、12月21日');
    expect(await row.textContent()).toContain('11月30日');
    expect(await row.textContent()).toContain('1月5日');
    expect(await row.textContent()).toContain('已索样');
    const orders = page.getByTestId(`client-dates-${orderClient.id}`);
    await expect.poll(() => orders.textContent()).toContain('按客户订货节奏跟进');
    await page.screenshot({ path: join(OUT, 'plans-cadence-clients.png'), fullPage: true });
    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('prints the follow-up plan with the prescribed words, the sample schedule and its dates', async () => {
    const { page, problems } = await app.openPage();
    await page.evaluate((hash) => (window.location.hash = hash), printRouteHash({ period: MONTH, repIds: [repId] }));
    const pdf = join(OUT, 'cadence-plan-rep.pdf');
    await printPdf(page, pdf);
    const text = pdfText(pdf);
    expect(text).toContain(`跟进计划 · ${repName}`);
    expect(text).toContain('每日跟进');
    expect(text).toContain('各区跟进策略提醒');
    // Long words may wrap in the PDF: compare without the line breaks and spaces.
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain(SAMPLE_WORDS);
    expect(flat).toContain('按客户订货节奏跟进');
    expect(text).toContain('按节奏跟进的客户');
    expect(flat).toContain(`${sampleClient.name}`);
    // A wrapped table cell is one run of text in pdftotext's reading order (without -layout).
    const cells = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(cells).toContain('12月1日、12月2日、12月4日、12月7日、12月14日、12月21日');
    expect(text).toContain('不排入日程的客户');
    expect(flat).toContain(orderClient.name);
    expect(problems).toEqual([]);
    await page.close();
  });
});
