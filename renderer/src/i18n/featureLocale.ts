import type { Locale } from '../../../shared/i18n/locales';

/**
 * A feature's own texts in both languages, kept beside the feature so features built in
 * parallel never edit the same file. English is typed from Chinese, so a missing key fails
 * to compile; the parity test compares placeholders of the merged resources.
 */
export type FeatureLocale<T> = Record<Locale, T>;

export function defineFeatureLocale<T>(zhCN: T, en: NoInfer<T>): FeatureLocale<T> {
  return { 'zh-CN': zhCN, en };
}
