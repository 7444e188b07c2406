import { readAppVersion } from '../core/appVersion';
import { createLogger } from '../core/log/logger';
import { runCli } from './runCli';

/** Entry of `npm run cli -- <command>`. Logs go to stderr so --json output stays clean. */
const log = createLogger((line) => process.stderr.write(`${line}\n`), process.env.TG_LOG === 'info' ? 'info' : 'warn');
void runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  log,
  appVersion: readAppVersion(new URL('../../package.json', import.meta.url)),
  lang: process.env.LANG,
}).then((code) => process.exit(code));
