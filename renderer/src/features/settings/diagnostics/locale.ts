import { defineFeatureLocale } from '../../../i18n/featureLocale';

/** Texts of the 诊断 section of 设置, under the 'diagnostics' key of the translation resources. */
export const diagnosticsLocale = defineFeatureLocale(
  {
    title: '诊断',
    export: '导出诊断信息…',
    exporting: '正在导出…',
    exportHelp: '把日志、版本和数据库检查打包成一个 zip 文件，需要时发给技术支持。不含客户、医生或医院名称、电话号码和文件名。',
    exportDone: '诊断信息已保存（{{size}}，{{count}} 个文件）。',
    exportCancelled: '已取消，未保存文件。',
    dataFolder: '数据文件夹',
    logsFolder: '日志文件夹',
    openDataFolder: '打开数据文件夹',
    openFailed: '无法打开文件夹，请在文件管理器中打开上面的路径。',
    versions: '版本',
    noLogs: '日志只输出到终端',
  },
  {
    title: 'Diagnostics',
    export: 'Export diagnostics…',
    exporting: 'Exporting…',
    exportHelp: 'Packs the logs, the versions and a database check into one zip file to send to support when asked. No client, doctor or hospital names, phone numbers or file names are included.',
    exportDone: 'Diagnostics saved ({{size}}, {{count}} files).',
    exportCancelled: 'Cancelled; no file was saved.',
    dataFolder: 'Data folder',
    logsFolder: 'Log folder',
    openDataFolder: 'Open data folder',
    openFailed: 'The folder could not be opened; open the path above in your file manager.',
    versions: 'Versions',
    noLogs: 'Logs go to the terminal only',
  },
);
