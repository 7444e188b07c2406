import { homedir } from 'node:os';
import { loggedError, redactHome, scrubText } from './privacy';

/**
 * Structured log lines. Never pass client names, hospitals, phone numbers, file names or
 * text the user typed here: ids, codes and counts only (doctors' names are personal
 * information). As a second line of defence every string field and every Error is scrubbed
 * (privacy.ts) and the home folder is written as "~".
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export type LogLevel = 'info' | 'warn' | 'error';

export interface LoggerOptions {
  minLevel?: LogLevel;
  /** The folder written as "~"; the user's home by default. */
  home?: string;
}

function serialise(fields: Record<string, unknown> | undefined, home: string): string {
  if (!fields) return '';
  return ` ${JSON.stringify(fields, (_key, value: unknown) => {
    if (value instanceof Error) return loggedError(value, home);
    if (typeof value === 'string') return scrubText(value, home);
    if (typeof value === 'bigint') return value.toString();
    return value;
  })}`;
}

/** A logger that writes one line per entry to a sink (stderr, a file, a test array). */
export function createLogger(sink: (line: string) => void, options: LogLevel | LoggerOptions = {}): Logger {
  const { minLevel = 'info', home = homedir() } = typeof options === 'string' ? { minLevel: options } : options;
  const order: Record<LogLevel, number> = { info: 0, warn: 1, error: 2 };
  const write = (level: LogLevel, message: string, fields?: Record<string, unknown>) => {
    if (order[level] < order[minLevel]) return;
    let line: string;
    try {
      line = `${new Date().toISOString()} ${level.toUpperCase()} ${scrubText(message, home)}${serialise(fields, home)}`;
    } catch {
      // A field that cannot be serialised (a cycle) must not lose the entry or throw at the caller.
      line = `${new Date().toISOString()} ${level.toUpperCase()} ${scrubText(message, home)} {"fields":"unserialisable"}`;
    }
    sink(redactHome(line, home));
  };
  return {
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
  };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
