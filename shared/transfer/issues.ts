import { z } from 'zod';
import { INPUT_INVALID_MESSAGES, type InputInvalidKey } from '../grading/inputValues';
import { interpolate } from '../i18n/interpolate';
import type { Locale } from '../i18n/locales';

/** Problems a row of an imported file can have. Errors keep the row out; warnings do not. */
export const ISSUE_CODES = [
  'missingName',
  'tooLong',
  'notANumber',
  'negative',
  'unknownCell',
  'unknownPotential',
  'unknownWord',
  'approximate',
  'placeholder',
  'rounded',
  'mergedNumber',
  'gradeMismatch',
  'formulaWithoutResult',
  'errorValue',
  'truncated',
  'hospitalClassConflict',
  'hospitalClassChanged',
  'duplicateConflict',
  'cellWithoutModel',
  'invalidValue',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/** Why a row did not become a client (or an update). */
export const SKIP_REASONS = ['empty', 'totals', 'repeatedHeader', 'section', 'invalid', 'duplicate', 'exists', 'noMatch', 'ambiguous', 'userSkipped'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** Rows that are part of a table's layout, not its data: a table with nothing else has no data rows. */
const LAYOUT_SKIPS: ReadonlySet<SkipReason> = new Set(['empty', 'totals', 'repeatedHeader', 'section']);

/** Whether a checked row is meant as data (imported, or refused for a reason the report gives). */
export function isDataRow(row: { skip?: { reason: SkipReason } }): boolean {
  return row.skip === undefined || !LAYOUT_SKIPS.has(row.skip.reason);
}

export const RowIssueSchema = z.object({
  code: z.enum(ISSUE_CODES),
  severity: z.enum(['error', 'warning']),
  /** The column header the issue is about, as written in the file. */
  column: z.string().nullable(),
  value: z.string().optional(),
  /** Extra placeholder values (the row of the first copy, the other value …). */
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type RowIssue = z.infer<typeof RowIssueSchema>;

const ISSUE_TEXT: Record<IssueCode, Record<Locale, string>> = {
  missingName: { 'zh-CN': '缺少姓名', en: 'The name is missing' },
  tooLong: { 'zh-CN': '“{{column}}”太长（最多 {{max}} 个字）', en: '“{{column}}” is too long (at most {{max}} characters)' },
  notANumber: { 'zh-CN': '“{{column}}”不是数字：{{value}}', en: '“{{column}}” is not a number: {{value}}' },
  negative: { 'zh-CN': '“{{column}}”不能为负数：{{value}}', en: '“{{column}}” cannot be negative: {{value}}' },
  unknownCell: { 'zh-CN': '当前模型没有级别“{{value}}”', en: 'The active model has no cell “{{value}}”' },
  unknownPotential: { 'zh-CN': '当前模型没有客户分级“{{value}}”，已忽略', en: 'The active model has no potential “{{value}}”; ignored' },
  unknownWord: {
    'zh-CN': '“{{column}}”的写法“{{value}}”不在字典中，已按原文保存，暂时无法分级',
    en: '“{{column}}”: “{{value}}” is not in the dictionary; kept as written, cannot be graded yet',
  },
  approximate: { 'zh-CN': '“{{column}}”是约数“{{value}}”，按 {{number}} 导入', en: '“{{column}}” is approximate (“{{value}}”); imported as {{number}}' },
  placeholder: { 'zh-CN': '“{{column}}”为“{{value}}”，按空白处理', en: '“{{column}}” is “{{value}}”; treated as blank' },
  rounded: { 'zh-CN': '“{{column}}”的 {{value}} 已取整为 {{number}}', en: '“{{column}}”: {{value}} rounded to {{number}}' },
  mergedNumber: {
    'zh-CN': '“{{column}}”位于合并单元格中，数字只计入第一行',
    en: '“{{column}}” is inside merged cells; the number counts for the first row only',
  },
  gradeMismatch: {
    'zh-CN': '客户分级与处方行为组成 {{value}}，与客户级别 {{cell}} 不一致；以客户级别为准',
    en: 'Potential and behaviour give {{value}}, which differs from the cell {{cell}}; the cell is used',
  },
  formulaWithoutResult: {
    'zh-CN': '“{{column}}”是没有计算结果的公式，按空白处理（请在 Excel 中重新计算并保存）',
    en: '“{{column}}” is a formula without a saved result; treated as blank (recalculate and save in Excel)',
  },
  errorValue: { 'zh-CN': '“{{column}}”是错误值 {{value}}，按空白处理', en: '“{{column}}” holds the error {{value}}; treated as blank' },
  truncated: { 'zh-CN': '“{{column}}”过长，只保留前 {{max}} 个字', en: '“{{column}}” is too long; the first {{max}} characters were kept' },
  hospitalClassConflict: {
    'zh-CN': '医院“{{value}}”在文件中有不同的级别（{{other}}），采用第一次出现的级别',
    en: 'The hospital “{{value}}” has different classes in the file ({{other}}); the first one is used',
  },
  hospitalClassChanged: {
    'zh-CN': '医院“{{value}}”的级别由“{{from}}”改为“{{to}}”，该院所有客户将重新分级',
    en: 'The class of “{{value}}” changes from “{{from}}” to “{{to}}”; all its clients are regraded',
  },
  duplicateConflict: {
    'zh-CN': '与第 {{row}} 行是同一客户，但“{{column}}”不同（{{value}}）；保留第 {{row}} 行的值',
    en: 'Same client as row {{row}}, but “{{column}}” differs ({{value}}); the value of row {{row}} is kept',
  },
  cellWithoutModel: { 'zh-CN': '无法从客户分级和处方行为组成级别', en: 'Potential and behaviour do not make a cell' },
  invalidValue: { 'zh-CN': '“{{column}}”的值“{{value}}”无效：{{reason}}', en: '“{{column}}”: “{{value}}” is not valid: {{reason}}' },
};

const SKIP_TEXT: Record<SkipReason, Record<Locale, string>> = {
  empty: { 'zh-CN': '空行', en: 'Empty row' },
  totals: { 'zh-CN': '合计行', en: 'Totals row' },
  repeatedHeader: { 'zh-CN': '重复的表头行', en: 'Repeated header row' },
  section: { 'zh-CN': '分组标题行（{{value}}）', en: 'Section title row ({{value}})' },
  invalid: { 'zh-CN': '有错误：{{value}}', en: 'Has errors: {{value}}' },
  duplicate: { 'zh-CN': '与第 {{row}} 行重复', en: 'Duplicate of row {{row}}' },
  exists: { 'zh-CN': '客户已存在（仅添加新客户）', en: 'The client exists (adding new clients only)' },
  noMatch: { 'zh-CN': '没有匹配的客户（仅更新已有客户）', en: 'No matching client (updating existing clients only)' },
  ambiguous: { 'zh-CN': '匹配到多位客户，需要您选择', en: 'Matches several clients; needs your choice' },
  userSkipped: { 'zh-CN': '您选择了跳过', en: 'Skipped by your choice' },
};

export function issueText(issue: RowIssue, locale: Locale): string {
  const params = { column: issue.column ?? '', value: issue.value ?? '', ...(issue.params ?? {}) };
  // A model input's value: the reason is the one the grid gives for the same value (inputValues.ts).
  if (issue.code === 'invalidValue') {
    const reason = INPUT_INVALID_MESSAGES[String(issue.params?.reason ?? '') as InputInvalidKey];
    return interpolate(ISSUE_TEXT.invalidValue[locale], { ...params, reason: reason ? interpolate(reason[locale], params) : String(issue.params?.reason ?? '') });
  }
  return interpolate(ISSUE_TEXT[issue.code][locale], params);
}

export function skipText(reason: SkipReason, locale: Locale, params: Record<string, string | number> = {}): string {
  return interpolate(SKIP_TEXT[reason][locale], params);
}

/**
 * Why a row was skipped, then each of its warnings, in the user's language: one text for the
 * wizard, the report and the report workbook. A row with errors says them after "有错误：".
 */
export function rowReasonText(row: { skip?: { reason: SkipReason; params?: Record<string, string | number> | undefined } | undefined; issues: readonly RowIssue[] }, locale: Locale): string {
  const issues = row.issues.map((issue) => issueText(issue, locale));
  if (row.skip?.reason === 'invalid') return skipText('invalid', locale, { value: issues.join('；') });
  return [...(row.skip ? [skipText(row.skip.reason, locale, { value: '', row: '', ...(row.skip.params ?? {}) })] : []), ...issues].join('；');
}
