import { existsSync, statSync } from 'node:fs';
import type { CliCommand } from './command';
import { CliUsageError } from '../cliError';
import { openCore } from '../../core/openCore';

export const demoCommand: CliCommand = {
  name: 'demo',
  usage: 'demo --db FILE [--json]',
  about: { 'zh-CN': '创建含示例区域数据的数据库', en: 'create a database with the demo region' },
  options: { db: { type: 'string' }, json: { type: 'boolean' } },
  async run(values, io) {
    const db = requireDb(values);
    if (existsSync(db) && statSync(db).size > 0) throw new CliUsageError(io.t(`文件已存在，未做改动：${db}`, `File already exists and was left unchanged: ${db}`));
    const core = await openCore({ dbPath: db, seedDemo: true, appVersion: io.appVersion, log: io.log });
    try {
      const info = await core.router.invoke('stats.summary', {});
      if (!info.ok) throw new Error(info.error.detail ?? info.error.code);
      const { totals } = info.value as { totals: { clients: number; hospitals: number; reps: number } };
      io.out(values.json ? JSON.stringify({ db, ...totals }) : io.t(`已创建演示数据库 ${db}：${totals.reps} 名代表，${totals.hospitals} 家医院，${totals.clients} 位客户`, `Created demo database ${db}: ${totals.reps} reps, ${totals.hospitals} hospitals, ${totals.clients} clients`));
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
