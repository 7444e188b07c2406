import { defineFeatureLocale } from '../../i18n/featureLocale';

/** Texts of this page, under the 'planning' key of the translation resources. */
export const planningLocale = defineFeatureLocale(
  {
    title: '拜访计划',
  },
  {
    title: 'Visit plans',
  },
);
