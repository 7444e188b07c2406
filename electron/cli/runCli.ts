import { parseArgs } from 'node:util';
import { AppFailure, formatError } from '../../shared/contract';
import { CliUsageError, EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK } from './cliError';
import { backupCommand } from './commands/backup';
import { checkCommand } from './commands/check';
import type { CliCommand, CliIo } from './commands/command';
import { demoCommand } from './commands/demo';
import { statsCommand } from './commands/stats';
import { gradeCommand } from './commands/grade';
import { modelsCommand } from './commands/models';
import { planCommand } from './commands/plan';
import { importCommand } from './commands/import';
import { exportCommand } from './commands/export';

const HELP = new Set(['--help', '-h', 'help']);

const COMMANDS: readonly CliCommand[] = [demoCommand, statsCommand, gradeCommand, modelsCommand, checkCommand, backupCommand, planCommand, importCommand, exportCommand];

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function runCli(argv: readonly string[], io: Omit<CliIo, 't'> & { err(line: string): void; lang?: string }): Promise<number> {
  const zh = (io.lang ?? '').toLowerCase().startsWith('zh');
  const t = (zhText: string, enText: string) => (zh ? zhText : enText);
  const locale = zh ? 'zh-CN' : 'en';
  const [name, ...rest] = argv;
  const line = (c: CliCommand) => `  ${c.usage}\n      ${c.about[locale]}`;
  const usage = `${t('用法：npm run cli -- <命令> [选项]；npm run cli -- <命令> --help 查看单个命令', 'usage: npm run cli -- <command> [options]; npm run cli -- <command> --help for one command')}\n${COMMANDS.map(line).join('\n')}`;
  if (name === undefined || HELP.has(name)) {
    // Asking for help is not an error; running without a command is.
    (name === undefined ? io.err : io.out)(usage);
    return name === undefined ? EXIT_BAD_INPUT : EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(t(`未知命令：${name}`, `Unknown command: ${name}`));
    io.err(usage);
    return EXIT_BAD_INPUT;
  }
  if (rest.some((arg) => HELP.has(arg))) {
    io.out(`${t('用法', 'usage')}: npm run cli -- ${command.usage}\n  ${command.about[locale]}`);
    return EXIT_OK;
  }
  try {
    const { values, positionals } = parseArgs({ args: [...rest], options: command.options, strict: true, allowPositionals: (command.positionals ?? 0) > 0 });
    if (positionals.length > (command.positionals ?? 0)) throw new CliUsageError(t(`多余的参数：${positionals.join(' ')}`, `Unexpected argument: ${positionals.join(' ')}`));
    await command.run(values as Record<string, string | boolean | undefined>, { ...io, t }, positionals);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CliUsageError) {
      io.err(error.message);
      return EXIT_BAD_INPUT;
    }
    if (error instanceof AppFailure) {
      io.err(formatError(error.error, locale));
      return error.error.code === 'internal' ? EXIT_INTERNAL : EXIT_BAD_INPUT;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(error.message);
      return EXIT_BAD_INPUT;
    }
    io.log.error('cli command failed', { command: name, error });
    io.err(t('内部错误，详见上方日志。', 'Internal error; see the log above.'));
    return EXIT_INTERNAL;
  }
}
