import type { LocalizedText } from '../domain/schemas';
import type { ModelInput } from '../grading/modelInputs';
import type { Axis, ModelDefinition } from '../grading/modelShape';
import { band, gridCells, label, strategy } from './presetParts';
import { PRESET_VOCABULARIES } from './vocabulary';

const LEVELS = ['high', 'medium', 'low'];
const LETTER: Readonly<Record<string, string>> = { high: 'H', medium: 'M', low: 'L' };

/** Box names by ability then performance; the cell code is the two initials, e.g. 'HM'. */
const BOX_NAMES: Readonly<Record<string, LocalizedText>> = {
  HH: label('超级明星', 'Super star'),
  HM: label('明日之星', 'Rising star'),
  HL: label('潜力股', 'Rough diamond'),
  MH: label('绩效骨干', 'High performer'),
  MM: label('中坚力量', 'Core player'),
  ML: label('待提升者', 'Inconsistent player'),
  LH: label('专业能手', 'Trusted professional'),
  LM: label('稳定贡献者', 'Steady contributor'),
  LL: label('问题员工', 'Problem employee'),
};

const code = (ability: string, performance: string): string => `${LETTER[ability] ?? ability}${LETTER[performance] ?? performance}`;

/** A level entered as words (高 / 中 / 低), else a 1–5 rating: 4–5 high, 3–<4 medium, 1–<3 low. */
function levelAxis(id: string, zh: string, en: string, ratingAttribute: string): Axis {
  return {
    id,
    name: label(zh, en),
    values: [
      { value: 'high', label: label(`${zh}高`, `High ${en.toLowerCase()}`) },
      { value: 'medium', label: label(`${zh}中`, `Medium ${en.toLowerCase()}`) },
      { value: 'low', label: label(`${zh}低`, `Low ${en.toLowerCase()}`) },
    ],
    rule: {
      kind: 'firstOf',
      rules: [
        { kind: 'entered', attribute: id, dictionary: 'level' },
        { kind: 'thresholds', attribute: ratingAttribute, bands: [band('low', 1, 3), band('medium', 3, 4), band('high', 4, 5, true, true)] },
      ],
    },
  };
}

/** A level input (高 / 中 / 低 through the level dictionary). */
function levelInput(attribute: string, zh: string, en: string, headers: string[]): ModelInput {
  return {
    attribute,
    label: label(zh, en),
    type: 'choice',
    dictionary: 'level',
    values: [
      { value: 'high', label: label('高', 'High') },
      { value: 'medium', label: label('中', 'Medium') },
      { value: 'low', label: label('低', 'Low') },
    ],
    headers,
  };
}

/** A 1–5 rating input: the level axis's bands are on this scale. */
function ratingInput(attribute: string, zh: string, en: string, headers: string[]): ModelInput {
  return { attribute, label: label(zh, en), type: 'number', unit: label('分', 'points'), min: 1, max: 5, headers };
}

/**
 * 员工九宫格 (DOMAIN 3.7): ability × performance for a manager's own team, on the same board.
 * Ability runs high → low top to bottom and performance low → high left to right, so the
 * super star is top right and the problem employee bottom left. The three zones follow the
 * usual nine-box diagonals: retain (top right), develop (the diagonal), act (bottom left).
 * The plan's contacts are reviews (面谈): a monthly one-to-one for the top boxes, one every two
 * weeks on the diagonal, weekly for those who must improve; visitsPerMonth is the same as
 * conversations per month.
 */
export const EMPLOYEE_NINE_GRID: ModelDefinition = {
  id: 'employee-nine-grid',
  name: label('员工九宫格', 'Employee nine-grid'),
  description: label(
    '能力 × 绩效，各分高、中、低（直接录入，或按 1–5 分评分：4–5 高，3 中，1–2 低），九格从超级明星到问题员工。',
    'Ability × performance, each high / medium / low (entered, or from a 1–5 rating: 4–5 high, 3 medium, 1–2 low); nine boxes from super star to problem employee.',
  ),
  // 2: declares its word for a contact, its cadences, calibration guard-rails, inputs and words (a stored version 1 is replaced at start-up).
  version: 2,
  action: 'review',
  axes: [levelAxis('ability', '能力', 'Ability', 'abilityRating'), levelAxis('performance', '绩效', 'Performance', 'performanceRating')],
  cells: gridCells('ability', LEVELS, 'performance', LEVELS, code, (a, p) => BOX_NAMES[code(a, p)] ?? label(code(a, p), code(a, p))),
  zones: [
    {
      id: 'retain',
      name: label('保留重用', 'Retain and stretch'),
      color: '#2e9d5b',
      cells: ['HH', 'HM', 'MH'],
      visitsPerMonth: 1,
      cadence: { kind: 'everyMonths', months: 1 },
      strategy: strategy([
        ['给更大的责任和有挑战的任务', 'Give bigger responsibilities and stretching assignments'],
        ['规划晋升路径，列入继任计划', 'Plan the next step up and include them in succession plans'],
        ['及时认可和激励，防止流失', 'Recognise and reward promptly so they stay'],
      ]),
    },
    {
      id: 'develop',
      name: label('培养发展', 'Develop'),
      color: '#e6a23c',
      cells: ['HL', 'MM', 'LH'],
      visitsPerMonth: 2,
      cadence: { kind: 'everyDays', days: 14 },
      strategy: strategy([
        ['潜力股：查明绩效不佳的原因，调整岗位或给予辅导', 'Rough diamond: find out what holds performance back; coach or change the role'],
        ['中坚力量：制定发展计划，逐步提高要求', 'Core player: agree a development plan and raise expectations step by step'],
        ['专业能手：发挥专长，在现岗位上用好', 'Trusted professional: use their expertise well in the current role'],
      ]),
    },
    {
      id: 'act',
      name: label('改进或调整', 'Act: improve or move'),
      color: '#d9363e',
      cells: ['ML', 'LM', 'LL'],
      visitsPerMonth: 4,
      cadence: { kind: 'everyDays', days: 7 },
      strategy: strategy([
        ['明确差距，制定限期改进计划', 'Make the gap clear and set an improvement plan with a deadline'],
        ['每周跟进进展', 'Check progress every week'],
        ['改进无效的调岗或淘汰', 'If nothing improves, move them to another role or let them go'],
      ]),
    },
  ],
  layout: {
    rows: { axis: 'ability', order: [...LEVELS] },
    columns: { axis: 'performance', order: ['low', 'medium', 'high'] },
  },
  // The classic forced distribution (20 / 70 / 10): at most 10% super stars, at most 20% to
  // retain and stretch, and at least 10% whose gap is named and acted on.
  calibration: {
    targets: [
      { cells: ['HH'], maxShare: 0.1 },
      { zone: 'retain', maxShare: 0.2 },
      { zone: 'act', minShare: 0.1 },
    ],
    writtenReasonBeyondSteps: 1,
    bigMoverSteps: 2,
  },
  inputs: [
    levelInput('ability', '能力', 'Ability', ['能力等级', '能力水平', 'ability', 'ability level']),
    ratingInput('abilityRating', '能力评分', 'Ability rating', ['能力得分', '能力分', 'ability rating', 'ability score']),
    levelInput('performance', '绩效', 'Performance', ['绩效等级', '绩效水平', '业绩', 'performance']),
    ratingInput('performanceRating', '绩效评分', 'Performance rating', ['绩效得分', '绩效分', '考核得分', 'performance rating', 'performance score']),
  ],
  vocabulary: PRESET_VOCABULARIES['employee-nine-grid'],
};
