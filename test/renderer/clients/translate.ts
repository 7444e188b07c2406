import { interpolate } from '../../../shared/i18n/interpolate';
import type { Locale } from '../../../shared/i18n/locales';
import { resources } from '../../../renderer/src/i18n/resources';
import type { Translate } from '../../../renderer/src/features/clients/gridColumns';

/** The app's texts without i18next: dotted key → text with {{placeholders}} filled; unknown keys come back as the key. */
export function translator(locale: Locale): Translate {
  return (key, params = {}) => {
    let node: unknown = resources[locale].translation;
    for (const part of key.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
    return typeof node === 'string' ? interpolate(node, params as Record<string, string | number>) : key;
  };
}
