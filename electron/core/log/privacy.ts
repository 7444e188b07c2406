import { homedir } from 'node:os';

/**
 * What keeps personal data out of log files and diagnostics. Log call sites pass ids, codes
 * and counts only; these functions are the second line, for text the app did not write
 * itself (error messages, stack traces, free-text details) and for the user's home folder,
 * whose name is often the user's own.
 */

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replaces the home folder with "~" wherever it appears: as written, with forward slashes
 * (file URLs, Windows paths in JSON) and JSON-escaped backslashes. Windows paths compare
 * without case. A home of "/" or "" (some service accounts) is left alone.
 */
export function redactHome(text: string, home: string = homedir()): string {
  const trimmed = home.replace(/[\\/]+$/, '');
  if (trimmed.length < 2) return text;
  const variants = new Set([trimmed, trimmed.replace(/\\/g, '/'), trimmed.replace(/\\/g, '\\\\')]);
  const windows = /^[A-Za-z]:/.test(trimmed) || trimmed.includes('\\');
  const alternatives = [...variants].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  // Only a whole folder name: /home/al must not eat the start of /home/alice.
  const pattern = new RegExp(`(?:${alternatives})(?=[\\\\/"'\\s:;,)]|$)`, windows ? 'gi' : 'g');
  return text.replace(pattern, '~');
}

const QUOTED = /"[^"\n]*"|'[^'\n]*'|`[^`\n]*`|“[^”\n]*”|‘[^’\n]*’|「[^」\n]*」|『[^』\n]*』|《[^》\n]*》/g;
/** A drive, UNC, root or home path with at least one more separator. */
const PATH = /(?:[A-Za-z]:[\\/]|\\\\|~[\\/]|\/)[^\s,;]*[\\/][^\s,;]*/g;
/** Names, hospitals and departments are mostly written in Chinese: no non-ASCII text is kept. */
const NON_ASCII = /[^\u0020-\u007E\t\r\n]+/g;
const FILE_NAME = /[^\s"'()<>]+\.(?:xlsx|xlsm|xls|et|ods|csv|tsv|txt|sqlite|db|bak|json|pdf|ics|zip)\b/gi;
const DIGIT_RUN = /\+?\d[\d\s-]{5,}\d/g;

/**
 * Text of unknown origin made safe to log: quoted parts (where messages echo values), paths,
 * file names, non-ASCII runs and long digit runs (phone numbers, ids of people) are replaced.
 * What remains is the shape of the message, which is what a developer needs.
 */
export function scrubText(text: string, home: string = homedir()): string {
  return redactHome(text, home)
    .replace(QUOTED, '"…"')
    .replace(PATH, '<path>')
    .replace(FILE_NAME, '<file>')
    .replace(NON_ASCII, '…')
    .replace(DIGIT_RUN, (run) => (run.replace(/\D/g, '').length >= 7 ? '#' : run));
}

/**
 * A path written into diagnostics: the home folder as "~" and non-ASCII folder names (often
 * a person's name) as "…"; the shape (default location or not) stays readable.
 */
export function redactPath(path: string, home: string = homedir()): string {
  return redactHome(path, home).replace(NON_ASCII, '…');
}

export interface LoggedError {
  name: string;
  /** Node and SQLite error codes (ENOSPC, SQLITE_BUSY) say most and carry no data. */
  code?: string;
  message: string;
  /** Call sites only: the first line of a V8 stack repeats the message, so it is dropped. */
  stack?: string[];
}

const MAX_FRAMES = 12;

/** An Error as it may be logged: its name and code, a scrubbed message, the stack frames with the home folder hidden. */
export function loggedError(error: Error, home: string = homedir()): LoggedError {
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at\s/.test(line))
    .slice(0, MAX_FRAMES)
    .map((line) => redactHome(line.trim(), home).replace(NON_ASCII, '…'));
  return {
    name: scrubText(error.name, home),
    ...(typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code) ? { code } : {}),
    message: scrubText(error.message, home),
    ...(frames.length > 0 ? { stack: frames } : {}),
  };
}

export interface IssueLike {
  path: readonly PropertyKey[];
  code?: string;
}

/**
 * Where validation failed, without the values: zod messages and record keys can echo what
 * the user typed (a mapping keyed by header text), so keys that are not plain identifiers
 * are shown as "*".
 */
export function issueSummary(issues: readonly IssueLike[], limit = 5): string {
  return issues
    .slice(0, limit)
    .map((issue) => {
      const path = issue.path.map((key) => (typeof key === 'number' || /^[A-Za-z_][\w]{0,40}$/.test(String(key)) ? String(key) : '*'));
      return `${path.join('.') || '(root)'}: ${issue.code ?? 'invalid'}`;
    })
    .join('; ');
}
