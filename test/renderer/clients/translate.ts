import { interpolate } from '../../../shared/i18n/interpolate';
import type { Locale } from '../../../shared/i18n/locales';
import { resources } from '../../../renderer/src/i18n/resources';
import type { Translate } from '../../../renderer/src/features/clients/gridColumns';

const NESTED = /\$t\(([^()]+)\)/g;

/**
 * The app's texts without i18next: dotted key → text with {{placeholders}} filled and nested
 * $t(vocab.client) texts resolved, as i18next does; unknown keys come back as the key.
 * `vocab` replaces the vocabulary group (another model's words).
 */
export function translator(locale: Locale, vocab?: Record<string, string>): Translate {
  const lookup = (key: string): string | undefined => {
    if (vocab && key.startsWith('vocab.')) return vocab[key.slice('vocab.'.length)];
    let node: unknown = resources[locale].translation;
    for (const part of key.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
    return typeof node === 'string' ? node : undefined;
  };
  return (key, params = {}) => {
    const text = lookup(key);
    if (text === undefined) return key;
    return interpolate(text, params as Record<string, string | number>).replace(NESTED, (_, nested: string) => lookup(nested) ?? nested);
  };
}
