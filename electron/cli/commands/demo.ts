import { existsSync, statSync } from 'node:fs';
import type { CliCommand } from './command';
import { CliUsageError } from '../cliError';
import { openCore } from '../../core/openCore';
import { DEMO_REGION_IDS, demoRegionInfo, isDemoRegionId } from '../../../shared/demo/demoRegions';
import { BUILTIN_MODELS } from '../../../shared/models';
import { DEFAULT_VOCABULARY, vocabularyOfModel, vocabularyTexts } from '../../../shared/models/vocabulary';

export const demoCommand: CliCommand = {
  name: 'demo',
  usage: `demo --db FILE [--region ${DEMO_REGION_IDS.join('|')}] [--json]`,
  about: {
    'zh-CN': '创建含示例区域数据的数据库（--region 选择示例区域，默认医药，程序首次启动时仍会询问）',
    en: 'create a database with a demo region (--region picks it; without it, pharma, and the app still asks at first start)',
  },
  options: { db: { type: 'string' }, region: { type: 'string' }, json: { type: 'boolean' } },
  async run(values, io) {
    const db = requireDb(values);
    const region = values.region;
    if (region !== undefined && !isDemoRegionId(region)) {
      throw new CliUsageError(io.t(`未知的示例区域：${String(region)}（可选 ${DEMO_REGION_IDS.join('、')}）`, `Unknown demo region: ${String(region)} (one of ${DEMO_REGION_IDS.join(', ')})`));
    }
    if (existsSync(db) && statSync(db).size > 0) throw new CliUsageError(io.t(`文件已存在，未做改动：${db}`, `File already exists and was left unchanged: ${db}`));
    // A region named here is chosen already; without one the default region waits for the app's first-start question.
    const core = await openCore({ dbPath: db, seedDemo: region ?? true, appVersion: io.appVersion, log: io.log });
    try {
      const info = await core.router.invoke('stats.summary', {});
      if (!info.ok) throw new Error(info.error.detail ?? info.error.code);
      const { totals, model } = info.value as { totals: { clients: number; hospitals: number; reps: number }; model: { id: string } };
      const chosen = region ?? 'pharma';
      if (values.json) {
        io.out(JSON.stringify({ db, region: chosen, model: model.id, ...totals }));
        return;
      }
      // In the words of the region's model: 家单位 and 家客户 for the B2B region, not 家医院.
      const definition = BUILTIN_MODELS.find((m) => m.id === model.id);
      const vocabulary = definition ? vocabularyOfModel(definition) : DEFAULT_VOCABULARY;
      const zh = vocabularyTexts(vocabulary, 'zh-CN');
      const en = vocabularyTexts(vocabulary, 'en');
      io.out(
        io.t(
          `已创建演示数据库 ${db}（${demoRegionInfo(chosen).name['zh-CN']}）：${totals.reps} 名代表，${totals.hospitals} 家${zh.orgs}，${totals.clients} ${zh.counted}`,
          `Created demo database ${db} (${demoRegionInfo(chosen).name.en}): ${totals.reps} reps, ${totals.hospitals} ${en.orgs}, ${totals.clients} ${en.clients}`,
        ),
      );
    } finally {
      core.close();
    }
  },
};

export function requireDb(values: Record<string, unknown>): string {
  const db = values.db;
  if (typeof db !== 'string' || db.length === 0) throw new CliUsageError('--db FILE is required / 需要 --db 文件路径');
  return db;
}
