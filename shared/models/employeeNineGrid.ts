import type { LocalizedText } from '../domain/schemas';
import type { Axis, ModelDefinition } from '../grading/modelShape';
import { band, gridCells, label, strategy } from './presetParts';

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

/**
 * 员工九宫格 (DOMAIN 3.7): ability × performance for a manager's own team, on the same board.
 * Ability runs high → low top to bottom and performance low → high left to right, so the
 * super star is top right and the problem employee bottom left. The three zones follow the
 * usual nine-box diagonals: retain (top right), develop (the diagonal), act (bottom left).
 * visitsPerMonth is read as one-to-one conversations per month.
 */
export const EMPLOYEE_NINE_GRID: ModelDefinition = {
  id: 'employee-nine-grid',
  name: label('员工九宫格', 'Employee nine-grid'),
  description: label(
    '能力 × 绩效，各分高、中、低（直接录入，或按 1–5 分评分：4–5 高，3 中，1–2 低），九格从超级明星到问题员工。',
    'Ability × performance, each high / medium / low (entered, or from a 1–5 rating: 4–5 high, 3 medium, 1–2 low); nine boxes from super star to problem employee.',
  ),
  version: 1,
  axes: [levelAxis('ability', '能力', 'Ability', 'abilityRating'), levelAxis('performance', '绩效', 'Performance', 'performanceRating')],
  cells: gridCells('ability', LEVELS, 'performance', LEVELS, code, (a, p) => BOX_NAMES[code(a, p)] ?? label(code(a, p), code(a, p))),
  zones: [
    {
      id: 'retain',
      name: label('保留重用', 'Retain and stretch'),
      color: '#2e9d5b',
      cells: ['HH', 'HM', 'MH'],
      visitsPerMonth: 2,
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
};
