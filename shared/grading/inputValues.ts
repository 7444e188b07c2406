import type { LocalizedText } from '../domain/schemas';
import { excelSerialToIsoDate, parseQuantity } from '../transfer/values';
import { compileDictionary, type Dictionary } from './dictionaries';
import type { InputChoice, ModelInput } from './modelInputs';

/**
 * What a value typed, pasted or imported for a model input becomes: the one check the grid,
 * the bulk edit, the paste dialog, the import and the core all run. Choice words go through
 * the input's dictionary (the one list of synonyms the grading reads too) and are kept as the
 * canonical value (已保有 → R); numbers are read as spreadsheets write them (1,200 · 150万 ·
 * ５００) and kept as numbers; dates as YYYY-MM-DD.
 */

export type InputValue = string | number | null;

/** Why a value is refused; the keys are the client grid's `grid.invalid.*` texts. */
export type InputInvalidKey = 'notNumber' | 'notWhole' | 'tooSmall' | 'tooLarge' | 'tooLong' | 'unknownWord' | 'notDate';

export interface InputInvalid {
  key: InputInvalidKey;
  params?: Record<string, string | number>;
}

export type ParsedInput =
  | { ok: true; value: InputValue; note?: 'approximate' | 'placeholder' }
  | { ok: false; error: InputInvalid };

export interface ParseInputOptions {
  /** The input's dictionary (choice); without it a word is kept as typed and the core decides. */
  dictionary?: Dictionary | undefined;
  /** Multiplies numbers (a header in 万元 for an input in 元). */
  factor?: number;
}

/** Longest text kept for a text input (the client schema's attribute limit). */
export const MAX_INPUT_TEXT = 1000;

const ok = (value: InputValue, note?: 'approximate' | 'placeholder'): ParsedInput => (note ? { ok: true, value, note } : { ok: true, value });
const fail = (key: InputInvalidKey, params?: Record<string, string | number>): ParsedInput => ({ ok: false, error: params ? { key, params } : { key } });

/** The values a choice input offers: its declared values, else the dictionary's categories (labelled by themselves). */
export function choicesOf(input: ModelInput, dictionary?: Dictionary): InputChoice[] {
  if (input.values && input.values.length > 0) return input.values;
  if (!dictionary) return [];
  return [...new Set(dictionary.entries.map((entry) => entry.value))].map((value) => ({ value, label: { 'zh-CN': value, en: value } }));
}

/** A choice value's label, or the value itself when the input does not list it. */
export function choiceLabel(input: ModelInput, value: string, locale: keyof LocalizedText): string {
  return input.values?.find((choice) => choice.value === value)?.label[locale] ?? value;
}

export function parseInputValue(input: ModelInput, raw: string | number | null | undefined, options: ParseInputOptions = {}): ParsedInput {
  if (raw === null || raw === undefined) return ok(null);
  switch (input.type) {
    case 'number':
      return parseNumberInput(input, raw, options.factor ?? 1);
    case 'choice':
      return parseChoiceInput(input, raw, options.dictionary);
    case 'date':
      return parseDateInput(raw);
    case 'text': {
      const text = String(raw).trim();
      if (text === '') return ok(null);
      return text.length > MAX_INPUT_TEXT ? fail('tooLong', { max: MAX_INPUT_TEXT }) : ok(text);
    }
  }
}

function parseNumberInput(input: ModelInput, raw: string | number, factor: number): ParsedInput {
  const quantity = parseQuantity(raw);
  if (quantity.status === 'blank') return ok(null);
  if (quantity.status === 'placeholder') return ok(null, 'placeholder');
  if (quantity.status === 'invalid' || quantity.value === null) return fail('notNumber');
  // Scaled and rounded to 6 decimals, so 1.2万 is 12000 and not 11999.999999999998.
  const value = factor === 1 ? quantity.value : Math.round(quantity.value * factor * 1e6) / 1e6;
  if (input.integer && !Number.isInteger(value)) return fail('notWhole');
  if (input.min !== undefined && value < input.min) return fail('tooSmall', { min: input.min });
  if (input.max !== undefined && value > input.max) return fail('tooLarge', { max: input.max });
  return ok(value, quantity.status === 'approximate' ? 'approximate' : undefined);
}

function parseChoiceInput(input: ModelInput, raw: string | number, dictionary: Dictionary | undefined): ParsedInput {
  const text = String(raw).trim();
  if (text === '') return ok(null);
  if (text.length > 50) return fail('tooLong', { max: 50 });
  if (!dictionary) return ok(text);
  const value = compileDictionary(dictionary).resolve(text);
  const offered = input.values && input.values.length > 0 ? input.values.some((choice) => choice.value === value) : value !== null;
  // A label typed back (已保有 as the grid shows it) is the value too.
  const byLabel = input.values?.find((choice) => choice.label['zh-CN'] === text || choice.label.en.toLowerCase() === text.toLowerCase());
  if (value !== null && value !== '' && offered) return ok(value);
  if (byLabel) return ok(byLabel.value);
  return fail('unknownWord', { value: text });
}

const DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

function parseDateInput(raw: string | number): ParsedInput {
  if (typeof raw === 'number') {
    // A spreadsheet's date cell without its format arrives as the serial day number.
    const iso = excelSerialToIsoDate(raw);
    return iso === null ? fail('notDate') : ok(iso.slice(0, 10));
  }
  const text = raw.normalize('NFKC').trim();
  if (text === '') return ok(null);
  const match = DATE.exec(text.split(/[ T]/)[0] ?? '');
  if (!match) return fail('notDate');
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return fail('notDate');
  return ok(`${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

/** The reasons in both languages, for messages outside the grid (the core's refusals, the import report). */
export const INPUT_INVALID_MESSAGES: Record<InputInvalidKey, LocalizedText> = {
  notNumber: { 'zh-CN': '请输入数字', en: 'enter a number' },
  notWhole: { 'zh-CN': '必须是整数', en: 'must be a whole number' },
  tooSmall: { 'zh-CN': '不能小于 {{min}}', en: 'must be at least {{min}}' },
  tooLarge: { 'zh-CN': '不能大于 {{max}}', en: 'must be at most {{max}}' },
  tooLong: { 'zh-CN': '最多 {{max}} 个字符', en: 'at most {{max}} characters' },
  unknownWord: { 'zh-CN': '“{{value}}”不在可选值中', en: '“{{value}}” is not one of the values' },
  notDate: { 'zh-CN': '请输入日期，例如 2026-03-15', en: 'enter a date such as 2026-03-15' },
};
