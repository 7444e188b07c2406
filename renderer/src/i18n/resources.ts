import type { Locale } from '../../../shared/i18n/locales';
import { en } from './en';
import { zhCN, type Translation } from './zh-CN';

export const DEFAULT_NS = 'translation';

/** Bundled, so the first paint needs no loading step. */
export const resources: Record<Locale, { translation: Translation }> = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
};
