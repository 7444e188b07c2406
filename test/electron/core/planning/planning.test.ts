import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../../shared/contract';
import type { Core } from '../../../../electron/core/openCore';
import { openTestCore } from '../../../harness/openTestCore';
import { useTempDir } from '../../../harness/tempDir';

const tempDir = useTempDir();
let core: Core | null = null;
afterEach(() => {
  core?.close();
  core = null;
});

async function demo(): Promise<Api> {
  core = await openTestCore(tempDir(), { seedDemo: true });
  return createApi(core.router);
}

describe('load against capacity', () => {
  it('lists the cuts of an overloaded rep: blue first, then yellow, least volume first', async () => {
    const api = await demo();
    const report = await api.call('planning.load', { month: '2026-12' });
    expect(report.model).toMatchObject({ id: 'pharma-nine-grid', builtin: true });
    expect(report.calendarProvisional).toBe(false);
    // The demo region has one rep over capacity in December (docs/demo-regions.md).
    const rep = report.reps.find((r) => r.over)!;
    expect(rep).toBeDefined();
    const cut = rep.cuts.reduce((s, c) => s + c.visitsCut, 0);
    expect(cut).toBe(rep.load - Math.floor(rep.capacity));
    // Zone order: never a yellow cut while a blue visit is left.
    const zones = rep.cuts.map((c) => c.zoneId);
    const firstYellow = zones.indexOf('yellow');
    expect(zones.slice(firstYellow === -1 ? zones.length : firstYellow).includes('blue')).toBe(false);
    const blue = rep.cuts.filter((c) => c.zoneId === 'blue');
    expect(blue.map((c) => c.volume ?? 0)).toEqual([...blue.map((c) => c.volume ?? 0)].sort((a, b) => a - b));
    expect(rep.cutClients.map((c) => c.id)).toEqual(rep.cuts.map((c) => c.clientId));
    expect(rep.cutClients[0]!.name.length).toBeGreaterThan(0);
  });

  it('a what-if shows the effect of a zone frequency or visits per day, and saves nothing', async () => {
    const api = await demo();
    const base = await api.call('planning.load', { month: '2026-12' });
    const rep = base.reps[0]!;
    const whatIf = await api.call('planning.load', {
      month: '2026-12',
      whatIf: { zones: { red: { visitsPerMonth: 4 } }, visitsPerDay: { [String(rep.repId)]: 10 } },
    });
    const after = whatIf.reps.find((r) => r.repId === rep.repId)!;
    expect(after.perZone['red']!.visits).toBe(rep.perZone['red']!.visits / 2);
    expect(after.capacity).toBe(rep.workingDays * 10);
    expect(whatIf.zones.find((z) => z.id === 'red')!.visitsPerMonth).toBe(4);
    expect(await api.call('planning.load', { month: '2026-12' })).toEqual(base);
  });

  it('planning.updateRep changes capacity, is one undo step, and refuses an unknown rep', async () => {
    const api = await demo();
    const [rep] = await api.call('reps.list', {});
    const before = (await api.call('planning.capacity', { month: '2026-12' })).find((r) => r.repId === rep!.id)!;
    expect(before).toMatchObject({ workingDays: 23, visitsPerDay: rep!.visitsPerDay, capacity: 23 * rep!.visitsPerDay });
    await api.call('planning.updateRep', { repId: rep!.id, visitsPerDay: 6, workingDaysOverride: 20 });
    const row = (await api.call('planning.capacity', { month: '2026-12' })).find((r) => r.repId === rep!.id)!;
    expect(row).toMatchObject({ workingDays: 20, visitsPerDay: 6, capacity: 120 });
    expect((await api.call('history.state', {})).undoCommand).toBe('planning.updateRep');
    await api.call('history.undo', {});
    const undone = (await api.call('planning.capacity', { month: '2026-12' })).find((r) => r.repId === rep!.id)!;
    expect(undone).toEqual(before);
    await expect(api.call('planning.updateRep', { repId: 999, visitsPerDay: 6 })).rejects.toMatchObject({ error: { code: 'reps.notFound' } });
  });
});

describe('calendar and days off', () => {
  it('ships 2026 official and 2027 provisional, and a user edit changes the working days', async () => {
    const api = await demo();
    const y2026 = await api.call('planning.calendar', { year: 2026 });
    expect(y2026.provisional).toBe(false);
    expect(y2026.entries.filter((e) => e.kind === 'workday')).toHaveLength(6);
    expect(y2026.months.map((m) => m.workingDays)).toEqual([21, 16, 22, 21, 19, 21, 23, 21, 22, 18, 21, 23]);
    const y2027 = await api.call('planning.calendar', { year: 2027 });
    expect(y2027.provisional).toBe(true);
    await api.call('planning.setCalendarDay', { date: '2026-12-31', kind: 'holiday', name: '年会' });
    expect((await api.call('planning.calendar', { year: 2026 })).months[11]!.workingDays).toBe(22);
    await api.call('planning.setCalendarDay', { date: '2026-12-31', kind: null });
    expect((await api.call('planning.calendar', { year: 2026 })).months[11]!.workingDays).toBe(23);
    await expect(api.call('planning.setCalendarDay', { date: '2026-02-30', kind: 'holiday' })).rejects.toMatchObject({ error: { code: 'input.invalid' } });
  });

  it('a rep’s days off come out of their working days only', async () => {
    const api = await demo();
    const [a, b] = await api.call('reps.list', {});
    await api.call('planning.setDayOff', { repId: a!.id, date: '2026-12-01', off: true, note: '培训' });
    await api.call('planning.setDayOff', { repId: a!.id, date: '2026-12-05', off: true });
    const rows = await api.call('planning.capacity', { month: '2026-12' });
    expect(rows.find((r) => r.repId === a!.id)!.workingDays).toBe(22);
    expect(rows.find((r) => r.repId === b!.id)!.workingDays).toBe(23);
    expect(await api.call('planning.daysOff', { repId: a!.id, year: 2026 })).toEqual([
      { date: '2026-12-01', note: '培训' },
      { date: '2026-12-05', note: '' },
    ]);
    await api.call('planning.setDayOff', { repId: a!.id, date: '2026-12-01', off: false });
    expect(await api.call('planning.daysOff', { repId: a!.id })).toHaveLength(1);
  });
});

describe('schedule', () => {
  it('plans every rep within capacity with the cuts, and lists each client’s dates', async () => {
    const api = await demo();
    const plan = await api.call('planning.schedule', { period: '2026-12' });
    expect(plan.reps).toHaveLength(6);
    for (const rep of plan.reps) {
      const [month] = rep.months;
      expect(month!.days).toHaveLength(23);
      for (const day of month!.days) expect(day.visits.length).toBeLessThanOrEqual(day.capacity);
      expect(month!.scheduled).toBe(Math.min(month!.load, Math.floor(month!.capacity)));
      const cut = month!.cuts.reduce((s, c) => s + c.visitsCut, 0);
      expect(month!.scheduled + cut).toBe(month!.load);
      const dates = rep.clients.reduce((s, c) => s + c.dates.length, 0);
      expect(dates).toBe(month!.scheduled);
    }
  });

  it('plans a quarter, month by month', async () => {
    const api = await demo();
    const [rep] = await api.call('reps.list', {});
    const plan = await api.call('planning.schedule', { period: '2026-Q4', repIds: [rep!.id] });
    expect(plan.months).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(plan.reps[0]!.months.map((m) => m.workingDays)).toEqual([18, 21, 23]);
  });

  it('keeps manual changes when the plan is regenerated, until they are reset', async () => {
    const api = await demo();
    const [rep] = await api.call('reps.list', {});
    const first = await api.call('planning.schedule', { period: '2026-12', repIds: [rep!.id] });
    const day = first.reps[0]!.months[0]!.days[0]!;
    const visit = day.visits[0]!;
    const target = first.reps[0]!.months[0]!.days.find((d) => !d.visits.some((v) => v.clientId === visit.clientId) && d.date > day.date)!;
    await api.call('planning.editVisit', { repId: rep!.id, clientId: visit.clientId, kind: 'move', date: day.date, toDate: target.date });
    // Something else changes (visits per day), the plan is regenerated, the move stays.
    await api.call('planning.updateRep', { repId: rep!.id, visitsPerDay: 9 });
    const again = await api.call('planning.schedule', { period: '2026-12', repIds: [rep!.id] });
    const month = again.reps[0]!.months[0]!;
    expect(month.edits).toBe(1);
    expect(month.days.find((d) => d.date === target.date)!.visits).toContainEqual({ clientId: visit.clientId, source: 'moved' });
    expect(month.days.find((d) => d.date === day.date)!.visits.some((v) => v.clientId === visit.clientId)).toBe(false);
    expect(await api.call('planning.resetEdits', { period: '2026-12', repId: rep!.id })).toEqual({ count: 1 });
    const reset = await api.call('planning.schedule', { period: '2026-12', repIds: [rep!.id] });
    expect(reset.reps[0]!.months[0]!.days.flatMap((d) => d.visits).every((v) => v.source === 'plan')).toBe(true);
  });

  it('every planning edit is one undo step: calendar, day off, a moved visit, a reset', async () => {
    const api = await demo();
    const [rep] = await api.call('reps.list', {});
    const working = async () => (await api.call('planning.capacity', { month: '2026-12' })).find((r) => r.repId === rep!.id)!.workingDays;
    const undo = async (command: string) => {
      expect(await api.call('history.state', {})).toMatchObject({ canUndo: true, undoCommand: command });
      await api.call('history.undo', {});
    };

    await api.call('planning.setCalendarDay', { date: '2026-12-31', kind: 'holiday', name: '年会' });
    expect(await working()).toBe(22);
    await undo('planning.setCalendarDay');
    expect(await working()).toBe(23);
    expect((await api.call('planning.calendar', { year: 2026 })).entries.some((e) => e.date === '2026-12-31')).toBe(false);
    // Undoing the removal of a built-in holiday brings it back as it was.
    const builtin = (await api.call('planning.calendar', { year: 2026 })).entries.find((e) => e.date === '2026-10-01')!;
    await api.call('planning.setCalendarDay', { date: '2026-10-01', kind: null });
    await undo('planning.setCalendarDay');
    expect((await api.call('planning.calendar', { year: 2026 })).entries.find((e) => e.date === '2026-10-01')).toEqual(builtin);

    await api.call('planning.setDayOff', { repId: rep!.id, date: '2026-12-01', off: true, note: '培训' });
    expect(await working()).toBe(22);
    await undo('planning.setDayOff');
    expect(await working()).toBe(23);
    await api.call('history.redo', {});
    expect(await api.call('planning.daysOff', { repId: rep!.id })).toEqual([{ date: '2026-12-01', note: '培训' }]);
    await undo('planning.setDayOff');

    const plan = await api.call('planning.schedule', { period: '2026-12', repIds: [rep!.id] });
    const day = plan.reps[0]!.months[0]!.days[0]!;
    const visit = day.visits[0]!;
    const target = plan.reps[0]!.months[0]!.days.find((d) => !d.visits.some((v) => v.clientId === visit.clientId) && d.date > day.date)!;
    const edits = async () => (await api.call('planning.schedule', { period: '2026-12', repIds: [rep!.id] })).reps[0]!.months[0]!.edits;
    await api.call('planning.editVisit', { repId: rep!.id, clientId: visit.clientId, kind: 'move', date: day.date, toDate: target.date });
    expect(await edits()).toBe(1);
    await undo('planning.editVisit');
    expect(await edits()).toBe(0);
    await api.call('history.redo', {});
    expect(await edits()).toBe(1);
    await api.call('planning.resetEdits', { period: '2026-12', repId: rep!.id });
    expect(await edits()).toBe(0);
    await undo('planning.resetEdits');
    expect(await edits()).toBe(1);
    // A reset with nothing to reset is no undo step.
    await api.call('planning.resetEdits', { period: '2026-11' });
    expect(await api.call('history.state', {})).toMatchObject({ undoCommand: 'planning.editVisit' });
  });

  it('refuses readable errors: a weekend, a full day of changes, a client of another rep', async () => {
    const api = await demo();
    const [a, b] = await api.call('reps.list', {});
    const plan = await api.call('planning.schedule', { period: '2026-12', repIds: [a!.id] });
    const client = plan.reps[0]!.clients[0]!;
    await expect(api.call('planning.editVisit', { repId: a!.id, clientId: client.id, kind: 'add', date: '2026-12-05' })).rejects.toMatchObject({
      error: { code: 'planning.notWorkingDay', params: { date: '2026-12-05' } },
    });
    await expect(api.call('planning.editVisit', { repId: b!.id, clientId: client.id, kind: 'add', date: '2026-12-07' })).rejects.toMatchObject({
      error: { code: 'planning.clientNotOfRep' },
    });
    await api.call('planning.updateRep', { repId: a!.id, visitsPerDay: 1 });
    const others = plan.reps[0]!.clients.filter((c) => c.id !== client.id);
    await api.call('planning.editVisit', { repId: a!.id, clientId: others[0]!.id, kind: 'add', date: '2026-12-07' });
    await expect(api.call('planning.editVisit', { repId: a!.id, clientId: others[1]!.id, kind: 'add', date: '2026-12-07' })).rejects.toMatchObject({
      error: { code: 'planning.dayFull', params: { capacity: 1 } },
    });
  });
});

describe('exports', () => {
  it('writes an xlsx with one sheet per rep, every scheduled visit a row', async () => {
    const api = await demo();
    const plan = await api.call('planning.schedule', { period: '2026-12' });
    const file = await api.call('planning.exportXlsx', { period: '2026-12' });
    expect(file.fileName).toBe('拜访计划-全部代表-2026-12.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name).sort()).toEqual(plan.reps.map((r) => r.repName).sort());
    for (const rep of plan.reps) {
      const sheet = workbook.getWorksheet(rep.repName)!;
      const rows: string[][] = [];
      sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
      expect(rows[0]![0]).toContain(rep.repName);
      expect(rows[2]).toEqual(['日期', '星期', '医院', '科室', '姓名', '职称', '级别', '区域', '备注']);
      const visitRows = rows.filter((r) => /^\d{4}-\d{2}-\d{2}$/.test(r[0]!));
      expect(visitRows).toHaveLength(rep.months[0]!.scheduled);
      expect(new Set(visitRows.map((r) => r[7]))).toEqual(new Set(visitRows.map((r) => r[7]).filter((z) => ['红区', '黄区', '蓝区'].includes(z!))));
    }
  });

  it('writes an .ics per rep with all-day events per day and hospital', async () => {
    const api = await demo();
    const [rep] = await api.call('reps.list', {});
    const file = await api.call('planning.exportIcs', { period: '2026-12', repId: rep!.id });
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(file.mime).toBe('text/calendar');
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
    expect(text).toMatch(/DTSTART;VALUE=DATE:20261201\r\nDTEND;VALUE=DATE:20261202/);
    const events = text.match(/BEGIN:VEVENT/g)!.length;
    const uids = new Set(text.match(/^UID:.*$/gm));
    expect(uids.size).toBe(events);
  });
});

describe('the demo region over two years', () => {
  it('plans every visit that fits the capacity, every month of 2026 and 2027, never over a day’s capacity', async () => {
    const api = await demo();
    for (let year = 2026; year <= 2027; year++) {
      for (let m = 1; m <= 12; m++) {
        const month = `${year}-${String(m).padStart(2, '0')}`;
        const plan = await api.call('planning.schedule', { period: month });
        for (const rep of plan.reps) {
          const result = rep.months[0]!;
          expect({ month, rep: rep.repName, scheduled: result.scheduled }).toEqual({ month, rep: rep.repName, scheduled: Math.min(result.load, Math.floor(result.capacity)) });
          expect(result.unscheduled).toEqual([]);
          for (const day of result.days) expect(day.visits.length).toBeLessThanOrEqual(day.capacity);
        }
      }
    }
  });
});
