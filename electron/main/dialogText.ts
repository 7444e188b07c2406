import type { Locale } from '../../shared/i18n/locales';

/** Titles and texts of native dialogs raised by the main process; bodies come from formatError. */
export const DIALOG_TEXT = {
  'zh-CN': {
    cannotOpenTitle: '无法打开数据文件',
    coreStoppedTitle: '数据服务已停止',
    rendererGoneTitle: '窗口出现问题',
    rendererGoneBody: '窗口内容多次意外退出。您的数据已保存；请重新启动程序。',
    aboutTitle: '关于',
    aboutBody: '{{app}} {{version}}\n九宫格客户分级与拜访计划',
  },
  en: {
    cannotOpenTitle: 'Cannot open the data file',
    coreStoppedTitle: 'The data service stopped',
    rendererGoneTitle: 'Window problem',
    rendererGoneBody: 'The window content stopped unexpectedly more than once. Your data is saved; please restart the app.',
    aboutTitle: 'About',
    aboutBody: '{{app}} {{version}}\nNine-grid client grading and visit planning',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export function dialogText(locale: Locale): (typeof DIALOG_TEXT)[Locale] {
  return DIALOG_TEXT[locale];
}
