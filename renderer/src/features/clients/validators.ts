import { lookupDictionary, type Dictionary } from '../../../../shared/grading';

/**
 * What a user may type into a client field, checked before anything is sent (the core
 * checks again). Errors are i18n keys under `grid.invalid` with their parameters, so these
 * functions stay pure and testable.
 */

/** The model inputs' reasons (shared/grading/inputValues.ts) are among these. */
export type InvalidKey = 'notNumber' | 'negative' | 'notWhole' | 'tooLarge' | 'tooSmall' | 'required' | 'tooLong' | 'unknownWord' | 'unknownRep' | 'notDate';

export interface Invalid {
  key: InvalidKey;
  params?: Record<string, string | number>;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: Invalid };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (key: InvalidKey, params?: Record<string, string | number>): Parsed<never> => ({ ok: false, error: params ? { key, params } : { key } });

/** Upper limits of the contract (ClientChangesSchema). */
export const NUMBER_LIMITS = { bedsManaged: 100_000, volumeOurs: 100_000_000, volumeCompetitor: 100_000_000 } as const;
export type NumberField = keyof typeof NUMBER_LIMITS;

export const TEXT_LIMITS = { name: 100, hospitalName: 200, department: 100, region: 100 } as const;
export type TextField = keyof typeof TEXT_LIMITS;

/** Full-width digits and signs (typed with a Chinese IME) as ASCII. */
function toAscii(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF0B\uFF0D\uFF0E\uFF0C]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/**
 * A whole number >= 0 (units, beds). Blank clears the value (null). Thousands separators
 * ("1,200") are accepted; signs, decimals, exponents and words are not.
 */
export function parseWholeNumber(raw: string | number | null | undefined, max: number): Parsed<number | null> {
  if (raw === null || raw === undefined) return ok(null);
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return fail('notNumber');
    if (raw < 0) return fail('negative');
    if (!Number.isInteger(raw)) return fail('notWhole');
    return raw > max ? fail('tooLarge', { max }) : ok(raw);
  }
  let text = toAscii(raw).trim().replace(/\s+/g, '');
  if (text === '') return ok(null);
  if (/^-/.test(text) && /\d/.test(text)) return fail('negative');
  if (/^\+?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, '');
  if (text.startsWith('+')) text = text.slice(1);
  if (/^\d+$/.test(text)) return checkMax(Number(text), max);
  // "12.0" is a whole number written with a decimal point; "12.5" is not.
  if (/^\d+\.0*$/.test(text)) return checkMax(Number(text.slice(0, text.indexOf('.'))), max);
  if (/^\d*\.\d+$/.test(text)) return fail('notWhole');
  return fail('notNumber');
}

function checkMax(value: number, max: number): Parsed<number> {
  return value > max ? fail('tooLarge', { max }) : ok(value);
}

/** Free text of a client field: trimmed; blank is null except for the name, which is required. */
export function parseText(raw: string | null | undefined, field: TextField): Parsed<string | null> {
  const text = (raw ?? '').trim();
  if (text === '') return field === 'name' ? fail('required') : ok(null);
  const max = TEXT_LIMITS[field];
  return text.length > max ? fail('tooLong', { max }) : ok(text);
}

/** A word for a dictionary-checked field (title, hospital class, behaviour); blank clears it. */
export function parseWord(raw: string | null | undefined, dictionary: Dictionary | undefined): Parsed<string | null> {
  const text = (raw ?? '').trim();
  if (text === '') return ok(null);
  if (text.length > 50) return fail('tooLong', { max: 50 });
  // Without the dictionary the core decides (it refuses unknown words with a message).
  if (dictionary && lookupDictionary(dictionary, text) === undefined) return fail('unknownWord', { value: text });
  return ok(text);
}

/** A rep by name (pasting) or blank for "no rep". */
export function parseRepName(raw: string | null | undefined, reps: readonly { id: number; name: string }[], unassignedLabels: readonly string[] = []): Parsed<number | null> {
  const text = (raw ?? '').trim();
  if (text === '' || unassignedLabels.includes(text)) return ok(null);
  const rep = reps.find((r) => r.name === text);
  return rep ? ok(rep.id) : fail('unknownRep', { value: text });
}

/** Free attribute values: numbers stay numbers so numeric rules can read them; blank removes the attribute. */
export function parseAttribute(raw: string | number | null | undefined): Parsed<string | number | null> {
  if (raw === null || raw === undefined) return ok(null);
  if (typeof raw === 'number') return Number.isFinite(raw) ? ok(raw) : fail('notNumber');
  const text = raw.trim();
  if (text === '') return ok(null);
  if (text.length > 1000) return fail('tooLong', { max: 1000 });
  const ascii = toAscii(text);
  return /^-?\d+(\.\d+)?$/.test(ascii) ? ok(Number(ascii)) : ok(text);
}

/**
 * The words a dropdown offers for a dictionary: its distinct `match` words, Chinese ones first
 * (the data is Chinese), each once.
 */
export function dictionaryChoices(dictionary: Dictionary | undefined): string[] {
  if (!dictionary) return [];
  const words = [...new Set(dictionary.entries.map((entry) => entry.match.trim()).filter((w) => w !== ''))];
  const cjk = (w: string) => /[\u3400-\u9fff]/.test(w);
  return [...words.filter(cjk), ...words.filter((w) => !cjk(w))];
}
