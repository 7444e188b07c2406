import type { Axis, AxisValue, ModelDefinition } from '../grading/modelShape';
import type { Band } from '../grading/rules';
import { axisCells, band, label, strategy } from './presetParts';
import { PRESET_VOCABULARIES } from './vocabulary';

/**
 * Stages in funnel order with their win probability (DOMAIN 3.5). This table is the single
 * source of the values' `probability`, their labels, the `winProbability` bands and the description.
 */
const STAGES: readonly (readonly [value: string, zh: string, en: string, probability: number])[] = [
  ['understand', '了解', 'Understand', 0.1],
  ['confirm', '确认', 'Confirm', 0.25],
  ['prove', '证明', 'Prove', 0.5],
  ['negotiate', '谈判', 'Negotiate', 0.75],
  ['close', '成交', 'Close', 0.9],
  ['handover', '交接回款', 'Handover / collect', 1],
];

const percentOf = (probability: number): number => Math.round(probability * 100);

const stageValue = ([value, zh, en, probability]: (typeof STAGES)[number]): AxisValue => {
  const percent = percentOf(probability);
  return { value, label: label(`${zh}（赢率 ${percent}%）`, `${en} (win ${percent}%)`), probability };
};

/**
 * A CRM's probability in percent (0–100) places the opportunity at the last stage it has
 * reached: from 0 up to the second stage's figure is the first stage; 100 exactly is the last.
 */
const stageBands = (): Band[] =>
  STAGES.map(([value, , , probability], i) => {
    const next = STAGES[i + 1];
    if (!next) return band(value, percentOf(probability), percentOf(probability), true, true);
    return band(value, i === 0 ? 0 : percentOf(probability), percentOf(next[3]));
  });

/** Best first, as axes declare values; the board draws the funnel top-down instead. */
const funnel: Axis = {
  id: 'stage',
  name: label('销售阶段', 'Funnel stage'),
  values: STAGES.map(stageValue).reverse(),
  rule: {
    kind: 'firstOf',
    rules: [
      { kind: 'entered', attribute: 'stage', dictionary: 'funnelStage' },
      { kind: 'thresholds', attribute: 'winProbability', bands: stageBands() },
    ],
  },
};

/**
 * Win probability of each stage in percent (DOMAIN 3.5), read from the stages' `probability`
 * so the model data stays the one source.
 */
export const FUNNEL_WIN_PROBABILITY: Readonly<Record<string, number>> = Object.freeze(
  Object.fromEntries(funnel.values.map((v) => [v.value, Math.round((v.probability ?? 0) * 100)])),
);

/**
 * 销售漏斗 (DOMAIN 3.5): one axis of ordered stages, each with its win probability. The stage
 * is entered (by name or by its percentage) or read from `winProbability`.
 */
export const OPPORTUNITY_FUNNEL: ModelDefinition = {
  id: 'opportunity-funnel',
  name: label('销售漏斗阶段', 'Opportunity funnel'),
  description: label(
    `按销售阶段分级，赢率：${STAGES.map(([, zh, , p]) => `${zh} ${percentOf(p)}%`).join('，')}。`,
    `Graded by funnel stage with win probability: ${STAGES.map(([, , en, p]) => `${en.toLowerCase()} ${percentOf(p)}%`).join(', ')}.`,
  ),
  // 2: declares inputs and words (a stored version 1 is replaced at start-up).
  version: 2,
  axes: [funnel],
  cells: axisCells(funnel),
  zones: [
    {
      id: 'qualify',
      name: label('前期：了解与确认', 'Early: understand and confirm'),
      color: '#3a7bd5',
      cells: ['understand', 'confirm'],
      visitsPerMonth: 2,
      strategy: strategy([
        ['了解客户现状、需求和决策人', 'Learn the client’s situation, needs and decision makers'],
        ['确认需求、预算和时间表是否真实', 'Check that need, budget and timetable are real'],
        ['不合格的机会尽早放弃', 'Drop opportunities that do not qualify early'],
      ]),
    },
    {
      id: 'advance',
      name: label('中后期：证明、谈判与成交', 'Late: prove, negotiate and close'),
      color: '#d9363e',
      cells: ['prove', 'negotiate', 'close'],
      visitsPerMonth: 4,
      strategy: strategy([
        ['用演示、试用和案例证明方案价值', 'Prove the value with demos, trials and cases'],
        ['处理异议，谈妥价格和条款', 'Handle objections and agree price and terms'],
        ['必要时请经理参与谈判', 'Bring in a manager for the negotiation when needed'],
        ['推动签约，盯紧每个未决事项', 'Drive to signature and chase every open point'],
      ]),
    },
    {
      id: 'deliver',
      name: label('交接回款', 'Handover and collection'),
      color: '#2e9d5b',
      cells: ['handover'],
      visitsPerMonth: 1,
      strategy: strategy([
        ['做好交付交接，确保客户顺利使用', 'Hand over smoothly so the client starts using what they bought'],
        ['按合同节点回款', 'Collect payment at the agreed milestones'],
        ['请客户推荐新的机会', 'Ask the client for new opportunities and referrals'],
      ]),
    },
  ],
  layout: {
    rows: { axis: 'stage', order: STAGES.map(([value]) => value) },
    columns: null,
  },
  inputs: [
    {
      attribute: 'stage',
      label: label('销售阶段', 'Funnel stage'),
      type: 'choice',
      dictionary: 'funnelStage',
      values: STAGES.map(([value, zh, en]) => ({ value, label: label(zh, en) })),
      headers: ['阶段', '商机阶段', '漏斗阶段', 'stage', 'funnel stage', 'opportunity stage', 'sales stage'],
    },
    // The stage bands are in percent (0–100), as CRMs export the probability.
    {
      attribute: 'winProbability',
      label: label('赢单概率', 'Win probability'),
      type: 'number',
      unit: label('%', '%'),
      min: 0,
      max: 100,
      headers: ['赢率', '成交概率', '赢单率', 'win probability', 'probability', 'win rate'],
    },
  ],
  vocabulary: PRESET_VOCABULARIES['opportunity-funnel'],
};
