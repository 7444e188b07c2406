import type { ModelDefinition } from '../grading/modelShape';
import type { Band } from '../grading/rules';
import { builtinInputs } from './builtinInputs';
import { DEFAULT_VOCABULARY } from './vocabulary';

/** Closed-open band [min, max), the usual shape for integer scores and amounts. */
const band = (value: string, min: number | null, max: number | null, maxInclusive = false): Band => ({
  min,
  max,
  minInclusive: true,
  maxInclusive,
  value,
});

const label = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/**
 * The default model, 医药九宫格 (DOMAIN 2): potential from hospital tier × doctor title,
 * behaviour entered or derived from monthly volumes.
 */
export const PHARMA_NINE_GRID: ModelDefinition = {
  id: 'pharma-nine-grid',
  name: label('医药九宫格', 'Pharma nine-grid'),
  description: label(
    '按医院级别 × 职称评估客户潜力（A/B/C），按处方行为评估当前表现（1/2/3）。',
    'Potential (A/B/C) from hospital class × doctor title; current behaviour (1/2/3) from prescribing.',
  ),
  // 2: declares calibration guard-rails, inputs and words (a stored version 1 is replaced at start-up).
  version: 2,
  axes: [
    {
      id: 'potential',
      name: label('客户潜力', 'Potential'),
      values: [
        { value: 'A', label: label('A 高潜力', 'A high potential') },
        { value: 'B', label: label('B 中潜力', 'B medium potential') },
        { value: 'C', label: label('C 低潜力', 'C low potential') },
      ],
      rule: {
        kind: 'scoreTable',
        // Hospital tier: the better of the stated class and the tier its annual revenue implies.
        rows: {
          kind: 'maxOf',
          order: ['3', '2', '1'],
          rules: [
            { kind: 'entered', attribute: 'hospitalClass', dictionary: 'hospitalClass' },
            {
              kind: 'thresholds',
              attribute: 'hospitalRevenueWan',
              // Revenue in 万元: > 2亿 → class 3, > 0.8亿 → class 2.
              bands: [
                { min: 0, max: 8000, minInclusive: true, maxInclusive: true, value: '1' },
                { min: 8000, max: 20000, minInclusive: false, maxInclusive: true, value: '2' },
                { min: 20000, max: null, minInclusive: false, maxInclusive: false, value: '3' },
              ],
            },
          ],
        },
        columns: { kind: 'entered', attribute: 'title', dictionary: 'title' },
        scores: {
          '3': { senior: 9, attending: 8, resident: 5 },
          '2': { senior: 7, attending: 5, resident: 3 },
          '1': { senior: 3, attending: 2, resident: 1 },
        },
        // A = 7–9, B = 3–6, C = 1–2 on integer scores, written without gaps.
        bands: [band('C', 1, 3), band('B', 3, 7), band('A', 7, 9, true)],
      },
    },
    {
      id: 'behaviour',
      name: label('处方行为', 'Prescribing behaviour'),
      values: [
        { value: '1', label: label('1 首选', '1 first choice') },
        { value: '2', label: label('2 次选', '2 second choice') },
        { value: '3', label: label('3 竞品/未用', '3 competitor / not using') },
      ],
      rule: {
        kind: 'firstOf',
        rules: [
          { kind: 'entered', attribute: 'behaviour', dictionary: 'behaviour' },
          {
            kind: 'compare',
            left: 'volumeOurs',
            right: 'volumeCompetitor',
            valueIfZero: '3',
            valueIfGreaterOrEqual: '1',
            valueIfLess: '2',
          },
        ],
      },
    },
  ],
  cells: ['A', 'B', 'C'].flatMap((potential) =>
    ['1', '2', '3'].map((behaviour) => ({ code: `${potential}${behaviour}`, axisValues: { potential, behaviour } })),
  ),
  zones: [
    {
      id: 'red',
      name: label('红区', 'Red zone'),
      color: '#d9363e',
      cells: ['A1', 'A2', 'B1', 'B2'],
      visitsPerMonth: 8,
      strategy: {
        'zh-CN': [
          '巩固现有处方并争取更大用量',
          '围绕产品核心优势做专业沟通',
          '借助科室会等形式开展小组推广',
          '请医生分享使用体会，带动同行',
          '介绍新适应症，拓展使用范围',
          '留意竞品动作，及时应对',
          '安排主管或经理协访',
        ],
        en: [
          'Hold on to current prescribing and grow the volume',
          'Keep the conversation on the product’s main benefits',
          'Use department meetings and group sessions',
          'Ask the doctor to pass on their experience to peers',
          'Bring up new indications to widen use',
          'Watch for competitor moves and respond early',
          'Plan joint visits with a supervisor or manager',
        ],
      },
    },
    {
      id: 'yellow',
      name: label('黄区', 'Yellow zone'),
      color: '#e6a23c',
      cells: ['A3', 'B3'],
      visitsPerMonth: 2,
      cellVisitsPerMonth: { A3: 4, B3: 2 },
      strategy: {
        'zh-CN': [
          '先建立对产品的认知和兴趣',
          '提供文献和样品，促成试用',
          '深入了解医生未被满足的需求',
          '少而精：集中精力做深，不求面广',
          '耐心持续跟进，以诚意打动而非纠缠',
        ],
        en: [
          'Build awareness of and interest in the product first',
          'Offer literature and samples to get a first trial',
          'Find out which needs are not yet met',
          'Go deep with few doctors rather than wide with many',
          'Follow up patiently: win them over, do not wear them down',
        ],
      },
    },
    {
      id: 'blue',
      name: label('蓝区', 'Blue zone'),
      color: '#3a7bd5',
      cells: ['C1', 'C2', 'C3'],
      visitsPerMonth: 1,
      cellVisitsPerMonth: { C1: 1, C2: 0.5, C3: 0 },
      strategy: {
        'zh-CN': [
          '只在受邀或顺路时拜访',
          '以邮寄、电话、邮件保持联系',
          '定期做品牌提醒',
          '定期复评，没有前景就停止投入',
          'C3 客户果断放弃',
        ],
        en: [
          'Visit only when invited or already nearby',
          'Keep in touch by mail, phone and e-mail',
          'Send regular brand reminders',
          'Re-assess from time to time and stop when there is no prospect',
          'Let C3 clients go without hesitation',
        ],
      },
    },
  ],
  layout: {
    rows: { axis: 'potential', order: ['A', 'B', 'C'] },
    columns: { axis: 'behaviour', order: ['3', '2', '1'] },
  },
  // Calibration starting points, editable per model: A1 is the exception, not the rule, and
  // the red zone is where visits concentrate, so it cannot hold most clients.
  calibration: {
    targets: [
      { cells: ['A1'], maxShare: 0.1 },
      { zone: 'red', maxShare: 0.4 },
    ],
    writtenReasonBeyondSteps: 1,
    bigMoverSteps: 2,
  },
  inputs: builtinInputs('hospitalClass', 'hospitalRevenueWan', 'title', 'behaviour', 'volumeOurs', 'volumeCompetitor'),
  vocabulary: DEFAULT_VOCABULARY,
};
