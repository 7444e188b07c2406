import { defineFeatureLocale } from '../../i18n/featureLocale';

/** Texts of this page, under the 'boardView' key of the translation resources. */
export const boardViewLocale = defineFeatureLocale(
  {
    title: '九宫格',
  },
  {
    title: 'Nine-grid',
  },
);
