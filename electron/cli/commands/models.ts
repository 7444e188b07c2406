import { existsSync } from 'node:fs';
import { BUILTIN_MODELS, DEFAULT_MODEL_ID } from '../../../shared/models';
import type { ModelSummary } from '../../../shared/domain/schemas';
import type { CliCommand } from './command';
import { CliUsageError } from '../cliError';
import { openCore } from '../../core/openCore';
import { listModels } from '../../core/db/repos/modelsRepo';

/** Lists the models of a database, or the built-in presets when no database is given. */
export const modelsCommand: CliCommand = {
  name: 'models',
  usage: 'models [--db FILE] [--json]',
  about: { 'zh-CN': '列出分级模型（不带 --db 时为内置模型）', en: 'list grading models (built-in presets without --db)' },
  options: { db: { type: 'string' }, json: { type: 'boolean' } },
  async run(values, io) {
    let models: ModelSummary[];
    if (typeof values.db === 'string') {
      if (!existsSync(values.db)) throw new CliUsageError(io.t(`找不到数据文件：${values.db}`, `Data file not found: ${values.db}`));
      const core = await openCore({ dbPath: values.db, seedDemo: false, appVersion: io.appVersion, log: io.log });
      try {
        models = listModels(core.context.db);
      } finally {
        core.close();
      }
    } else {
      models = BUILTIN_MODELS.map((m) => ({ id: m.id, name: m.name, version: m.version, active: m.id === DEFAULT_MODEL_ID, builtin: true }));
    }
    if (values.json) {
      io.out(JSON.stringify(models, null, 2));
      return;
    }
    for (const m of models) io.out(`${m.active ? '*' : ' '} ${m.id.padEnd(22)} v${m.version}  ${m.name['zh-CN']} / ${m.name.en}`);
  },
};
