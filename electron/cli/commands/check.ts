import type { CliCommand } from './command';
import { CliUsageError } from '../cliError';
import { requireDb } from './demo';
import { APPLICATION_ID, applicationId, integrityCheck, openReadOnly, userVersion } from '../../core/db/connection';
import { readFileHeader } from '../../core/db/fileHeader';
import { countForeignKeyViolations } from '../../core/db/foreignKeyCheck';
import { LATEST_VERSION } from '../../core/db/migrations';

/** Read-only: reports integrity and schema version without migrating or writing anything. */
export const checkCommand: CliCommand = {
  name: 'check',
  usage: 'check --db FILE [--json]',
  about: { 'zh-CN': '检查数据库完整性与结构版本（只读）', en: 'integrity and schema version (read-only)' },
  options: { db: { type: 'string' }, json: { type: 'boolean' } },
  async run(values, io) {
    const path = requireDb(values);
    const header = readFileHeader(path);
    if (header.kind === 'missing') throw new CliUsageError(io.t(`找不到数据文件：${path}`, `Data file not found: ${path}`));
    if (header.kind !== 'sqlite') throw new CliUsageError(io.t(`不是 SQLite 数据文件：${path}`, `Not a SQLite data file: ${path}`));
    const db = openReadOnly(path);
    try {
      const ours = applicationId(db) === APPLICATION_ID;
      const report = {
        db: path,
        ours,
        integrity: integrityCheck(db),
        schemaVersion: userVersion(db),
        latestVersion: LATEST_VERSION,
        foreignKeyViolations: countForeignKeyViolations(db),
      };
      io.out(values.json ? JSON.stringify(report, null, 2) : `integrity: ${report.integrity}\nschema: ${report.schemaVersion} (app supports ${report.latestVersion})\nforeign keys: ${report.foreignKeyViolations} violations`);
      if (!ours) throw new CliUsageError(io.t('此文件不是九宫格客户分级的数据文件', 'This file is not a Territory Grid data file'));
      if (report.integrity !== 'ok' || report.foreignKeyViolations > 0) throw new CliUsageError(io.t('数据库检查未通过', 'Database check failed'));
    } finally {
      db.close();
    }
  },
};
