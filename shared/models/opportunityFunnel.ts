import type { Axis, ModelDefinition } from '../grading/modelShape';
import { axisCells, band, label, strategy } from './presetParts';

/**
 * Win probability of each stage in percent (DOMAIN 3.5). Axis values have no field for it, so
 * it is also written into every stage's label; this table is the single source of both.
 */
export const FUNNEL_WIN_PROBABILITY: Readonly<Record<string, number>> = {
  understand: 10,
  confirm: 25,
  prove: 50,
  negotiate: 75,
  close: 90,
  handover: 100,
};

const stage = (value: string, zh: string, en: string) => {
  const percent = FUNNEL_WIN_PROBABILITY[value] ?? 0;
  return { value, label: label(`${zh}（赢率 ${percent}%）`, `${en} (win ${percent}%)`) };
};

/** Best first, as axes declare values; the board draws the funnel top-down instead. */
const funnel: Axis = {
  id: 'stage',
  name: label('销售阶段', 'Funnel stage'),
  values: [
    stage('handover', '交接回款', 'Handover / collect'),
    stage('close', '成交', 'Close'),
    stage('negotiate', '谈判', 'Negotiate'),
    stage('prove', '证明', 'Prove'),
    stage('confirm', '确认', 'Confirm'),
    stage('understand', '了解', 'Understand'),
  ],
  rule: {
    kind: 'firstOf',
    rules: [
      { kind: 'entered', attribute: 'stage', dictionary: 'funnelStage' },
      {
        kind: 'thresholds',
        // A CRM's probability in percent (0–100) places the opportunity at the stage it has reached.
        attribute: 'winProbability',
        bands: [
          band('understand', 0, 25),
          band('confirm', 25, 50),
          band('prove', 50, 75),
          band('negotiate', 75, 90),
          band('close', 90, 100),
          band('handover', 100, 100, true, true),
        ],
      },
    ],
  },
};

/**
 * 销售漏斗 (DOMAIN 3.5): one axis of ordered stages, each with its win probability. The stage
 * is entered (by name or by its percentage) or read from `winProbability`.
 */
export const OPPORTUNITY_FUNNEL: ModelDefinition = {
  id: 'opportunity-funnel',
  name: label('销售漏斗阶段', 'Opportunity funnel'),
  description: label(
    '按销售阶段分级，赢率：了解 10%，确认 25%，证明 50%，谈判 75%，成交 90%，交接回款 100%。',
    'Graded by funnel stage with win probability: understand 10%, confirm 25%, prove 50%, negotiate 75%, close 90%, handover / collect 100%.',
  ),
  version: 1,
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
    rows: { axis: 'stage', order: ['understand', 'confirm', 'prove', 'negotiate', 'close', 'handover'] },
    columns: null,
  },
};
