// Plain decimals, or thousands separated by commas ('1,200'), as spreadsheets export them.
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const NON_ASCII = /[^\x20-\x7e]/;

/**
 * The number a numeric attribute holds: finite numbers, or strings such as '500', ' 1,200 ',
 * '８０００' (full-width). Returns undefined for anything else.
 */
export function parseNumeric(raw: string | number): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  let text = raw.trim();
  if (NON_ASCII.test(text)) text = text.normalize('NFKC').trim();
  if (DECIMAL.test(text)) return Number(text);
  if (GROUPED.test(text)) return Number(text.replace(/,/g, ''));
  return undefined;
}

/** null, undefined and blank strings mean "not entered". */
export function isAbsent(raw: string | number | null | undefined): raw is null | undefined | '' {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}
