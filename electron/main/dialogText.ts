import type { Versions } from '../../shared/contract/diagnosticsMethods';
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
    aboutOk: '确定',
    aboutCopy: '复制版本信息',
    diagnosticsFailedTitle: '无法导出诊断信息',
    diagnosticsSavedTitle: '诊断信息已保存',
    diagnosticsSavedBody: '诊断信息不含客户、医生或医院名称、电话号码和文件名。需要时请把这个文件发给技术支持。',
    openFolderFailedTitle: '无法打开数据文件夹',
    openFolderFailedBody: '请在文件管理器中打开：\n{{path}}',
  },
  en: {
    cannotOpenTitle: 'Cannot open the data file',
    coreStoppedTitle: 'The data service stopped',
    rendererGoneTitle: 'Window problem',
    rendererGoneBody: 'The window content stopped unexpectedly more than once. Your data is saved; please restart the app.',
    aboutTitle: 'About',
    aboutBody: '{{app}} {{version}}\nNine-grid client grading and visit planning',
    aboutOk: 'OK',
    aboutCopy: 'Copy Versions',
    diagnosticsFailedTitle: 'Cannot export diagnostics',
    diagnosticsSavedTitle: 'Diagnostics saved',
    diagnosticsSavedBody: 'The diagnostics hold no client, doctor or hospital names, phone numbers or file names. Send the file to support when asked.',
    openFolderFailedTitle: 'Cannot open the data folder',
    openFolderFailedBody: 'Open it in your file manager:\n{{path}}',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export function dialogText(locale: Locale): (typeof DIALOG_TEXT)[Locale] {
  return DIALOG_TEXT[locale];
}

const VERSION_LABELS = {
  'zh-CN': { app: '版本', schema: '数据版本', os: '操作系统', unknown: '未知' },
  en: { app: 'Version', schema: 'Data version', os: 'OS', unknown: 'unknown' },
} as const satisfies Record<Locale, Record<string, string>>;

/**
 * The version lines of the About box, one "label value" per line, so they can be copied
 * into a support request as they are. Values the host could not learn show as unknown.
 */
export function aboutDetail(versions: Partial<Versions>, locale: Locale): string {
  const t = VERSION_LABELS[locale];
  const value = (text: string | number | null | undefined) => (text === null || text === undefined || text === '' ? t.unknown : String(text));
  return [
    `${t.app} ${value(versions.app)}`,
    `Electron ${value(versions.electron)}`,
    `Chromium ${value(versions.chromium)}`,
    `Node.js ${value(versions.node)}`,
    `V8 ${value(versions.v8)}`,
    `SQLite ${value(versions.sqlite)}`,
    `${t.schema} ${value(versions.schemaVersion)}`,
    `${t.os} ${value(versions.os)}`,
  ].join('\n');
}
