import { defineFeatureLocale } from '../../i18n/featureLocale';

/** Texts of this page, under the 'transfer' key of the translation resources. */
export const transferLocale = defineFeatureLocale(
  {
    title: '导入/导出',
  },
  {
    title: 'Import/Export',
  },
);
