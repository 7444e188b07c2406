import type { AppError } from './result';
import type { ErrorCode } from './errorCodes';
import type { Locale } from '../i18n/locales';
import { interpolate } from '../i18n/interpolate';

/**
 * User-facing text for every error code, in both languages. One place, used by the
 * renderer (through i18n resources), the CLI and the Electron dialogs.
 */
export const ERROR_MESSAGES: Record<ErrorCode, Record<Locale, string>> = {
  'input.invalid': {
    'zh-CN': '输入无效：{{issues}}',
    en: 'Invalid input: {{issues}}',
  },
  'method.unknown': {
    'zh-CN': '未知的操作：{{method}}',
    en: 'Unknown operation: {{method}}',
  },
  'transport.unauthorized': {
    'zh-CN': '访问被拒绝：链接缺少或带有错误的访问令牌，请使用启动时打印的完整地址。',
    en: 'Access denied: the access token is missing or wrong. Open the full address printed at start-up.',
  },
  'transport.unavailable': {
    'zh-CN': '无法连接到数据服务，请确认程序仍在运行。',
    en: 'Cannot reach the data service. Check that the app is still running.',
  },
  'core.restarted': {
    'zh-CN': '后台服务意外停止并已重新启动，刚才的操作可能未完成，请检查结果后再试。',
    en: 'The background service stopped unexpectedly and was restarted. The last action may not have completed; check the result and try again.',
  },
  'ipc.senderRejected': {
    'zh-CN': '请求来自不受信任的页面，已拒绝。',
    en: 'The request came from an untrusted page and was refused.',
  },
  'db.newerVersion': {
    'zh-CN':
      '此数据文件由较新版本的九宫格客户分级创建（数据版本 {{found}}，本程序支持到 {{supported}}）。请安装新版本后再打开；文件未做任何改动。',
    en: 'This data file was created by a newer version of Territory Grid (data version {{found}}; this app supports up to {{supported}}). Install the newer version to open it; the file was not changed.',
  },
  'db.foreignFile': {
    'zh-CN': '“{{path}}”不是九宫格客户分级的数据文件，已拒绝打开；文件未做任何改动。',
    en: '“{{path}}” is not a Territory Grid data file and was not opened; the file was not changed.',
  },
  'db.notSqlite': {
    'zh-CN': '“{{path}}”不是有效的数据文件（无法识别的格式），已拒绝打开。',
    en: '“{{path}}” is not a valid data file (unrecognised format) and was not opened.',
  },
  'db.corrupt': {
    'zh-CN': '数据文件已损坏（完整性检查失败）。请从备份恢复；备份位于 {{backups}}。',
    en: 'The data file is damaged (integrity check failed). Restore it from a backup in {{backups}}.',
  },
  'db.migrationFailed': {
    'zh-CN': '数据升级失败，您的数据未被改动。升级前的备份位于 {{backup}}。',
    en: 'The data upgrade failed and your data is unchanged. A backup taken before the upgrade is at {{backup}}.',
  },
  'db.backupFailed': {
    'zh-CN': '备份失败，未进行任何改动：{{reason}}',
    en: 'The backup failed and nothing was changed: {{reason}}',
  },
  'db.openFailed': {
    'zh-CN': '无法打开数据文件“{{path}}”：{{reason}}',
    en: 'Cannot open the data file “{{path}}”: {{reason}}',
  },
  'db.busy': {
    'zh-CN': '数据文件正被另一个程序使用，请关闭其他窗口后重试。',
    en: 'The data file is in use by another program. Close other windows and try again.',
  },
  notFound: {
    'zh-CN': '找不到所请求的记录（{{what}}）。',
    en: 'The requested record was not found ({{what}}).',
  },
  'model.builtinReadOnly': {
    'zh-CN': '“{{model}}”是内置模型，不能直接修改。请先复制一份，再修改副本。',
    en: '“{{model}}” is a built-in model and cannot be edited. Make a copy and edit the copy.',
  },
  'model.idTaken': {
    'zh-CN': '已有编号为“{{id}}”的模型，请换一个编号。',
    en: 'A model with the id “{{id}}” already exists; choose another id.',
  },
  'model.invalid': {
    'zh-CN': '模型定义有误：{{problems}}',
    en: 'The model definition is invalid: {{problems}}',
  },
  'dictionary.notFound': {
    'zh-CN': '没有名为“{{dictionary}}”的字典。',
    en: 'There is no dictionary “{{dictionary}}”.',
  },
  'dictionary.unknownCategory': {
    'zh-CN': '字典“{{dictionary}}”中没有分类“{{value}}”，“{{match}}”无法对应到它。请从列表中选择已有的分类。',
    en: 'The dictionary “{{dictionary}}” has no category “{{value}}”, so “{{match}}” cannot map to it. Pick one of its categories.',
  },
  'dictionary.conflict': {
    'zh-CN': '“{{match}}”在字典“{{dictionary}}”中已对应“{{existing}}”，不能再对应“{{value}}”。如需修改，请在“字典”页中编辑。',
    en: '“{{match}}” already maps to “{{existing}}” in the dictionary “{{dictionary}}” and cannot also map to “{{value}}”. Edit it on the Dictionaries page instead.',
  },
  'grades.unknownCell': {
    'zh-CN': '当前模型中没有“{{cell}}”这个级别。',
    en: 'The active model has no cell “{{cell}}”.',
  },
  'grades.writtenReasonRequired': {
    'zh-CN': '从 {{from}} 到 {{to}} 跨了 {{steps}} 格，超过模型规定的 {{max}} 格：请写明具体理由（只选常用原因不够），未做任何改动。',
    en: 'From {{from}} to {{to}} is {{steps}} steps, more than the model’s {{max}}: write the reason in your own words (a quick pick is not enough); nothing was changed.',
  },
  'periods.locked': {
    'zh-CN': '{{period}} 的分级已由 {{signedBy}} 于 {{date}} 签核锁定，不能调整。如确需调整，请先解锁并填写原因。',
    en: 'The grading of {{period}} was signed off by {{signedBy}} on {{date}} and is locked. To change it, unlock it first and give a reason.',
  },
  'periods.alreadySignedOff': {
    'zh-CN': '{{period}} 的分级已签核锁定，解锁之前不能再次签核。',
    en: 'The grading of {{period}} is already signed off; unlock it before signing off again.',
  },
  'periods.notSignedOff': {
    'zh-CN': '{{period}} 没有处于签核锁定状态，无需解锁。',
    en: '{{period}} is not signed off and locked, so there is nothing to unlock.',
  },
  'clients.notFound': {
    'zh-CN': '有 {{count}} 位客户已不存在（可能已被删除），未做任何改动。',
    en: '{{count}} of the clients no longer exist (perhaps deleted); nothing was changed.',
  },
  'clients.unknownValue': {
    'zh-CN': '“{{value}}”不是可用的{{field}}。请从列表中选择，或先在“模型”页的字典中添加这个写法。',
    en: '“{{value}}” is not a known {{field}}. Pick one from the list, or add this spelling to the dictionary on the Models page first.',
  },
  'clients.invalidValue': {
    'zh-CN': '{{field}}不能是“{{value}}”：{{reason}}。',
    en: '{{fieldEn}} cannot be “{{value}}”: {{reasonEn}}.',
  },
  'clients.noHospital': {
    'zh-CN': '该客户还没有医院，无法设置医院级别。请先填写医院。',
    en: 'This client has no hospital yet, so the hospital class cannot be set. Enter the hospital first.',
  },
  'reps.notFound': {
    'zh-CN': '找不到所选的代表（可能已被删除）。',
    en: 'The selected rep no longer exists.',
  },
  'history.nothingToUndo': {
    'zh-CN': '没有可以撤销的操作。',
    en: 'There is nothing to undo.',
  },
  'history.nothingToRedo': {
    'zh-CN': '没有可以重做的操作。',
    en: 'There is nothing to redo.',
  },
  internal: {
    'zh-CN': '程序内部出错，操作未完成。详细信息已写入日志。',
    en: 'An internal error stopped the operation. Details were written to the log.',
  },
  'planning.notWorkingDay': {
    'zh-CN': '{{date}} 不是该代表的工作日（节假日、周末或请假），不能安排拜访。',
    en: '{{date}} is not a working day for this rep (holiday, weekend or day off); no visit can be planned on it.',
  },
  'planning.dayFull': {
    'zh-CN': '{{date}} 已排满（每天最多 {{capacity}} 次拜访），请选择其他日期或提高该代表的每日拜访数。',
    en: '{{date}} is full (at most {{capacity}} visits a day). Choose another day or raise the rep’s visits per day.',
  },
  'planning.clientNotOfRep': {
    'zh-CN': '该客户不属于所选代表，不能加入其拜访计划。',
    en: 'This client is not assigned to the selected rep and cannot be added to their plan.',
  },
  'transfer.empty': {
    'zh-CN': '“{{file}}”是空的（没有任何数据），未导入任何内容。',
    en: '“{{file}}” is empty (it holds no data); nothing was imported.',
  },
  'transfer.legacyXls': {
    'zh-CN': '“{{file}}”是旧版 Excel 97-2003 格式（.xls），无法安全读取。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再导入；未做任何改动。',
    en: '“{{file}}” is an old Excel 97-2003 workbook (.xls), which cannot be read safely. Open it in Excel or WPS, save it as .xlsx, and import that file; nothing was changed.',
  },
  'transfer.encrypted': {
    'zh-CN': '“{{file}}”设有打开密码（已加密），无法读取。请在 Excel 或 WPS 中取消密码并保存后再导入；未做任何改动。',
    en: '“{{file}}” is password-protected (encrypted) and cannot be read. Remove the password in Excel or WPS, save, and import it again; nothing was changed.',
  },
  'transfer.corrupt': {
    'zh-CN': '“{{file}}”已损坏或不完整（可能没有下载或复制完），无法读取；未做任何改动。',
    en: '“{{file}}” is damaged or incomplete (perhaps not fully downloaded or copied) and cannot be read; nothing was changed.',
  },
  'transfer.notSpreadsheet': {
    'zh-CN': '“{{file}}”不是表格文件。请选择 Excel 工作簿（.xlsx、.xlsm）或 CSV/文本文件（.csv、.txt、.tsv）；未做任何改动。',
    en: '“{{file}}” is not a spreadsheet. Choose an Excel workbook (.xlsx, .xlsm) or a CSV/text file (.csv, .txt, .tsv); nothing was changed.',
  },
  'transfer.unsupportedFormat': {
    'zh-CN': '“{{file}}”的格式（{{format}}）暂不支持。请在 Excel、WPS 或 LibreOffice 中另存为 .xlsx 后再导入；未做任何改动。',
    en: 'The format of “{{file}}” ({{format}}) is not supported. Save it as .xlsx in Excel, WPS or LibreOffice and import that file; nothing was changed.',
  },
  'transfer.tooLarge': {
    'zh-CN': '“{{file}}”太大（{{reason}}）。请拆分成几个文件分别导入；未做任何改动。',
    en: '“{{file}}” is too large ({{reason}}). Split it into several files and import them one by one; nothing was changed.',
  },
  'transfer.overCap': {
    'zh-CN': '“{{file}}”超出一次导入的上限（最多 {{rows}} 行、{{cells}} 个非空单元格、共 {{chars}} 个字符）。请拆分成几个文件分别导入；未做任何改动。',
    en: '“{{file}}” is over what one import takes (at most {{rows}} rows, {{cells}} non-blank cells and {{chars}} characters in all). Split it into several files and import them one by one; nothing was changed.',
  },
  'transfer.unsafe': {
    'zh-CN': '“{{file}}”含有超出 Excel 范围的内容（可能是被篡改的文件），已拒绝读取；未做任何改动。',
    en: '“{{file}}” contains content beyond what Excel allows (possibly a tampered file) and was refused; nothing was changed.',
  },
  'transfer.sheetNotFound': {
    'zh-CN': '文件中没有名为“{{sheet}}”的工作表。',
    en: 'The file has no sheet named “{{sheet}}”.',
  },
  'transfer.timeout': {
    'zh-CN': '读取“{{file}}”超过 {{seconds}} 秒仍未完成，已停止；未做任何改动。请把文件另存为 .xlsx 或拆分后重试。',
    en: 'Reading “{{file}}” took longer than {{seconds}} seconds and was stopped; nothing was changed. Save it as .xlsx again or split it, then retry.',
  },
  'transfer.crashed': {
    'zh-CN': '读取“{{file}}”时解析程序意外停止（可能内存不足），未做任何改动。程序仍在正常运行。',
    en: 'The parser stopped unexpectedly while reading “{{file}}” (perhaps out of memory); nothing was changed. The app is still running normally.',
  },
  'transfer.noHeader': {
    'zh-CN': '在“{{file}}”的前 {{rows}} 行中找不到表头（例如“医院”“科室”“姓名”）。请在向导中手动指定表头所在的行；未做任何改动。',
    en: 'No header row (such as “医院”, “科室”, “姓名”) was found in the first {{rows}} rows of “{{file}}”. Choose the header row by hand in the wizard; nothing was changed.',
  },
  'transfer.misnamed': {
    'zh-CN': '“{{file}}”的扩展名是 {{extension}}，但内容是文本（CSV），不是 Excel 工作簿。如果它确实是 CSV，可以按 CSV 读取（命令行加 --format csv）；未做任何改动。',
    en: '“{{file}}” is named {{extension}} but holds text (CSV), not an Excel workbook. If it is CSV, it can be read as CSV (on the command line: --format csv); nothing was changed.',
  },
  'transfer.noDataRows': {
    'zh-CN': '“{{file}}”只有表头（第 {{row}} 行），下面没有客户数据行。请确认选对了文件和工作表；未做任何改动。',
    en: '“{{file}}” has a header (row {{row}}) but no rows of client data below it. Check that this is the right file and sheet; nothing was changed.',
  },
  'transfer.noNameColumn': {
    'zh-CN': '还没有指定哪一列是“姓名”，无法导入。请在列对应中选择姓名列。',
    en: 'No column is mapped to the name, so nothing can be imported. Map the name column first.',
  },
  'transfer.stagedFileGone': {
    'zh-CN': '要导入的文件已过期或已被取消，请重新选择文件。',
    en: 'The file to import has expired or was cancelled. Choose the file again.',
  },
  'transfer.uploadOutOfOrder': {
    'zh-CN': '文件传输中断，请重新选择文件。',
    en: 'The file transfer was interrupted. Choose the file again.',
  },
  'transfer.busy': {
    'zh-CN': '正在处理另一个导入，请等它完成后再试。',
    en: 'Another import is in progress. Try again when it has finished.',
  },
  'backups.notFound': {
    'zh-CN': '找不到这份备份（{{id}}），它可能已被删除或移走。请刷新备份列表后重试；当前数据没有任何改动。',
    en: 'This backup ({{id}}) was not found; it may have been deleted or moved. Refresh the list and try again; your data was not changed.',
  },
  'backups.diskFull': {
    'zh-CN': '磁盘已满：备份文件夹所在的磁盘没有足够的空间。未写完的文件已删除，当前数据没有任何改动。请清理磁盘空间后重试。',
    en: 'The disk is full: there is not enough space on the disk of the backups folder. Nothing half-written was left behind and your data was not changed. Free some space and try again.',
  },
  'backups.readOnly': {
    'zh-CN': '无法写入备份文件夹（{{dir}}）：文件夹是只读的，或没有写入权限。当前数据没有任何改动。请检查文件夹权限，或把数据文件放到可写的位置。',
    en: 'Cannot write to the backups folder ({{dir}}): it is read-only or you have no permission to write there. Your data was not changed. Check the folder’s permissions, or keep the data file in a writable place.',
  },
  'backups.locked': {
    'zh-CN': '备份文件正被另一个程序占用（例如杀毒软件、同步盘或另一个窗口），操作未完成；当前数据没有任何改动。请稍后重试。',
    en: 'A backup file is in use by another program (an antivirus, a sync folder or another window), so nothing was done and your data was not changed. Try again in a moment.',
  },
  'backups.corrupt': {
    'zh-CN': '这份备份已损坏（完整性检查未通过），不能用来恢复。当前数据没有任何改动；请选择另一份备份。',
    en: 'This backup is damaged (it failed the integrity check) and cannot be restored. Your data was not changed; choose another backup.',
  },
  'backups.foreign': {
    'zh-CN': '这个文件不是九宫格客户分级的备份，已拒绝恢复；当前数据和该文件都没有任何改动。',
    en: 'This file is not a Territory Grid backup and was not restored; neither your data nor the file was changed.',
  },
  'backups.newer': {
    'zh-CN': '这份备份来自较新版本的九宫格客户分级（数据版本 {{found}}，本程序支持到 {{supported}}）。请先安装新版本再恢复；当前数据没有任何改动。',
    en: 'This backup comes from a newer version of Territory Grid (data version {{found}}; this app supports up to {{supported}}). Install the newer version to restore it; your data was not changed.',
  },
  'backups.restoreFailed': {
    'zh-CN': '恢复失败，当前数据没有任何改动：{{reason}}',
    en: 'The restore failed and your data was not changed: {{reason}}',
  },
};

export function formatError(error: AppError, locale: Locale): string {
  return interpolate(ERROR_MESSAGES[error.code][locale], error.params ?? {});
}
