import { defineFeatureLocale } from '../../i18n/featureLocale';

/** Texts of this feature, under the 'periods' key of the translation resources. */
export const periodsLocale = defineFeatureLocale(
  {
    title: '期间对比',
  },
  {
    title: 'Period comparison',
  },
);
