import type { ParseArgsOptionsConfig } from 'node:util';
import type { Locale } from '../../../shared/i18n/locales';
import type { Logger } from '../../core/log/logger';

export interface CliIo {
  out(line: string): void;
  log: Logger;
  appVersion: string;
  /** Picks the user's language for a message (zh-CN when LANG starts with zh). */
  t(zh: string, en: string): string;
}

export interface CliCommand {
  name: string;
  /** The command line it takes, e.g. `backup --db FILE --out FILE [--json]`. */
  usage: string;
  /** What it does, in the user's language (for --help). */
  about: Record<Locale, string>;
  options: ParseArgsOptionsConfig;
  /** How many positional arguments the command takes (e.g. `import FILE`); none when absent. */
  positionals?: number;
  run(values: Record<string, string | boolean | undefined>, io: CliIo, positionals?: readonly string[]): Promise<void>;
}
