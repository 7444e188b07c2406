/**
 * Text that leaves the app for a spreadsheet or a file system: formula neutralisation of cell
 * text, sheet names Excel accepts, and file names every platform accepts. Every export and
 * every save dialog uses these, so the rules cannot drift between features.
 */

/*
 * What a spreadsheet may run as a formula (OWASP): a text starting with = + - @, or with a tab,
 * CR or LF. The full-width and small forms count too: NFKC turns them into the ASCII ones, and
 * spreadsheets on East Asian systems may do the same when a file is opened or a cell is edited.
 */
const FORMULA_START = new Set(['=', '+', '-', '@']);
const CONTROL_START = new Set(['\t', '\r', '\n']);
// Spreadsheets skip leading blanks (and the invisible characters managers' files carry) before looking for '='.
const IGNORABLE_LEAD = /^[\s\u200B-\u200D\u2060\uFEFF]+/;

/** True when a spreadsheet could read this text as a formula. */
export function startsLikeFormula(text: string): boolean {
  if (CONTROL_START.has(text.charAt(0))) return true;
  const lead = text.replace(IGNORABLE_LEAD, '');
  const first = lead.codePointAt(0);
  if (first === undefined) return false;
  const char = String.fromCodePoint(first);
  if (FORMULA_START.has(char)) return true;
  // As normalisation would make it (＝ ﹦ ⁼ … become =); ASCII stays as it is, so it is not asked.
  return first >= 0x80 && FORMULA_START.has(char.normalize('NFKC').charAt(0));
}

/**
 * A cell's text made inert for text formats (CSV): a text that starts like a formula gets a
 * leading single quote, which spreadsheets show as text. Apply it last, after any other
 * change to the text. Idempotent: a neutralised text starts with the quote, never like a formula.
 */
export function neutraliseFormula(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}

/** The reverse on import: our exports' quote is taken off again, so round trips are exact. */
export function undoNeutralisation(text: string): string {
  return text.startsWith("'") && startsLikeFormula(text.slice(1)) ? text.slice(1) : text;
}

/** At most `max` UTF-16 units, never cutting a surrogate pair in half (a lone half is not valid XML or a valid file name). */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what names must not hold
const CONTROL = /[\u0000-\u001f\u007f]/;
// Half a surrogate pair without its other half is not valid XML and not a valid file name.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const everywhere = (pattern: RegExp) => new RegExp(pattern.source, 'g');
const UNPRINTABLE = new RegExp(`${CONTROL.source}|${LONE_SURROGATE.source}`, 'g');
/** Characters no name may hold (control characters, lone surrogates) as _. */
const printable = (text: string) => text.replace(UNPRINTABLE, '_');

/** Excel's limit on a sheet name. */
export const MAX_SHEET_NAME = 31;
const SHEET_FORBIDDEN = /[[\]:*?/\\]/;
const SHEET_FORBIDDEN_ALL = everywhere(SHEET_FORBIDDEN);
// Excel keeps this name for its change-tracking sheet.
const RESERVED_SHEET = 'history';

function sheetBase(raw: string): string {
  const name = printable(raw).replace(SHEET_FORBIDDEN_ALL, '_');
  // Excel refuses a name that starts or ends with an apostrophe; cutting can expose one at the end.
  const edges = (text: string) => text.replace(/^[\s']+|[\s']+$/g, '');
  return edges(cut(edges(name), MAX_SHEET_NAME)) || 'Sheet';
}

/** True when Excel accepts this as a sheet name (uniqueness aside). */
export function isValidSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX_SHEET_NAME &&
    !SHEET_FORBIDDEN.test(name) &&
    !CONTROL.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== RESERVED_SHEET &&
    !LONE_SURROGATE.test(name)
  );
}

/**
 * A namer for one workbook's sheets: each name is made valid (at most 31 characters, none of
 * []:*?/\, no apostrophe at either end, never blank or "History") and unique, ignoring case
 * as Excel does, by a ~2, ~3… suffix.
 */
export function sheetNamer(): (raw: string) => string {
  const taken = new Set<string>([RESERVED_SHEET]);
  return (raw) => {
    const base = sheetBase(raw);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${cut(base, MAX_SHEET_NAME - String(n).length - 1)}~${n}`;
    taken.add(name.toLowerCase());
    return name;
  };
}

const FILE_FORBIDDEN_ALL = /[\\/:*?"<>|]/g;
// Windows refuses these as a file's name before the first dot, in any case.
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\.|$)/i;

/** A piece of a file name (a rep, a region): characters Windows or macOS refuse become _, edges trimmed, at most `max` units. */
export function safeFileNamePart(text: string, max: number): string {
  return cut(printable(text).replace(FILE_FORBIDDEN_ALL, '_').trim(), max).trim();
}

/**
 * A whole file name as offered in a save dialog: safe characters, no reserved Windows name
 * (CON, NUL, COM1…), no trailing dot or space (Windows drops them), at most `max` units, and
 * `fallback` when nothing is left.
 */
export function safeFileName(text: string, options: { max: number; fallback: string }): string {
  const name = safeFileNamePart(text, options.max).replace(/[. ]+$/, '');
  if (name === '') return options.fallback;
  return WINDOWS_RESERVED.test(name) ? cut(`_${name}`, options.max) : name;
}
