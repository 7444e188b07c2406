import { existsSync } from 'node:fs';
import type { StatsSummary } from '../../../shared/contract';
import type { CliCommand } from './command';
import { CliUsageError } from '../cliError';
import { requireDb } from './demo';
import { openCore } from '../../core/openCore';

/** The JSON shape of `stats --json`: counts per rep and per cell of the active model. */
export function statsJson(summary: StatsSummary) {
  return {
    model: summary.model.id,
    totals: summary.totals,
    perCell: Object.fromEntries(summary.cells.map((cell) => [cell.code, cell.count])),
    perZone: Object.fromEntries(summary.zones.map((zone) => [zone.id, zone.count])),
    perRep: summary.perRep.map((rep) => ({ rep: rep.repName, clients: rep.clients, monthlyVisits: rep.monthlyVisits, perCell: rep.perCell })),
  };
}

export const statsCommand: CliCommand = {
  name: 'stats',
  usage: 'stats --db FILE [--json]',
  about: { 'zh-CN': '按代表和级别计数', en: 'counts per rep and per cell' },
  options: { db: { type: 'string' }, json: { type: 'boolean' } },
  async run(values, io) {
    const db = requireDb(values);
    if (!existsSync(db)) throw new CliUsageError(io.t(`找不到数据文件：${db}`, `Data file not found: ${db}`));
    const core = await openCore({ dbPath: db, seedDemo: false, appVersion: io.appVersion, log: io.log });
    try {
      const result = await core.router.invoke('stats.summary', {});
      if (!result.ok) throw new Error(result.error.detail ?? result.error.code);
      const summary = result.value as StatsSummary;
      if (values.json) {
        io.out(JSON.stringify(statsJson(summary), null, 2));
        return;
      }
      io.out(`${summary.model.name['zh-CN']} · ${summary.totals.clients} clients, ${summary.totals.reps} reps`);
      io.out(summary.layout.rows.map((row) => row.map((code) => `${code} ${summary.cells.find((c) => c.code === code)?.count ?? 0}`.padEnd(10)).join('')).join('\n'));
      for (const rep of summary.perRep) io.out(`${(rep.repName ?? '-').padEnd(6)} ${String(rep.clients).padStart(5)}  ${rep.monthlyVisits}/month`);
    } finally {
      core.close();
    }
  },
};
