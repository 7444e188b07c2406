import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatError, AppFailure } from '../../shared/contract';
import { readAppVersion } from '../core/appVersion';
import { resolveStartup } from '../core/config/resolveStartup';
import { defaultUserDataDir } from '../core/config/userDataDir';
import { createLogger } from '../core/log/logger';
import { createRotatingFileSink } from '../core/log/rotatingFileSink';
import { openCore } from '../core/openCore';
import { startLoopbackServer } from './loopbackServer';

/** `npm run web`: the app in a browser, on the same core and the same data folder as the desktop app. */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const userDataDir = defaultUserDataDir();
  // Beside the desktop app's main.log and core.log, so 导出诊断信息 finds the preview's lines too.
  const logsDir = join(userDataDir, 'logs');
  const log = createLogger(createRotatingFileSink({ dir: logsDir, fileName: 'web.log' }));
  const startup = resolveStartup({ argv, env: process.env, userDataDir });
  const rendererDir = fileURLToPath(new URL('../../out/renderer', import.meta.url));
  if (!existsSync(rendererDir)) {
    process.stderr.write('The renderer is not built yet: run `npm run build` first.\n');
    process.exit(1);
  }
  const portIndex = argv.indexOf('--port');
  const port = portIndex >= 0 ? Number(argv[portIndex + 1]) : 0;
  const core = await openCore({
    dbPath: startup.dbPath,
    seedDemo: startup.seedDemo,
    appVersion: readAppVersion(new URL('../../package.json', import.meta.url)),
    log,
    diagnostics: { logsDir },
  });
  const server = await startLoopbackServer({ router: core.router, rendererDir, log, port });
  process.stdout.write(
    `Territory Grid · 九宫格客户分级\n数据 / data: ${startup.dbPath}\n打开 / open:  ${server.url}\n(Ctrl+C 退出 / to quit)\n`,
  );
  const shutdown = () => {
    void server.close().finally(() => {
      core.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  const locale = (process.env.LANG ?? '').startsWith('zh') ? 'zh-CN' : 'en';
  if (error instanceof AppFailure) {
    process.stderr.write(`${formatError(error.error, locale)}\n`);
    process.exit(1);
  }
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(2);
});
