import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliCommand } from './command';
import { CliUsageError } from '../cliError';
import { requireDb } from './demo';
import { backupDatabase } from '../../core/db/backup';
import { APPLICATION_ID, applicationId, openReadOnly } from '../../core/db/connection';
import { readFileHeader } from '../../core/db/fileHeader';

export const backupCommand: CliCommand = {
  name: 'backup',
  usage: 'backup --db FILE --out FILE [--json]',
  about: { 'zh-CN': '经校验的在线备份', en: 'verified online backup' },
  options: { db: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean' } },
  async run(values, io) {
    const path = requireDb(values);
    const out = typeof values.out === 'string' ? values.out : '';
    if (!out) throw new CliUsageError('--out FILE is required / 需要 --out 文件路径');
    if (readFileHeader(path).kind !== 'sqlite') throw new CliUsageError(io.t(`找不到有效的数据文件：${path}`, `No valid data file at: ${path}`));
    if (existsSync(out)) throw new CliUsageError(io.t(`目标文件已存在，未覆盖：${out}`, `Output file exists and was not overwritten: ${out}`));
    const db = openReadOnly(path);
    try {
      if (applicationId(db) !== APPLICATION_ID) throw new CliUsageError(io.t('此文件不是九宫格客户分级的数据文件', 'This file is not a Territory Grid data file'));
      const result = await backupDatabase(db, resolve(out));
      io.out(values.json ? JSON.stringify(result) : io.t(`备份完成并已校验：${result.path}（${result.bytes} 字节）`, `Backup written and verified: ${result.path} (${result.bytes} bytes)`));
    } finally {
      db.close();
    }
  },
};
