import { existsSync, renameSync, writeFileSync } from 'node:fs';
import type { CliCommand } from './command';
import { CliUsageError } from '../cliError';
import { requireDb } from './demo';
import { openCore } from '../../core/openCore';
import { readFileHeader } from '../../core/db/fileHeader';
import { exportClientList, exportCsv, exportGradingTable } from '../../core/transfer/exportService';

const FORMATS = ['grading-table', 'clients', 'csv'] as const;

export const exportCommand: CliCommand = {
  name: 'export',
  usage: 'export --db FILE --format grading-table|clients|csv --out FILE [--region NAME] [--gbk] [--json]',
  about: { 'zh-CN': '导出分级表、客户清单或 CSV', en: 'export the grading table, the client list or CSV' },
  options: { db: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, region: { type: 'string' }, gbk: { type: 'boolean' }, json: { type: 'boolean' } },
  async run(values, io) {
    const db = requireDb(values);
    const format = values.format;
    if (typeof format !== 'string' || !(FORMATS as readonly string[]).includes(format)) {
      throw new CliUsageError(io.t('--format 只能是 grading-table、clients 或 csv', '--format must be grading-table, clients or csv'));
    }
    const out = typeof values.out === 'string' ? values.out : '';
    if (!out) throw new CliUsageError(io.t('需要 --out 文件路径', '--out FILE is required'));
    if (!existsSync(db) || readFileHeader(db).kind !== 'sqlite') throw new CliUsageError(io.t(`找不到有效的数据文件：${db}`, `No valid data file at: ${db}`));
    const core = await openCore({ dbPath: db, seedDemo: false, appVersion: io.appVersion, log: io.log });
    try {
      const options = typeof values.region === 'string' ? { region: values.region } : {};
      const started = performance.now();
      const file =
        format === 'grading-table'
          ? await exportGradingTable(core.context, options)
          : format === 'clients'
            ? await exportClientList(core.context, options)
            : exportCsv(core.context, { ...options, encoding: values.gbk ? 'gbk' : 'utf-8' });
      const partial = `${out}.partial`;
      writeFileSync(partial, file.bytes);
      renameSync(partial, out);
      const ms = Math.round(performance.now() - started);
      if (values.json) {
        io.out(JSON.stringify({ out, format, rows: file.rows, bytes: file.bytes.length, ms, unrepresentable: file.unrepresentable }, null, 2));
        return;
      }
      io.out(io.t(`已导出 ${file.rows} 位客户到 ${out}（${file.bytes.length} 字节，${ms} ms）`, `Exported ${file.rows} clients to ${out} (${file.bytes.length} bytes, ${ms} ms)`));
      if (file.unrepresentable.length > 0) {
        io.out(io.t(`注意：有 ${file.unrepresentable.length} 处文字 GBK 无法表示，已替换为“?”，例如“${file.unrepresentable[0]!.text}”`, `Note: ${file.unrepresentable.length} texts cannot be written in GBK and became “?”, e.g. “${file.unrepresentable[0]!.text}”`));
      }
    } finally {
      core.close();
    }
  },
};
