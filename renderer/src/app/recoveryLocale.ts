import { defineFeatureLocale } from '../i18n/featureLocale';

/** Texts of the recovery banner, under the 'recovery' key of the translation resources. */
export const recoveryLocale = defineFeatureLocale(
  {
    rendererReloaded: '页面意外退出，已重新加载。您的数据保存在数据文件中，没有丢失。',
    coreRestarted: '后台服务重启，刚才的操作可能未完成，请检查。',
    dismiss: '知道了',
  },
  {
    rendererReloaded: 'The page stopped unexpectedly and was reloaded. Your data is kept in the data file and was not lost.',
    coreRestarted: 'The background service restarted; the last action may not have completed. Please check it.',
    dismiss: 'Dismiss',
  },
);
