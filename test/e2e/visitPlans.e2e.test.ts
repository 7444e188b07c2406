import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printRouteHash } from '../../shared/planning/printRoute';
import { pdfPages, pdfText, printPdf } from './harness/printPdf';
import { cspViolations, startApp, type RunningApp } from './harness/startApp';

const MONTH = '2026-12';
const OUT = 'test-results';
/** Commands that take a backup or regrade (model activation) can take seconds on a busy machine. */
const SLOW = { timeout: 20_000 };

describe('visit plans in Chromium, through the loopback transport and the real core', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
    mkdirSync(OUT, { recursive: true });
  });
  afterAll(async () => app?.close());

  async function openPlans() {
    const opened = await app.openPage();
    await opened.page.getByRole('navigation').getByRole('link', { name: '拜访计划', exact: true }).click();
    await opened.page.getByTestId('plans-month').fill(MONTH);
    await expect.poll(() => opened.page.getByTestId('plans-load-table').isVisible()).toBe(true);
    return opened;
  }

  it('shows every rep’s load against capacity, and a what-if changes the loads before anything is saved', async () => {
    const { page, problems } = await openPlans();
    const capacity = await app.api.call('planning.capacity', { month: MONTH });
    for (const rep of capacity) {
      await expect.poll(() => page.getByTestId(`load-${rep.repId}`).textContent()).toContain(rep.load.toLocaleString('zh-CN'));
      await expect.poll(() => page.getByTestId(`capacity-${rep.repId}`).textContent()).toContain(String(rep.capacity));
      await expect.poll(() => page.getByTestId(`status-${rep.repId}`).textContent()).toContain(rep.over ? '超负荷' : '可安排');
    }
    // Cuts of the overloaded rep (the demo region has one in December), blue first.
    const first = capacity.find((rep) => rep.over)!;
    expect(first).toBeDefined();
    // So that 10 visits a day below is a change.
    expect(first.visitsPerDay).not.toBe(10);
    await page.getByTestId(`show-cuts-${first.repId}`).click();
    await expect.poll(() => page.getByTestId(`cuts-${first.repId}`).textContent()).toContain('蓝区');

    // What-if: red 8 → 4 a month, and 10 visits a day for that rep.
    await page.getByTestId('zone-frequency-red').fill('4');
    await page.getByTestId(`visits-per-day-${first.repId}`).fill('10');
    const expected = await app.api.call('planning.load', {
      month: MONTH,
      whatIf: { zones: { red: { visitsPerMonth: 4 } }, visitsPerDay: { [String(first.repId)]: 10 } },
    });
    const after = expected.reps.find((r) => r.repId === first.repId)!;
    await expect.poll(() => page.getByTestId(`load-${first.repId}`).textContent()).toContain(after.load.toLocaleString('zh-CN'));
    await expect.poll(() => page.getByTestId(`capacity-${first.repId}`).textContent()).toContain(String(after.capacity));
    // The built-in model is not edited: the page says so and offers a clone.
    await expect.poll(() => page.getByTestId('whatif-builtin').textContent()).toContain('内置模型');
    await page.screenshot({ path: join(OUT, 'plans-load-whatif.png'), fullPage: true });
    // Nothing was saved by the what-if.
    expect((await app.api.call('planning.capacity', { month: MONTH })).find((r) => r.repId === first.repId)).toEqual(first);

    // Saving the visits per day changes the stored capacity (and is one undo step).
    await page.getByTestId('zone-frequency-red').fill('8');
    await page.getByTestId('whatif-save-reps').click();
    await expect.poll(async () => (await app.api.call('planning.capacity', { month: MONTH })).find((r) => r.repId === first.repId)!.capacity, SLOW).toBe(first.workingDays * 10);
    await app.api.call('history.undo', {});
    await expect.poll(() => page.getByTestId(`capacity-${first.repId}`).textContent(), SLOW).toContain(String(first.capacity));
    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('a zone frequency saved to a user model changes every rep’s load', async () => {
    const { page, problems } = await openPlans();
    const before = await app.api.call('planning.capacity', { month: MONTH });
    await page.getByTestId('zone-frequency-red').fill('6');
    await page.getByTestId('whatif-clone').click();
    await expect.poll(async () => (await app.api.call('models.list', {})).find((m) => m.active)?.id, SLOW).toBe('pharma-nine-grid-freq');
    const after = await app.api.call('planning.capacity', { month: MONTH });
    const stats = await app.api.call('planning.load', { month: MONTH });
    for (const rep of after) {
      const was = before.find((r) => r.repId === rep.repId)!;
      const red = stats.reps.find((r) => r.repId === rep.repId)!.perZone['red']!;
      expect(rep.load).toBe(was.load - red.clients * 2);
      await expect.poll(() => page.getByTestId(`load-${rep.repId}`).textContent(), SLOW).toContain(rep.load.toLocaleString('zh-CN'));
    }
    // Back to the built-in model for the next tests.
    await app.api.call('models.activate', { id: 'pharma-nine-grid' });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a rep’s month calendar and keeps a moved visit', async () => {
    const { page, problems } = await openPlans();
    const [rep] = await app.api.call('reps.list', {});
    await page.getByRole('tab', { name: '月历' }).click();
    const plan = await app.api.call('planning.schedule', { period: MONTH, repIds: [rep!.id] });
    const day = plan.reps[0]!.months[0]!.days[0]!;
    const visit = day.visits[0]!;
    const client = plan.reps[0]!.clients.find((c) => c.id === visit.clientId)!;
    await expect.poll(() => page.getByTestId(`day-${day.date}`).textContent()).toContain(client.name);
    await expect.poll(() => page.getByTestId(`day-${day.date}`).textContent()).toContain('红区');
    await expect.poll(() => page.getByTestId('day-2026-12-05').textContent()).toContain('休');
    await page.screenshot({ path: join(OUT, 'plans-calendar.png'), fullPage: true });

    const target = plan.reps[0]!.months[0]!.days.find((d) => d.date > day.date && !d.visits.some((v) => v.clientId === client.id))!;
    await page.getByTestId(`visit-${day.date}-${client.id}`).click();
    await page.getByTestId('move-to').selectOption(target.date);
    await page.getByTestId('move-visit').click();
    await expect.poll(() => page.getByTestId(`visit-${target.date}-${client.id}`).textContent(), SLOW).toContain('手动');
    const again = await app.api.call('planning.schedule', { period: MONTH, repIds: [rep!.id] });
    expect(again.reps[0]!.months[0]!.days.find((d) => d.date === target.date)!.visits).toContainEqual({ clientId: client.id, source: 'moved' });
    await page.getByTestId('reset-edits').click();
    await page.getByRole('dialog').getByRole('button', { name: '重置手动调整' }).click();
    await expect.poll(async () => (await app.api.call('planning.schedule', { period: MONTH, repIds: [rep!.id] })).reps[0]!.months[0]!.edits, SLOW).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('prints a rep’s A4 plan with the names, totals, zone names, signatures and page numbers', async () => {
    const { page, problems } = await app.openPage();
    const [rep] = await app.api.call('reps.list', {});
    const plan = await app.api.call('planning.schedule', { period: MONTH, repIds: [rep!.id] });
    const month = plan.reps[0]!.months[0]!;
    await page.evaluate((hash) => (window.location.hash = hash), printRouteHash({ period: MONTH, repIds: [rep!.id] }));
    const pdf = join(OUT, 'visit-plan-rep.pdf');
    await printPdf(page, pdf);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+59[56]\.\d+ x 84[123]\.\d+ pts \(A4\)/);
    const text = pdfText(pdf);
    expect(text).toContain(`拜访频率计划 · ${rep!.name}`);
    expect(text).toContain(MONTH);
    expect(text).toMatch(new RegExp(`产能\\s+${month.capacity}`));
    expect(text).toMatch(new RegExp(`负荷\\s+${month.load.toLocaleString('zh-CN')}`));
    expect(text).toMatch(new RegExp(`已安排\\s+${month.scheduled}`));
    for (const label of ['红区', '代表签字', '地区经理签字', '各区拜访策略提醒', '巩固现有处方并争取更大用量']) expect(text).toContain(label);
    // Every scheduled client's name is printed.
    const names = new Set(plan.reps[0]!.clients.filter((c) => c.dates.length > 0).map((c) => c.name));
    for (const name of names) expect(text).toContain(name);
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThan(1);
    expect(pdfText(pdf, pages)).toMatch(new RegExp(`${pages}\\s*/\\s*${pages}`));
    expect(pdfText(pdf, 1)).toMatch(new RegExp(`1\\s*/\\s*${pages}`));
    // The table header repeats on every page of the visits.
    for (let p = 2; p < pages; p++) expect(pdfText(pdf, p)).toMatch(/医院\s+科室\s+姓名\s+级别\s+区域/);
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', pdf, join(OUT, 'visit-plan-page1')]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('prints all reps as one PDF, each rep from a new page, with an outline', async () => {
    const { page, problems } = await app.openPage();
    const reps = await app.api.call('reps.list', {});
    await page.evaluate((hash) => (window.location.hash = hash), printRouteHash({ period: MONTH, repIds: 'all' }));
    const pdf = join(OUT, 'visit-plan-all.pdf');
    await printPdf(page, pdf);
    const pages = pdfPages(pdf);
    const starts: string[] = [];
    for (let p = 1; p <= pages; p++) {
      const match = new RegExp(`拜访频率计划 · (${reps.map((r) => r.name).join('|')})`).exec(pdfText(pdf, p));
      if (match) starts.push(match[1]!);
    }
    expect(starts.sort()).toEqual(reps.map((r) => r.name).sort());
    expect(readFileSync(pdf).includes('/Outlines')).toBe(true);
    writeFileSync(join(OUT, 'visit-plan-all.txt'), pdfText(pdf));
    expect(problems).toEqual([]);
    await page.close();
  });
});
