import { dirname } from 'node:path';
import type { CoreContext } from '../context';
import type { QueryHandlers } from '../router';
import { redactPath } from '../log/privacy';
import { diagnosticDbCheck } from './dbCheck';
import { buildDiagnosticsZip } from './diagnosticsZip';
import { collectLogFiles } from './logFiles';
import { collectVersions } from './versions';

/** 帮助 → 导出诊断信息 and the 诊断 line of 设置, answered by the core so the browser preview has them too. */
export function diagnosticsHandlers(ctx: CoreContext): Pick<QueryHandlers, 'diagnostics.info' | 'diagnostics.export'> {
  const sources = ctx.diagnostics;
  const versions = () => collectVersions({ appVersion: ctx.appVersion, db: ctx.db, host: sources.hostVersions });
  return {
    'diagnostics.info': () => ({
      // Shown to the user on their own screen: the real path, not redacted.
      dataDir: dirname(ctx.dbPath),
      logsDir: sources.logsDir ?? null,
      versions: versions(),
    }),
    'diagnostics.export': () => {
      const zip = buildDiagnosticsZip({
        createdAt: new Date(ctx.now()),
        versions: versions(),
        dbCheck: diagnosticDbCheck(ctx.db, ctx.dbPath),
        logs: collectLogFiles(sources.logsDir),
        dataFile: redactPath(ctx.dbPath),
        logsDir: sources.logsDir ? redactPath(sources.logsDir) : null,
      });
      ctx.log.info('diagnostics exported', { bytes: zip.bytes.length, entries: zip.entries.length });
      return { fileName: zip.fileName, base64: Buffer.from(zip.bytes).toString('base64'), bytes: zip.bytes.length, entries: zip.entries };
    },
  };
}
