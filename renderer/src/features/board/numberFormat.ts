import type { Locale } from '../../../../shared/i18n/locales';

/**
 * Number formats of the board, made once per locale: a board draws hundreds of cards, and
 * building an Intl.NumberFormat per number is a large part of a render.
 */
const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, kind: 'count' | 'visits' | 'share'): Intl.NumberFormat {
  const key = `${locale}:${kind}`;
  let format = cache.get(key);
  if (!format) {
    const options: Intl.NumberFormatOptions =
      kind === 'count' ? { maximumFractionDigits: 0 } : kind === 'visits' ? { maximumFractionDigits: 1 } : { style: 'percent', maximumFractionDigits: 1 };
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

/** Whole numbers with the locale's grouping (12,345). */
export const countText = (value: number, locale: Locale) => formatter(locale, 'count').format(value);
/** Visits, one decimal at most (0.5 = every other month). */
export const visitsText = (value: number, locale: Locale) => formatter(locale, 'visits').format(value);
/** A share 0–1 as a percentage with one decimal; '—' when there is none. */
export const shareText = (share: number | null, locale: Locale) => (share === null ? '—' : formatter(locale, 'share').format(share));
