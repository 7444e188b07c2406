import { parseNumeric } from '../grading/numbers';

/** A cell as the parser hands it over: text, a number, or nothing. */
export type RawCell = string | number | null;

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const ANY_SPACE = /\s+/g;

/**
 * Text for storing: zero-width characters removed, line breaks and runs of spaces (including
 * U+3000) collapsed to one space, trimmed. Width is kept as typed (display value); matching
 * uses normaliseKey.
 */
export function cleanText(raw: RawCell): string {
  if (raw === null) return '';
  if (typeof raw === 'number') return Number.isFinite(raw) ? String(raw) : '';
  return raw.replace(ZERO_WIDTH, '').replace(ANY_SPACE, ' ').trim();
}

export type QuantityStatus = 'ok' | 'blank' | 'placeholder' | 'approximate' | 'invalid';

export interface Quantity {
  value: number | null;
  status: QuantityStatus;
}

// Words managers put in number columns to say "nothing" or "unknown".
const PLACEHOLDERS = new Set(['-', '--', '—', '——', '/', '\\', '无', '暂无', '没有', '不详', '未知', '待定', '待查', 'n/a', 'na', 'null', 'none', '#n/a', '?', '？', 'x', '空']);
// Units after a quantity: 500支, 20盒/月, 8 床, 300 units per month.
const UNIT_SUFFIX =
  /\s*(?:支|盒|瓶|片|粒|袋|包|个|人|张|床|次|例|台|套|units?|pcs|boxes|box|beds?)?\s*(?:\/\s*(?:月|每月|month|mo)|每月|per\s*month|\/\s*m)?$/i;
const APPROX_PREFIX = /^(?:约|大约|大概|近|~|≈|about|approx\.?|ca\.?)\s*/i;
const APPROX_SUFFIX = /\s*(?:左右|上下|以上|多|余|\+)$/;
const WAN = /^(.*\d)\s*万$/;

/**
 * A number from what managers type in number columns: '500', '500支', '５００', '1,234',
 * '1.2万', '约500' (approximate), '—' / '不详' (placeholder = blank). Never guesses ranges
 * such as '300-500': those are invalid.
 */
export function parseQuantity(raw: RawCell): Quantity {
  if (raw === null) return { value: null, status: 'blank' };
  if (typeof raw === 'number') return Number.isFinite(raw) ? { value: raw, status: 'ok' } : { value: null, status: 'invalid' };
  let text = raw.replace(ZERO_WIDTH, '').normalize('NFKC').replace(ANY_SPACE, ' ').trim();
  if (text === '') return { value: null, status: 'blank' };
  if (PLACEHOLDERS.has(text.toLowerCase())) return { value: null, status: 'placeholder' };
  let approximate = false;
  if (APPROX_PREFIX.test(text)) {
    text = text.replace(APPROX_PREFIX, '');
    approximate = true;
  }
  text = text.replace(UNIT_SUFFIX, '');
  if (APPROX_SUFFIX.test(text)) {
    text = text.replace(APPROX_SUFFIX, '');
    approximate = true;
  }
  text = text.replace(UNIT_SUFFIX, '').trim();
  let factor = 1;
  const wan = WAN.exec(text);
  if (wan) {
    text = wan[1]!.trim();
    factor = 10_000;
  }
  // '1 234' and '1 234,5' are not what Chinese spreadsheets write; only commas group digits here.
  const value = parseNumeric(text);
  if (value === undefined) return { value: null, status: 'invalid' };
  const scaled = factor === 1 ? value : Math.round(value * factor * 1e6) / 1e6;
  return { value: scaled, status: approximate ? 'approximate' : 'ok' };
}

/** Excel serial days (1900 system) to an ISO date (with the time when there is one), in UTC so no time zone can shift it. */
export function excelSerialToIsoDate(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return null;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const ms = epoch + Math.round(serial * 86_400_000);
  const iso = new Date(ms).toISOString();
  return Number.isInteger(serial) ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

/** A Date from a parser (UTC midnight for a date cell) as YYYY-MM-DD, or with the time when it has one. */
export function isoFromDate(date: Date): string | null {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return null;
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

const TOTAL_WORDS = /^(?:合计|总计|小计|共计|总和|汇总|累计|合\s*计|总\s*计|小\s*计|total|totals|grand total|subtotal|sum)(?:[:：\s(].*)?$/i;

/** '合计', '总计：', '小计（心内科）', 'Total' … : the row is a total, not a client. */
export function isTotalsText(text: string): boolean {
  return TOTAL_WORDS.test(text.normalize('NFKC').trim());
}
