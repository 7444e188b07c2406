import { compileDictionary, type Dictionary } from '../grading/dictionaries';
import { parseInputValue } from '../grading/inputValues';
import type { ModelInput } from '../grading/modelInputs';
import { normaliseKey } from '../grading/normaliseKey';
import { attributeKeyOf, FIELD_SPECS, isClientListExport, type ColumnTarget, type ImportField } from './fields';
import type { GradeVocabulary } from './gradeVocabulary';
import type { RowIssue, SkipReason } from './issues';
import type { SheetGrid, SheetRow } from './sheet';
import { headerKey, headerUnitFactor } from './synonyms';
import { undoNeutralisation } from './spreadsheetText';
import { cleanText, isTotalsText, parseQuantity, type RawCell } from './values';

/** Longest attribute text kept (the client schema's limit). */
export const MAX_ATTRIBUTE_TEXT = 1000;
/** Rows of blank space reported one by one between data rows; longer gaps are reported once. */
const MAX_GAP_REPORTED = 50;

/** Upper bounds of number fields (the client schema's limits). */
const NUMBER_LIMITS: Partial<Record<ImportField, number>> = {
  bedsManaged: 100_000,
  volumeOurs: 100_000_000,
  volumeCompetitor: 100_000_000,
  hospitalBeds: 1_000_000,
  hospitalRevenueWan: 1_000_000_000,
};

/** What one row of the file says about a client; null = the file says nothing (an update keeps the stored value). */
export interface ImportedValues {
  region: string | null;
  repName: string | null;
  hospitalName: string | null;
  hospitalClass: string | null;
  hospitalRevenueWan: number | null;
  hospitalBeds: number | null;
  department: string | null;
  name: string;
  title: string | null;
  bedsManaged: number | null;
  volumeOurs: number | null;
  volumeCompetitor: number | null;
  behaviour: string | null;
  /** The cell the file gives (客户级别, or 客户分级 + 处方行为). */
  fileCell: string | null;
  /** A cell set by hand in the file (our client-list export's 调整级别) with its reason. */
  overrideCell: string | null;
  overrideReason: string | null;
  attributes: Record<string, string | number>;
}

export interface ValidatedRow {
  /** The row number as Excel shows it. */
  row: number;
  status: 'ok' | 'warning' | 'error' | 'skipped';
  skip?: { reason: SkipReason; params?: Record<string, string | number> };
  issues: RowIssue[];
  values?: ImportedValues;
  /** Dictionary categories of the entered words, for the preview (三甲 → '3'). */
  resolved?: { hospitalClass: string | null; title: string | null; behaviour: string | null };
}

export interface RowValidatorOptions {
  headers: readonly string[];
  mapping: readonly ColumnTarget[];
  dictionaries: Readonly<Record<string, Dictionary>>;
  grades: GradeVocabulary;
  /** The region every row gets when the file has no region column (regional roll-ups). */
  region?: string | null;
  /** The rep every row gets when the file has no rep column (a grading table's sheet per rep). */
  rep?: string | null;
  /** The first data row: gaps are counted from here. */
  firstDataRow: number;
  /**
   * The active model's inputs kept in attributes: a column mapped to one ('attr:annualSpend')
   * is checked and normalised as the grid does (已保有 → R, 150万 → 1500000); a header in
   * another unit (万元) scales its numbers.
   */
  inputs?: readonly ModelInput[];
}

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const CJK_GAP = /(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/g;
const NO_FLAGS: ReadonlyMap<number, string> = new Map();
const SECTION = /^(代表|医药代表|业务员|负责人|销售代表|rep|representative|区域|大区|片区|region)\s*[:：]\s*(.{1,100})$/i;

function isBlank(value: RawCell): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * Checks rows one by one, in file order (so merged cells and section titles above a row are
 * known), and turns each into the values it gives a client, with errors and warnings that
 * name the row as Excel numbers it.
 */
export function createRowValidator(options: RowValidatorOptions) {
  const { headers, mapping, grades } = options;
  const dictionaries = {
    hospitalClass: options.dictionaries.hospitalClass ? compileDictionary(options.dictionaries.hospitalClass) : null,
    title: options.dictionaries.title ? compileDictionary(options.dictionaries.title) : null,
    behaviour: options.dictionaries.behaviour ? compileDictionary(options.dictionaries.behaviour) : null,
  };
  const headerKeys = headers.map((header) => headerKey(header));
  const ownExport = isClientListExport(headers);
  const unquote = (text: string) => (ownExport ? undoNeutralisation(text) : text);
  // Cheap first test for a repeated header row: the raw text equals some header text.
  const headerTexts = new Set(headers.flatMap((header) => [header.trim(), ...header.trim().split(' ')]).filter((text) => text !== ''));
  const mapped = mapping
    .map((target, column) => ({ target, column }))
    .filter(({ target }) => target !== 'ignore' && target !== 'rowNumber' && target !== 'formulaCell' && target !== 'zone');
  const inputs = new Map((options.inputs ?? []).map((input) => [input.attribute, input]));
  const factors = mapping.map((target, column) => {
    const input = inputs.get(attributeKeyOf(target) ?? '');
    return input?.type === 'number' ? headerUnitFactor(headers[column] ?? '', input) : 1;
  });
  const repMapped = mapping.includes('repName');
  const regionMapped = mapping.includes('region');
  let sectionRep: string | null = null;
  let sectionRegion: string | null = null;
  let lastRow = options.firstDataRow - 1;

  function gapRows(upTo: number): ValidatedRow[] {
    const out: ValidatedRow[] = [];
    for (let r = lastRow + 1; r < upTo && out.length < MAX_GAP_REPORTED; r++) out.push({ row: r, status: 'skipped', skip: { reason: 'empty' }, issues: [] });
    return out;
  }

  function validateOne(row: SheetRow, grid: SheetGrid): ValidatedRow {
    const r = row.r;
    // One pass over the cells: how many are filled, the first texts (totals), the only value (sections).
    let filled = 0;
    let texts = 0;
    let only: RawCell = null;
    let totals = false;
    for (const value of row.cells) {
      if (isBlank(value)) continue;
      filled++;
      only = value;
      if (typeof value === 'string' && texts < 3) {
        texts++;
        if (!totals && value.length <= 30 && isTotalsText(value)) totals = true;
      }
    }
    let mappedNonEmpty = false;
    for (const { column } of mapped) {
      if (!isBlank(grid.raw(r, column))) {
        mappedNonEmpty = true;
        break;
      }
    }
    if (filled === 0 || !mappedNonEmpty) return { row: r, status: 'skipped', skip: { reason: 'empty' }, issues: [] };
    if (totals) return { row: r, status: 'skipped', skip: { reason: 'totals' }, issues: [] };

    if (filled === 1 && typeof only === 'string') {
      const section = SECTION.exec(cleanText(only));
      if (section) {
        const value = section[2]!.trim();
        if (/区|region/i.test(section[1]!)) sectionRegion = value;
        else sectionRep = value;
        return { row: r, status: 'skipped', skip: { reason: 'section', params: { value: cleanText(only) } }, issues: [] };
      }
    }

    let sameAsHeader = 0;
    row.cells.forEach((value, column) => {
      if (typeof value === 'string' && headerKeys[column] && headerTexts.has(value.trim())) sameAsHeader++;
    });
    if (sameAsHeader >= 2 && sameAsHeader >= filled * 0.6) return { row: r, status: 'skipped', skip: { reason: 'repeatedHeader' }, issues: [] };

    const issues: RowIssue[] = [];
    const flags = row.flags ? new Map<number, string>(row.flags) : NO_FLAGS;
    const values: ImportedValues = {
      region: null,
      repName: null,
      hospitalName: null,
      hospitalClass: null,
      hospitalRevenueWan: null,
      hospitalBeds: null,
      department: null,
      name: '',
      title: null,
      bedsManaged: null,
      volumeOurs: null,
      volumeCompetitor: null,
      behaviour: null,
      fileCell: null,
      overrideCell: null,
      overrideReason: null,
      attributes: {},
    };
    const resolved = { hospitalClass: null as string | null, title: null as string | null, behaviour: null as string | null };
    let potential: string | null = null;
    let cellText: string | null = null;

    for (const { target, column } of mapped) {
      const header = headers[column] ?? '';
      const flag = flags.get(column);
      if (flag === 'formulaWithoutResult') {
        issues.push({ code: 'formulaWithoutResult', severity: 'warning', column: header });
        continue;
      }
      if (flag === 'errorValue') {
        issues.push({ code: 'errorValue', severity: 'warning', column: header, value: cleanText(grid.raw(r, column)) });
        continue;
      }
      const attribute = attributeKeyOf(target);
      const input = attribute === null ? undefined : inputs.get(attribute);
      if (attribute !== null && input) {
        // A merged number counts for its first row only, as the built-in number fields do.
        const raw = input.type === 'number' ? grid.raw(r, column) : grid.filled(r, column);
        if (raw === null || isBlank(raw)) continue;
        const shown = cleanText(raw);
        const parsed = parseInputValue(input, typeof raw === 'string' ? unquote(shown) : raw, {
          dictionary: input.dictionary === undefined ? undefined : options.dictionaries[input.dictionary],
          factor: factors[column] ?? 1,
        });
        if (parsed.ok) {
          if (parsed.note === 'placeholder') issues.push({ code: 'placeholder', severity: 'warning', column: header, value: shown });
          if (parsed.note === 'approximate' && typeof parsed.value === 'number') issues.push({ code: 'approximate', severity: 'warning', column: header, value: shown, params: { number: parsed.value } });
          if (parsed.value !== null) values.attributes[attribute] = parsed.value;
        } else if (parsed.error.key === 'unknownWord' && input.dictionary !== undefined) {
          // Kept as written, like an unknown title: the value-mapping step asks what it means.
          issues.push({ code: 'unknownWord', severity: 'warning', column: header, value: shown, params: { dictionary: input.dictionary } });
          values.attributes[attribute] = shown.slice(0, MAX_ATTRIBUTE_TEXT);
        } else if (parsed.error.key === 'notNumber') {
          issues.push({ code: 'notANumber', severity: 'error', column: header, value: shown });
        } else {
          issues.push({ code: 'invalidValue', severity: 'error', column: header, value: shown, params: { reason: parsed.error.key, ...(parsed.error.params ?? {}) } });
        }
        continue;
      }
      if (attribute !== null) {
        const raw = grid.filled(r, column);
        if (raw === null || isBlank(raw)) continue;
        if (typeof raw === 'number') {
          values.attributes[attribute] = raw;
          continue;
        }
        // Free text keeps its line breaks (a two-line 备注 stays two lines); only edges are trimmed.
        let text = unquote(raw.replace(ZERO_WIDTH, '').replace(/\r\n?/g, '\n').trim());
        if (text === '') continue;
        if (text.length > MAX_ATTRIBUTE_TEXT || flag === 'truncated') {
          issues.push({ code: 'truncated', severity: 'warning', column: header, params: { max: MAX_ATTRIBUTE_TEXT } });
          text = text.slice(0, MAX_ATTRIBUTE_TEXT);
        }
        values.attributes[attribute] = text;
        continue;
      }
      const field = target as ImportField;
      const spec = FIELD_SPECS[field];
      const raw = spec.fillsFromMerge ? grid.filled(r, column) : grid.raw(r, column);
      if (isBlank(raw)) {
        if (!spec.fillsFromMerge && grid.isMergeSlave(r, column) && !isBlank(grid.filled(r, column))) {
          issues.push({ code: 'mergedNumber', severity: 'warning', column: header });
        }
        continue;
      }
      switch (spec.kind) {
        case 'text':
        case 'word': {
          const text = unquote(cleanText(raw));
          if (text === '') break;
          if (spec.maxLength !== undefined && text.length > spec.maxLength) {
            issues.push({ code: 'tooLong', severity: 'error', column: header, params: { max: spec.maxLength } });
            break;
          }
          if (spec.dictionary) {
            const dictionary = dictionaries[spec.dictionary];
            const category = dictionary ? dictionary.resolve(text) : null;
            if (dictionary && category === null) issues.push({ code: 'unknownWord', severity: 'warning', column: header, value: text, params: { dictionary: spec.dictionary } });
            resolved[spec.dictionary] = category || null;
          }
          // '林\u3000涛': names (and departments) padded with spaces for alignment are one word.
          (values as unknown as Record<string, unknown>)[field] = field === 'name' || field === 'department' ? text.replace(CJK_GAP, '') : text;
          break;
        }
        case 'integer':
        case 'number': {
          const quantity = parseQuantity(raw);
          const shown = cleanText(raw);
          if (quantity.status === 'invalid') {
            issues.push({ code: 'notANumber', severity: 'error', column: header, value: shown });
            break;
          }
          if (quantity.status === 'placeholder') {
            issues.push({ code: 'placeholder', severity: 'warning', column: header, value: shown });
            break;
          }
          let number = quantity.value!;
          if (number < 0) {
            issues.push({ code: 'negative', severity: 'error', column: header, value: shown });
            break;
          }
          if (quantity.status === 'approximate') issues.push({ code: 'approximate', severity: 'warning', column: header, value: shown, params: { number } });
          if (spec.kind === 'integer' && !Number.isInteger(number)) {
            const rounded = Math.round(number);
            issues.push({ code: 'rounded', severity: 'warning', column: header, value: String(number), params: { number: rounded } });
            number = rounded;
          }
          const limit = NUMBER_LIMITS[field];
          if (limit !== undefined && number > limit) {
            issues.push({ code: 'notANumber', severity: 'error', column: header, value: shown });
            break;
          }
          (values as unknown as Record<string, unknown>)[field] = number;
          break;
        }
        case 'grade': {
          const text = cleanText(raw);
          if (field === 'potential') {
            potential = grades.rowValue(text);
            if (potential === null) issues.push({ code: 'unknownPotential', severity: 'warning', column: header, value: text });
          } else {
            const cell = grades.cell(text);
            if (cell === null) issues.push({ code: 'unknownCell', severity: 'error', column: header, value: text });
            else if (field === 'cell') cellText = cell;
            else values.overrideCell = cell;
          }
          break;
        }
        case 'ignored':
          break;
      }
    }

    if (!repMapped || values.repName === null) values.repName = values.repName ?? sectionRep ?? options.rep ?? null;
    if (!regionMapped || values.region === null) values.region = values.region ?? sectionRegion ?? options.region ?? null;
    if (values.name === '') issues.unshift({ code: 'missingName', severity: 'error', column: null });

    const behaviourValue = resolved.behaviour ?? values.behaviour;
    const composed = potential !== null ? grades.compose(potential, behaviourValue) : null;
    if (cellText !== null) {
      values.fileCell = cellText;
      if (composed !== null && composed !== cellText) issues.push({ code: 'gradeMismatch', severity: 'warning', column: null, value: composed, params: { cell: cellText } });
    } else if (potential !== null) {
      if (composed === null) issues.push({ code: 'cellWithoutModel', severity: 'warning', column: null });
      values.fileCell = composed;
    }

    const hasError = issues.some((issue) => issue.severity === 'error');
    return {
      row: r,
      status: hasError ? 'error' : issues.length > 0 ? 'warning' : 'ok',
      ...(hasError ? { skip: { reason: 'invalid' as const } } : {}),
      issues,
      values,
      resolved,
    };
  }

  return {
    /** The row's result, preceded by 'empty' results for blank rows skipped since the previous row. */
    validate(row: SheetRow, grid: SheetGrid): ValidatedRow[] {
      const gaps = row.r > lastRow + 1 ? gapRows(row.r) : [];
      lastRow = Math.max(lastRow, row.r);
      gaps.push(validateOne(row, grid));
      return gaps;
    },
  };
}

/** The key two rows or a row and a client are the same client under: hospital, department and name after normalisation. */
export function clientKey(hospitalName: string | null, department: string | null, name: string): string {
  return `${matchKey(hospitalName)}\u001f${matchKey(department)}\u001f${matchKey(name)}`;
}

// Plain Chinese text (most names, departments, hospitals) is its own key; anything else goes
// through normaliseKey, with repeated spellings (hospitals, departments) cached.
const PLAIN_CJK = /^[\u4e00-\u9fa5]{1,40}$/;
const keyCache = new Map<string, string>();

/** normaliseKey, fast for the texts an import compares thousands of times. */
export function matchKey(text: string | null | undefined): string {
  if (!text) return '';
  if (PLAIN_CJK.test(text)) return text;
  let key = keyCache.get(text);
  if (key === undefined) {
    key = normaliseKey(text);
    if (keyCache.size > 20_000) keyCache.clear();
    keyCache.set(text, key);
  }
  return key;
}
