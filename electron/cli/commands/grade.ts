import { existsSync } from 'node:fs';
import type { CliCommand } from './command';
import { CliUsageError } from '../cliError';
import { requireDb } from './demo';
import { openCore } from '../../core/openCore';
import { findModel } from '../../core/db/repos/modelsRepo';
import { regradeAll } from '../../core/services/regrade';
import { statsSummary } from '../../core/services/stats';

/** Regrades every client (with the active model, or --model) and prints counts per cell and zone. */
export const gradeCommand: CliCommand = {
  name: 'grade',
  usage: 'grade --db FILE [--model ID] [--json]',
  about: { 'zh-CN': '重新分级并按级别、区域计数', en: 'regrade and count per cell and zone' },
  options: { db: { type: 'string' }, model: { type: 'string' }, json: { type: 'boolean' } },
  async run(values, io) {
    const db = requireDb(values);
    if (!existsSync(db)) throw new CliUsageError(io.t(`找不到数据文件：${db}`, `Data file not found: ${db}`));
    const core = await openCore({ dbPath: db, seedDemo: false, appVersion: io.appVersion, log: io.log });
    try {
      const { context } = core;
      const wanted = typeof values.model === 'string' ? values.model : undefined;
      const model = wanted ? findModel(context.db, wanted)?.definition : context.grading.model().definition;
      if (!model) throw new CliUsageError(io.t(`没有编号为“${wanted}”的模型`, `No model with the id “${wanted}”`));
      const started = performance.now();
      const result = regradeAll(context.db, model, context.grading.dictionaries());
      const ms = Math.round(performance.now() - started);
      const summary = statsSummary(context.db, model);
      const report = {
        model: model.id,
        version: model.version,
        ...result,
        ms,
        perCell: Object.fromEntries(summary.cells.map((cell) => [cell.code, cell.count])),
        perZone: Object.fromEntries(summary.zones.map((zone) => [zone.id, zone.count])),
        overridden: summary.totals.overridden,
      };
      if (values.json) {
        io.out(JSON.stringify(report, null, 2));
        return;
      }
      io.out(`${model.name[io.t('zh-CN', 'en') as 'zh-CN' | 'en']} v${model.version}: ${result.graded} graded, ${result.ungraded} ungraded, ${result.changed} changed (${ms} ms)`);
      io.out(summary.layout.rows.map((row) => row.map((code) => `${code} ${report.perCell[code] ?? 0}`.padEnd(10)).join('')).join('\n'));
    } finally {
      core.close();
    }
  },
};
