import type { Locale } from '../../shared/i18n/locales';

/** The OS language decides dialogs shown before the app's own setting can be read. */
export function systemLocale(osLocale: string): Locale {
  return osLocale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
