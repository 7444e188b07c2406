import { existsSync } from 'node:fs';
import type { PlanReport } from '../../../shared/contract/planningMethods';
import { PERIOD_PATTERN } from '../../../shared/planning/dates';
import type { CliCommand } from './command';
import { CliUsageError } from '../cliError';
import { requireDb } from './demo';
import { openCore } from '../../core/openCore';
import { scheduleReport } from '../../core/planning/planningService';

/** The JSON shape of `plan --json`: per rep and month the capacity, load, cuts and visits per day. */
export function planJson(report: PlanReport) {
  const zoneOf = (id: string | null) => report.zones.find((z) => z.id === id)?.name['zh-CN'] ?? null;
  return {
    period: report.period,
    model: report.model.id,
    calendarProvisional: report.calendarProvisional,
    reps: report.reps.map((rep) => {
      const clients = new Map(rep.clients.map((c) => [c.id, c]));
      return {
        rep: rep.repName,
        visitsPerDay: rep.visitsPerDay,
        months: rep.months.map((month) => ({
          month: month.month,
          workingDays: month.workingDays,
          capacity: month.capacity,
          load: month.load,
          slack: month.slack,
          over: month.over,
          scheduled: month.scheduled,
          cuts: month.cuts.map((cut) => ({
            client: clients.get(cut.clientId)?.name ?? String(cut.clientId),
            hospital: clients.get(cut.clientId)?.hospitalName ?? null,
            cell: cut.cell,
            zone: zoneOf(cut.zoneId),
            volume: cut.volume,
            visitsCut: cut.visitsCut,
            visitsLeft: cut.visitsLeft,
          })),
          unscheduled: month.unscheduled.reduce((s, u) => s + u.visits, 0),
          displacedClients: month.displaced.length,
          edits: month.edits,
          perDay: Object.fromEntries(month.days.map((day) => [day.date, day.visits.length])),
        })),
      };
    }),
  };
}

/** Plans a month (or quarter) for every rep, or one rep by name, and prints the figures. */
export const planCommand: CliCommand = {
  name: 'plan',
  usage: 'plan --db FILE --month YYYY-MM|YYYY-Qn [--rep NAME] [--json]',
  about: { 'zh-CN': '产能、负荷、删减与每日拜访', en: 'capacity, load, cuts and visits per day' },
  options: { db: { type: 'string' }, month: { type: 'string' }, rep: { type: 'string' }, json: { type: 'boolean' } },
  async run(values, io) {
    const db = requireDb(values);
    const period = typeof values.month === 'string' ? values.month : '';
    if (!PERIOD_PATTERN.test(period)) throw new CliUsageError(io.t('需要 --month YYYY-MM（或 YYYY-Qn）', '--month YYYY-MM (or YYYY-Qn) is required'));
    if (!existsSync(db)) throw new CliUsageError(io.t(`找不到数据文件：${db}`, `Data file not found: ${db}`));
    const core = await openCore({ dbPath: db, seedDemo: false, appVersion: io.appVersion, log: io.log });
    try {
      const reps = await core.router.invoke('reps.list', {});
      if (!reps.ok) throw new Error(reps.error.detail ?? reps.error.code);
      const all = reps.value as { id: number; name: string }[];
      let repIds: number[] | undefined;
      if (typeof values.rep === 'string') {
        const found = all.find((rep) => rep.name === values.rep);
        if (!found) throw new CliUsageError(io.t(`没有名为“${values.rep}”的代表`, `No rep named “${values.rep}”`));
        repIds = [found.id];
      }
      const started = performance.now();
      const report = scheduleReport(core.context, period, repIds);
      const ms = Math.round(performance.now() - started);
      const json = planJson(report);
      if (values.json) {
        io.out(JSON.stringify({ ...json, ms }, null, 2));
        return;
      }
      io.out(`${report.model.name[io.t('zh-CN', 'en') as 'zh-CN' | 'en']} · ${period} · ${json.reps.length} reps (${ms} ms)`);
      if (report.calendarProvisional) io.out(io.t('注意：该年节假日为暂定。', 'Note: the holidays of this year are provisional.'));
      for (const rep of json.reps) {
        for (const month of rep.months) {
          const cut = month.cuts.reduce((s, c) => s + c.visitsCut, 0);
          io.out(
            `${rep.rep.padEnd(6)} ${month.month}  ${io.t('工作日', 'days')} ${month.workingDays}  ${io.t('产能', 'capacity')} ${month.capacity}  ${io.t('负荷', 'load')} ${month.load}  ${io.t('已安排', 'scheduled')} ${month.scheduled}  ${io.t('削减', 'cut')} ${cut}${month.over ? io.t('  超负荷', '  OVER') : ''}`,
          );
          io.out(`  ${Object.entries(month.perDay).map(([date, n]) => `${date.slice(8)}:${n}`).join(' ')}`);
        }
      }
    } finally {
      core.close();
    }
  },
};
