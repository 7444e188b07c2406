import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../../shared/contract';
import type { Core } from '../../../../electron/core/openCore';
import { DEAL_TIMING, SAMPLE_CADENCE } from '../../../../shared/models';
import { buildCalendar, cadenceContacts, chinaDateOf, monthOfDate, workingDaysOfMonth, BUILTIN_CHINA_CALENDAR } from '../../../../shared/planning';
import { openTestCore } from '../../../harness/openTestCore';
import { useTempDir } from '../../../harness/tempDir';

const tempDir = useTempDir();
let core: Core | null = null;
afterEach(() => {
  core?.close();
  core = null;
});

const calendar = buildCalendar(BUILTIN_CHINA_CALENDAR);

/** The demo region under another model: the first rep's first clients get that model's grades by hand. */
async function demoUnder(modelId: string): Promise<{ api: Api; repId: number; ids: number[] }> {
  core = await openTestCore(tempDir(), { seedDemo: true });
  const api = createApi(core.router);
  await api.call('models.activate', { id: modelId });
  const [rep] = await api.call('reps.list', {});
  const { rows } = await api.call('clients.list', { offset: 0, limit: 6, repId: rep!.id });
  return { api, repId: rep!.id, ids: rows.map((row) => row.id) };
}

async function xlsxRows(base64: string, sheetName: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.getWorksheet(sheetName)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
}

describe('plans that follow the model’s cadence, on a real database', () => {
  it('follow-up cadence a–e: b clients get 1-1-2-3-7-7-15 from their start, a is listed with the model’s words, and the exports hold them', async () => {
    const { api, repId, ids } = await demoUnder('follow-up-cadence');
    const [fromStart, fromHistory, arrived, orders, prospect] = ids as [number, number, number, number, number];
    await api.call('clients.update', { id: fromStart, changes: { attributes: { followUpGrade: 'b', scheduleStart: '2026-11-30' } } });
    await api.call('clients.update', { id: fromHistory, changes: { attributes: { followUpGrade: 'b' } } });
    await api.call('clients.update', { id: arrived, changes: { attributes: { followUpGrade: 'b', scheduleStart: '2026-11-30', sampleDelivered: '2026-12-10' } } });
    await api.call('clients.update', { id: orders, changes: { attributes: { followUpGrade: 'a' } } });
    await api.call('clients.update', { id: prospect, changes: { attributes: { followUpGrade: 'c' } } });

    const plan = await api.call('planning.schedule', { period: '2026-12', repIds: [repId] });
    expect(plan.model).toEqual({ id: 'follow-up-cadence', name: expect.anything(), action: 'followUp' });
    expect(plan.zones.find((z) => z.id === 'samples')!.cadence).toEqual(SAMPLE_CADENCE);
    const clients = new Map(plan.reps[0]!.clients.map((c) => [c.id, c]));
    expect(clients.get(fromStart)).toMatchObject({
      plan: 'dates',
      cadenceStart: '2026-11-30',
      phaseId: 'sampleRequested',
      dates: ['2026-12-01', '2026-12-02', '2026-12-04', '2026-12-07', '2026-12-14', '2026-12-21'],
      nextDate: '2027-01-05',
    });
    expect(clients.get(arrived)).toMatchObject({ phaseId: 'sampleDelivered', cadenceStart: '2026-12-10', dates: ['2026-12-14', '2026-12-21', '2026-12-24', '2026-12-31'] });
    // Without scheduleStart the schedule counts from the day the client entered b: today, in China.
    const today = chinaDateOf(new Date().toISOString())!;
    const entered = clients.get(fromHistory) ?? (await api.call('planning.schedule', { period: monthOfDate(today), repIds: [repId] })).reps[0]!.clients.find((c) => c.id === fromHistory)!;
    expect(entered.cadenceStart).toBe(today);
    const thisMonth = await api.call('planning.schedule', { period: monthOfDate(today), repIds: [repId] });
    const expected = cadenceContacts(SAMPLE_CADENCE, { id: fromHistory, cadenceStart: today }, calendar, `${monthOfDate(today)}-01`, `${monthOfDate(today)}-31`);
    expect(thisMonth.reps[0]!.clients.find((c) => c.id === fromHistory)!.dates).toEqual(expected.dates);
    // a follows the client's orders: listed, never dated.
    expect(clients.get(orders)).toMatchObject({ plan: 'unplanned', dates: [], zoneId: 'orders' });
    // c every 2 months: a date this month or the month it is next due.
    const c = clients.get(prospect)!;
    expect(c.plan).toBe('frequency');
    expect(c.dates.length === 1 || c.nextMonth === '2027-01').toBe(true);

    const load = await api.call('planning.load', { month: '2026-12' });
    const repLoad = load.reps.find((r) => r.repId === repId)!;
    expect(repLoad.perZone['samples']).toEqual({ clients: 3, visits: 6 + 4 + (clients.get(fromHistory)?.dates.length ?? 0) });
    expect(repLoad.perZone['orders']).toEqual({ clients: 1, visits: 0 });
    expect(load.model.action).toBe('followUp');

    const file = await api.call('planning.exportXlsx', { period: '2026-12', repIds: [repId] });
    expect(file.fileName).toBe(`跟进计划-${plan.reps[0]!.repName}-2026-12.xlsx`);
    const rows = await xlsxRows(file.base64, plan.reps[0]!.repName);
    expect(rows[0]![0]).toBe(`跟进计划 · ${plan.reps[0]!.repName} · 2026-12`);
    const name = clients.get(fromStart)!.name;
    const dated = rows.filter((r) => /^\d{4}-\d{2}-\d{2}$/.test(r[0]!) && r[4] === name && r[7] === '样品跟进').map((r) => r[0]);
    expect(dated).toEqual(expect.arrayContaining(['2026-12-01', '2026-12-02', '2026-12-04', '2026-12-07', '2026-12-14', '2026-12-21']));
    const text = rows.map((r) => r.join(' ')).join('\n');
    expect(text).toContain('各区跟进要求');
    expect(text).toContain('已索样：第1、2、4、7、14、21、36天跟进，之后每15天');
    expect(text).toContain('按客户订货节奏跟进');
    expect(text).toContain('下次 2027-01-05');

    const ics = await api.call('planning.exportIcs', { period: '2026-12', repId });
    expect(ics.fileName).toBe(`跟进计划-${plan.reps[0]!.repName}-2026-12.ics`);
    const calendarText = Buffer.from(ics.base64, 'base64').toString('utf8').replace(/\r\n /g, '');
    expect(calendarText).toContain('SUMMARY:跟进 ');
    expect(calendarText).toContain('DTSTART;VALUE=DATE:20261204');
    expect(calendarText).toContain('第1、2、4、7、14、21、36天跟进');
  });

  it('deal timing: an A client is followed up every working day, B weekly, E not at all', async () => {
    const { api, repId, ids } = await demoUnder('deal-timing');
    const [daily, weekly, none] = ids as [number, number, number];
    await api.call('clients.update', { id: daily, changes: { attributes: { dealTiming: 'A', scheduleStart: '2026-11-30' } } });
    await api.call('clients.update', { id: weekly, changes: { attributes: { dealTiming: 'B', scheduleStart: '2026-11-30' } } });
    await api.call('clients.update', { id: none, changes: { attributes: { dealTiming: 'E' } } });
    const plan = await api.call('planning.schedule', { period: '2026-12', repIds: [repId] });
    const clients = new Map(plan.reps[0]!.clients.map((c) => [c.id, c]));
    expect(clients.get(daily)!.dates).toEqual(workingDaysOfMonth(calendar, '2026-12'));
    expect(clients.get(weekly)!.dates).toEqual(['2026-12-07', '2026-12-14', '2026-12-21', '2026-12-28']);
    expect(clients.get(none)).toMatchObject({ plan: 'unplanned', dates: [] });
    const month = plan.reps[0]!.months[0]!;
    expect(month.load).toBe(23 + 4);
    expect(month.scheduled).toBe(27);
    expect(plan.zones.map((z) => z.cadence?.kind)).toEqual(DEAL_TIMING.zones.map((z) => z.cadence?.kind));
  });

  it('the pharma default keeps planning by monthly frequency: no cadence, visits as before', async () => {
    core = await openTestCore(tempDir(), { seedDemo: true });
    const api = createApi(core.router);
    const plan = await api.call('planning.schedule', { period: '2026-12' });
    expect(plan.model.action).toBe('visit');
    expect(plan.zones.every((z) => z.cadence === undefined)).toBe(true);
    for (const rep of plan.reps) {
      expect(rep.clients.every((c) => c.plan === 'frequency' && c.cadenceStart === null && c.nextDate === null)).toBe(true);
      expect(rep.clients.every((c) => c.dates.length > 0 || c.cutVisits > 0)).toBe(true);
    }
    const file = await api.call('planning.exportXlsx', { period: '2026-12' });
    expect(file.fileName).toBe('拜访计划-全部代表-2026-12.xlsx');
  });
});
