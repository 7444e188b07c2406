/**
 * Structured log lines. Never pass client names, hospitals or phone numbers here:
 * ids and counts only (doctors' names are personal information).
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

type Level = 'info' | 'warn' | 'error';

function serialise(fields: Record<string, unknown> | undefined): string {
  if (!fields) return '';
  return ` ${JSON.stringify(fields, (_key, value: unknown) =>
    value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value,
  )}`;
}

/** A logger that writes one line per entry to a sink (stderr, a file, a test array). */
export function createLogger(sink: (line: string) => void, minLevel: Level = 'info'): Logger {
  const order: Record<Level, number> = { info: 0, warn: 1, error: 2 };
  const write = (level: Level, message: string, fields?: Record<string, unknown>) => {
    if (order[level] < order[minLevel]) return;
    sink(`${new Date().toISOString()} ${level.toUpperCase()} ${message}${serialise(fields)}`);
  };
  return {
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
  };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
