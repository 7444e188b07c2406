import { z } from 'zod';

/**
 * What a column of an imported file can become. Client fields first; `rowNumber` (序号),
 * `formulaCell` (公式级别) and `zone` (分区) — computed columns of our own exports — are
 * recognised and not stored.
 */
export const IMPORT_FIELDS = [
  'rowNumber',
  'region',
  'repName',
  'hospitalName',
  'hospitalClass',
  'hospitalRevenueWan',
  'hospitalBeds',
  'department',
  'name',
  'title',
  'bedsManaged',
  'volumeOurs',
  'volumeCompetitor',
  'behaviour',
  'potential',
  'cell',
  'formulaCell',
  'overrideCell',
  'overrideReason',
  'zone',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** A column's target: a field, 'ignore', or 'attr:<key>' (kept with the client as an extra attribute). */
export const ATTRIBUTE_PREFIX = 'attr:';
export const MAX_ATTRIBUTE_KEY = 64;
export type ColumnTarget = ImportField | 'ignore' | `attr:${string}`;

export function isImportField(value: string): value is ImportField {
  return (IMPORT_FIELDS as readonly string[]).includes(value);
}

// eslint-disable-next-line no-control-regex -- attribute keys must not hold control characters
const ATTRIBUTE_TARGET = /^attr:[^\u0000-\u001f]{1,64}$/;

export function isColumnTarget(value: unknown): value is ColumnTarget {
  return typeof value === 'string' && (isImportField(value) || value === 'ignore' || ATTRIBUTE_TARGET.test(value));
}

export const ColumnTargetSchema = z.custom<ColumnTarget>(isColumnTarget, { message: 'a field, ignore, or attr:<key> (at most 64 characters)' });

export function attributeKeyOf(target: string): string | null {
  return target.startsWith(ATTRIBUTE_PREFIX) ? target.slice(ATTRIBUTE_PREFIX.length) : null;
}

export type FieldKind = 'text' | 'integer' | 'number' | 'word' | 'grade' | 'ignored';

export interface FieldSpec {
  kind: FieldKind;
  /** Longest text kept for the field (client schema limits). */
  maxLength?: number;
  /** Dictionary that normalises the word (三甲 → 3, 主任医师(教授) → senior, 首选 → 1). */
  dictionary?: 'hospitalClass' | 'title' | 'behaviour';
  /** Merged cells fill down into text fields only, so a merged number is never counted twice. */
  fillsFromMerge: boolean;
  /** Canonical header written on export and offered first on import. */
  header: { 'zh-CN': string; en: string };
}

export const FIELD_SPECS: Record<ImportField, FieldSpec> = {
  rowNumber: { kind: 'ignored', fillsFromMerge: false, header: { 'zh-CN': '序号', en: 'No.' } },
  region: { kind: 'text', maxLength: 100, fillsFromMerge: true, header: { 'zh-CN': '区域', en: 'Region' } },
  repName: { kind: 'text', maxLength: 100, fillsFromMerge: true, header: { 'zh-CN': '代表', en: 'Rep' } },
  hospitalName: { kind: 'text', maxLength: 200, fillsFromMerge: true, header: { 'zh-CN': '医院', en: 'Hospital' } },
  hospitalClass: { kind: 'word', maxLength: 50, dictionary: 'hospitalClass', fillsFromMerge: true, header: { 'zh-CN': '医院级别', en: 'Hospital class' } },
  hospitalRevenueWan: { kind: 'number', fillsFromMerge: false, header: { 'zh-CN': '医院年收入(万元)', en: 'Hospital revenue (10k RMB)' } },
  hospitalBeds: { kind: 'integer', fillsFromMerge: false, header: { 'zh-CN': '医院床位数', en: 'Hospital beds' } },
  department: { kind: 'text', maxLength: 100, fillsFromMerge: true, header: { 'zh-CN': '科室', en: 'Department' } },
  name: { kind: 'text', maxLength: 100, fillsFromMerge: false, header: { 'zh-CN': '姓名', en: 'Name' } },
  title: { kind: 'word', maxLength: 50, dictionary: 'title', fillsFromMerge: true, header: { 'zh-CN': '职称', en: 'Title' } },
  bedsManaged: { kind: 'integer', fillsFromMerge: false, header: { 'zh-CN': '管床数', en: 'Beds managed' } },
  volumeOurs: { kind: 'integer', fillsFromMerge: false, header: { 'zh-CN': '月均处方量(支)', en: 'Monthly volume (units)' } },
  volumeCompetitor: { kind: 'integer', fillsFromMerge: false, header: { 'zh-CN': '竞品月处方量(支)', en: 'Competitor volume (units)' } },
  behaviour: { kind: 'word', maxLength: 50, dictionary: 'behaviour', fillsFromMerge: true, header: { 'zh-CN': '处方行为', en: 'Behaviour' } },
  potential: { kind: 'grade', fillsFromMerge: true, header: { 'zh-CN': '客户分级', en: 'Potential' } },
  cell: { kind: 'grade', fillsFromMerge: true, header: { 'zh-CN': '客户级别', en: 'Cell' } },
  formulaCell: { kind: 'ignored', fillsFromMerge: false, header: { 'zh-CN': '公式级别', en: 'Formula cell' } },
  overrideCell: { kind: 'grade', fillsFromMerge: false, header: { 'zh-CN': '调整级别', en: 'Override cell' } },
  overrideReason: { kind: 'text', maxLength: 500, fillsFromMerge: false, header: { 'zh-CN': '调整原因', en: 'Override reason' } },
  zone: { kind: 'ignored', fillsFromMerge: false, header: { 'zh-CN': '分区', en: 'Zone' } },
};

export type ClientListField = Exclude<ImportField, 'potential'>;
/** The columns of our full client list (客户清单) export, in order: the import fields, the cell and zone last; the client's attributes follow. */
export const CLIENT_LIST_FIELDS: readonly ClientListField[] = [
  ...IMPORT_FIELDS.filter((field): field is Exclude<ClientListField, 'cell' | 'zone'> => field !== 'potential' && field !== 'cell' && field !== 'zone'),
  'cell',
  'zone',
];

/**
 * True for the header row of our own client list export. Only such a file had a quote put
 * before formula-like text by us (CSV has no cell styles), so only there is it taken off
 * again; in anyone else's file a leading apostrophe is what the author wrote.
 */
export function isClientListExport(headers: readonly string[]): boolean {
  return CLIENT_LIST_FIELDS.every((field, index) => headers[index]?.trim() === FIELD_SPECS[field].header['zh-CN']);
}

/** The grading table (客户分级表) of DOMAIN 2.5: exactly these columns, in this order. */
export const GRADING_TABLE_HEADERS = ['序号', '医院', '科室', '姓名', '职称', '处方行为', '月均处方量(支)', '客户分级', '客户级别'] as const;

/** The reason an imported cell keeps when the formula disagrees or cannot grade (DOMAIN 2.5). */
export const IMPORTED_GRADE_REASON = '导入的级别';

export const ImportModeSchema = z.enum(['add', 'update', 'addAndUpdate']);
export type ImportMode = z.infer<typeof ImportModeSchema>;

export const DuplicatePolicySchema = z.enum(['merge', 'flag']);
export type DuplicatePolicy = z.infer<typeof DuplicatePolicySchema>;
