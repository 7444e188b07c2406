import { defineFeatureLocale } from '../../i18n/featureLocale';

/** Texts of this feature, under the 'dictionaries' key of the translation resources. */
export const dictionariesLocale = defineFeatureLocale(
  {
    title: '字典',
  },
  {
    title: 'Dictionaries',
  },
);
