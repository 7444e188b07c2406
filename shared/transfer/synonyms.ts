import type { ModelInput } from '../grading/modelInputs';
import { normaliseKey } from '../grading/normaliseKey';
import { ATTRIBUTE_PREFIX, FIELD_SPECS, IMPORT_FIELDS, MAX_ATTRIBUTE_KEY, type ColumnTarget, type ImportField } from './fields';

/**
 * Header words managers use for each field, Chinese and English. Compared after headerKey(),
 * so case, width, spaces, line breaks and a trailing unit in brackets do not matter.
 */
const EXACT: Record<ImportField, readonly string[]> = {
  rowNumber: ['序号', '编号', '行号', 'no', 'no.', '#', 'seq', 'index', '序'],
  region: ['區域', '区域', '大区', '地区', '片区', '所属区域', '区域名称', 'region', 'area', 'territory'],
  repName: ['代表', '醫藥代表', '医药代表', '代表姓名', '负责代表', '负责人', '业务员', '销售代表', '所属代表', 'rep', 'sales rep', 'representative', 'rep name', 'owner'],
  hospitalName: ['醫院', '醫院名稱', '醫療機構', '医院', '医院名称', '单位', '单位名称', '医疗机构', '机构', '机构名称', '医院全称', '终端', '终端名称', 'hospital', 'hospital name', 'institution', 'account', 'facility',
    // The organisation words of the other models' vocabularies (shared/models/vocabulary.ts) name the same field.
    '公司', '公司名称', '企业', '企业名称', '客户单位', '所属单位', '团队', '所属团队', '门店', '门店名称',
    'organisation', 'organization', 'company', 'team', 'shop'],
  hospitalClass: ['醫院級別', '醫院等級', '級別', '医院级别', '医院等级', '级别', '等级', '医院类别', '医院分级', '机构级别', 'hospital class', 'hospital level', 'hospital tier', 'hospital grade', 'tier', 'class'],
  hospitalRevenueWan: ['医院年收入', '年收入', '医院收入', '年营业收入', '医院年收入(万元)', 'hospital revenue', 'annual revenue', 'revenue'],
  hospitalBeds: ['医院床位数', '医院床位', '床位数', '开放床位', 'hospital beds', 'beds in hospital'],
  department: ['科室', '科室名称', '部门', '科别', '所在科室', 'department', 'dept', 'dept.', 'ward', 'specialty'],
  name: ['醫生姓名', '客戶姓名', '醫生', '姓名', '医生姓名', '客户姓名', '医生', '客户', '客户名称', '名字', '专家', '专家姓名', 'name', 'doctor', 'doctor name', 'client', 'client name', 'customer', 'physician', 'hcp',
    '员工', '员工姓名', '零售户', '零售户名称', '联系人', 'employee', 'employee name', 'retailer', 'contact'],
  title: ['職稱', '職務', '职称', '职务', '技术职称', '医生职称', '职称/职务', 'title', 'position', 'job title', 'rank'],
  bedsManaged: ['管床數', '管床数', '管床', '病床', '病床数', '直接管理床位', '分管床位', '管理床位数', 'beds', 'beds managed', 'managed beds'],
  volumeOurs: [
    '月均處方量(支)', '月均處方量', '處方量', '月用量', '月均处方量(支)', '月均处方量', '处方量', '月处方量', '月用量', '月均用量', '用量', '本品用量', '我方用量', '我方处方量', '本品处方量',
    '月均销量', '销量', '月销量', '处方量(支)', '我方', '本品', 'volume', 'monthly volume', 'our volume', 'units', 'monthly units', 'prescriptions',
  ],
  volumeCompetitor: [
    '競品處方量', '競品用量', '競品', '竞品月处方量(支)', '竞品处方量', '竞品用量', '竞品月用量', '竞品月处方量', '竞品', '竞品销量', '竞品量', 'competitor volume', 'competitor', 'competitor units',
  ],
  behaviour: ['處方行為', '處方傾向', '处方行为', '处方倾向', '处方程度', '用药倾向', '用药行为', '处方习惯', '处方', 'behaviour', 'behavior', 'prescribing', 'prescribing behaviour', 'prescribing behavior'],
  potential: ['客戶分級', '客户分级', '潜力', '客户潜力', '潜力级别', '潜力分级', '分级', 'potential', 'potential grade'],
  cell: ['客戶級別', '客户级别', '级别代码', '九宫格', '九宫格级别', '客户类别', '最终级别', 'cell', 'grade', 'client grade', 'nine-grid cell'],
  formulaCell: ['公式级别', '计算级别', '公式计算级别', 'formula cell', 'computed cell'],
  overrideCell: ['调整级别', '手动级别', '人工级别', '调整后级别', 'override', 'override cell', 'manual cell'],
  overrideReason: ['调整原因', '原因', '调整理由', '人工调整原因', 'override reason', 'reason'],
  zone: ['分区', '所属分区', '颜色分区', '红黄蓝区', 'zone', 'colour zone', 'color zone'],
};

/**
 * Rules for headers that only contain a field's word ('医院名称（全称）', '处方量 竞品'), most
 * specific first. A header with a word that says it is something else (地址, 电话 …) is left
 * as an extra attribute rather than guessed.
 */
const CONTAINS: readonly [RegExp, ImportField][] = [
  [/公式/, 'formulaCell'],
  [/调整.*级别|人工.*级别|手动.*级别|override/, 'overrideCell'],
  [/调整.*(原因|理由)|reason/, 'overrideReason'],
  [/竞品.*(量|数|销|支|盒)|(量|数|销).*竞品|competitor/, 'volumeCompetitor'],
  [/处方行为|处方倾向|处方程度|用药倾向|behavio/, 'behaviour'],
  [/处方量|用量|销量|处方数|volume|units/, 'volumeOurs'],
  [/客户级别|九宫格|最终级别/, 'cell'],
  [/客户分级|潜力|potential/, 'potential'],
  [/医院.*(级别|等级)|hospital.*(class|level|tier|grade)/, 'hospitalClass'],
  [/医院.*收入|revenue/, 'hospitalRevenueWan'],
  [/医院.*床位|床位数/, 'hospitalBeds'],
  [/管床|病床|beds/, 'bedsManaged'],
  [/医院|医疗机构|hospital|institution/, 'hospitalName'],
  [/科室|科别|department/, 'department'],
  [/职称|title/, 'title'],
  [/代表|业务员|rep\b/, 'repName'],
  [/区域|大区|片区|region/, 'region'],
  [/姓名|医生|专家|客户名|name|doctor/, 'name'],
];
const NOT_THE_FIELD = /地址|电话|手机|邮箱|邮件|编码|代码|id\b|日期|时间|备注|说明|网址|address|phone|mail|date|note|remark|code/;

/**
 * The key a header is compared under: normaliseKey (NFKC, trimmed, lower case), spaces and
 * line breaks removed, a trailing unit in brackets dropped ('月均处方量（支）' → '月均处方量'),
 * and leading '*' (required-field marks) dropped.
 */
export function headerKey(header: string): string {
  return normaliseKey(header)
    .replace(/^[*＊]+/, '')
    .replace(/\s+/g, '')
    .replace(/[:：]$/, '');
}

const EXACT_INDEX: Map<string, ImportField> = (() => {
  const index = new Map<string, ImportField>();
  for (const field of IMPORT_FIELDS) {
    for (const word of [...EXACT[field], FIELD_SPECS[field].header['zh-CN'], FIELD_SPECS[field].header.en]) {
      const key = headerKey(word);
      if (!index.has(key)) index.set(key, field);
      const bare = withoutUnit(key);
      if (!index.has(bare)) index.set(bare, field);
    }
  }
  return index;
})();

function withoutUnit(key: string): string {
  return key.replace(/\([^()]*\)$/, '');
}

export interface FieldGuess {
  field: ImportField;
  /** 2: the header is one of the field's words; 1: it contains one. */
  strength: 1 | 2;
}

/** The field a header most likely names, or null when it is nothing we know. */
/** Our client-list export marks an attribute whose name would read as a field with this suffix. */
export const ATTRIBUTE_SUFFIX = '（属性）';
const ATTRIBUTE_SUFFIX_PATTERN = /\s*[（(]属性[)）]$/;

export function guessField(header: string): FieldGuess | null {
  const key = headerKey(header);
  if (key === '' || ATTRIBUTE_SUFFIX_PATTERN.test(key)) return null;
  const exact = EXACT_INDEX.get(key) ?? EXACT_INDEX.get(withoutUnit(key));
  if (exact) return { field: exact, strength: 2 };
  if (key.length > 16 || NOT_THE_FIELD.test(key)) return null;
  for (const [pattern, field] of CONTAINS) if (pattern.test(key)) return { field, strength: 1 };
  return null;
}

/** An attribute key for an unmapped column: the header as written (trimmed, one line), or 列F for a blank header. */
export function attributeKeyFor(header: string, columnIndex: number): string {
  const text = header.replace(/\s+/g, ' ').trim().replace(ATTRIBUTE_SUFFIX_PATTERN, '').slice(0, MAX_ATTRIBUTE_KEY);
  return text === '' ? `列${columnLetter(columnIndex)}` : text;
}

/** 0 → A, 25 → Z, 26 → AA, as Excel names columns. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * The header words of the active model's inputs, by headerKey (with and without a trailing
 * unit): each input's label (with its unit, as our export writes it), its declared header
 * synonyms and its attribute name.
 */
export function inputHeaderIndex(inputs: readonly ModelInput[]): Map<string, ModelInput> {
  const index = new Map<string, ModelInput>();
  for (const input of inputs) {
    const words = [input.attribute, input.label['zh-CN'], input.label.en, ...(input.headers ?? [])];
    if (input.unit) words.push(inputHeader(input, 'zh-CN'), inputHeader(input, 'en'));
    for (const word of words) {
      const key = headerKey(word);
      for (const candidate of [key, withoutUnit(key)]) if (candidate !== '' && !index.has(candidate)) index.set(candidate, input);
    }
  }
  return index;
}

/** An input's column header: its label with its unit in brackets, e.g. 年采购额(元), Annual spend (RMB). */
export function inputHeader(input: ModelInput, locale: 'zh-CN' | 'en'): string {
  const unit = input.unit?.[locale];
  if (!unit) return input.label[locale];
  return locale === 'zh-CN' ? `${input.label[locale]}(${unit})` : `${input.label[locale]} (${unit})`;
}

/**
 * What a number under this header is multiplied by to be in the input's unit: a header
 * 年采购额(万元) for an input in 元 gives 10,000. 1 when the header names no unit the input lists.
 */
export function headerUnitFactor(header: string, input: ModelInput): number {
  const unit = /\(([^()]*)\)$/.exec(headerKey(header))?.[1];
  if (unit === undefined) return 1;
  const found = input.headerUnits?.find((candidate) => normaliseKey(candidate.unit) === unit);
  return found?.factor ?? 1;
}

export interface TargetGuess {
  target: ColumnTarget;
  /** 2: the header is one of the field's words; 1: it contains one. */
  strength: 1 | 2;
}

/**
 * The target a header most likely names: a built-in field by its own words first (序号, 医院,
 * 姓名 … mean the same under every model), then one of the active model's inputs by its
 * words, then a built-in field the header only contains a word of.
 */
export function guessTarget(header: string, inputs: ReadonlyMap<string, ModelInput> = new Map()): TargetGuess | null {
  const guess = guessField(header);
  if (guess?.strength === 2) return { target: guess.field, strength: 2 };
  const key = headerKey(header);
  if (key !== '' && !ATTRIBUTE_SUFFIX_PATTERN.test(key)) {
    const input = inputs.get(key) ?? inputs.get(withoutUnit(key));
    if (input) return { target: `${ATTRIBUTE_PREFIX}${input.attribute}` as ColumnTarget, strength: 2 };
  }
  return guess ? { target: guess.field, strength: guess.strength } : null;
}

/**
 * Suggested targets for a header row: each field and each of the model's inputs goes to at
 * most one column (the strongest guess, then the leftmost); every other non-blank column is
 * kept as an attribute; blank columns are ignored.
 */
export function suggestMapping(headers: readonly string[], columnHasData?: (index: number) => boolean, inputs: readonly ModelInput[] = []): ColumnTarget[] {
  const index = inputHeaderIndex(inputs);
  const guesses = headers.map((header) => guessTarget(header, index));
  const owner = new Map<ColumnTarget, number>();
  guesses.forEach((guess, column) => {
    if (!guess) return;
    const current = owner.get(guess.target);
    if (current === undefined || guesses[current]!.strength < guess.strength) owner.set(guess.target, column);
  });
  // An input's attribute key is taken: a free column with the same header text keeps a distinct key.
  const usedKeys = new Set<string>(inputs.map((input) => input.attribute));
  return headers.map((header, column) => {
    const guess = guesses[column];
    if (guess && owner.get(guess.target) === column) return guess.target;
    const blank = header.trim() === '';
    if (blank && !(columnHasData?.(column) ?? false)) return 'ignore';
    let key = attributeKeyFor(header, column);
    // Two columns with the same header keep both values under distinct keys.
    for (let n = 2; usedKeys.has(key); n++) key = `${attributeKeyFor(header, column).slice(0, MAX_ATTRIBUTE_KEY - 4)} (${n})`;
    usedKeys.add(key);
    return `${ATTRIBUTE_PREFIX}${key}` as ColumnTarget;
  });
}

/**
 * A remembered mapping under the active model: a column it kept as a plain attribute under
 * its own header (what an import does with a column nobody mapped) goes to the model input
 * the header now names, so 年采购额 remembered under the pharma model becomes annualSpend
 * once the B2B model is active. Every other choice the user made stays.
 */
export function withInputTargets(remembered: readonly ColumnTarget[], headers: readonly string[], inputs: readonly ModelInput[]): ColumnTarget[] {
  if (inputs.length === 0) return [...remembered];
  const index = inputHeaderIndex(inputs);
  const taken = new Set(remembered);
  return remembered.map((target, column) => {
    const header = headers[column] ?? '';
    if (target !== `${ATTRIBUTE_PREFIX}${attributeKeyFor(header, column)}`) return target;
    const guess = guessTarget(header, index);
    if (!guess || !guess.target.startsWith(ATTRIBUTE_PREFIX) || taken.has(guess.target)) return target;
    taken.add(guess.target);
    return guess.target;
  });
}

/** Identifies a header row for remembering its mapping: the keys of its headers, in order. */
export function headerSignature(headers: readonly string[]): string {
  return headers.map((header) => headerKey(header)).join('\u001f');
}
