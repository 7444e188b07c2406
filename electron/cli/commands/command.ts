import type { ParseArgsOptionsConfig } from 'node:util';
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
  summary: string;
  options: ParseArgsOptionsConfig;
  run(values: Record<string, string | boolean | undefined>, io: CliIo): Promise<void>;
}
