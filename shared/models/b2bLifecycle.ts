import type { ModelDefinition } from '../grading/modelShape';
import type { Rule } from '../grading/rules';
import { band, gridCells, label, strategy } from './presetParts';
import { PRESET_VOCABULARIES } from './vocabulary';

const LIFECYCLE = ['R', 'D', 'A'];
const POWER = ['3', '2', '1'];

/** Purchasing-power tier from the client's annual spend (every client). */
const SPEND_TIER: Rule = {
  kind: 'thresholds',
  attribute: 'annualSpend',
  bands: [band('1', 0, 300_000), band('2', 300_000, 2_000_000, true, true), band('3', 2_000_000, null, false)],
};

/** Tier from our annual gross margin with the client (retained clients only). */
const MARGIN_TIER: Rule = {
  kind: 'thresholds',
  attribute: 'grossMargin',
  // A loss-making account is still tier 1, so the lowest band is open below.
  bands: [band('1', null, 100_000), band('2', 100_000, 500_000, true, true), band('3', 500_000, null, false)],
};

/**
 * 客户分类九宫格 (DOMAIN 3.1): lifecycle (R retained / D developing / A acquiring) ×
 * purchasing-power tier (3 / 2 / 1). For retained clients the tier is the better of what the
 * annual spend and our annual gross margin give (maxOf); for everyone else the spend alone
 * decides (a `when` rule on the lifecycle), so a margin entered for a developing client is ignored.
 */
export const B2B_LIFECYCLE: ModelDefinition = {
  id: 'b2b-lifecycle',
  name: label('客户分类九宫格（采购力 × 生命周期）', 'B2B purchasing power × lifecycle'),
  description: label(
    '生命周期：已保有 R、发展中 D、获取中 A；采购力：年采购额 > 200万 为 3，30–200万 为 2，< 30万 为 1；已保有客户另按我方年毛利（> 50万 为 3，10–50万 为 2，< 10万 为 1）取两者较高档。区域经理每季度提交。',
    'Lifecycle: retained R, developing D, acquiring A. Purchasing power from annual spend: over 2,000,000 RMB → 3, 300,000–2,000,000 → 2, under 300,000 → 1; for retained clients our annual gross margin (over 500,000 → 3, 100,000–500,000 → 2, under 100,000 → 1) counts too, whichever tier is higher. Submitted quarterly by regional managers.',
  ),
  // 2: the gross margin counts for retained clients only (it lifted any client in version 1).
  // 3: declares inputs and words (a stored version 2 is replaced at start-up).
  version: 3,
  axes: [
    {
      id: 'lifecycle',
      name: label('客户生命周期', 'Lifecycle'),
      values: [
        { value: 'R', label: label('R 已保有', 'R retained') },
        { value: 'D', label: label('D 发展中', 'D developing') },
        { value: 'A', label: label('A 获取中', 'A acquiring') },
      ],
      rule: { kind: 'entered', attribute: 'lifecycle', dictionary: 'lifecycle' },
    },
    {
      id: 'power',
      name: label('采购力', 'Purchasing power'),
      values: [
        { value: '3', label: label('3 高（> 200万）', '3 high (> 2M RMB)') },
        { value: '2', label: label('2 中（30–200万）', '2 medium (0.3–2M RMB)') },
        { value: '1', label: label('1 低（< 30万）', '1 low (< 0.3M RMB)') },
      ],
      rule: {
        kind: 'when',
        attribute: 'lifecycle',
        dictionary: 'lifecycle',
        cases: [{ equals: ['R'], rule: { kind: 'maxOf', order: [...POWER], rules: [SPEND_TIER, MARGIN_TIER] } }],
        otherwise: SPEND_TIER,
      },
    },
  ],
  cells: gridCells('lifecycle', LIFECYCLE, 'power', POWER),
  zones: [
    {
      id: 'maintain',
      name: label('保持份额（已保有）', 'Maintain share of wallet (retained)'),
      color: '#2e9d5b',
      cells: ['R3', 'R2', 'R1'],
      visitsPerMonth: 2,
      cellVisitsPerMonth: { R3: 4, R2: 2, R1: 1 },
      strategy: strategy([
        ['守住我方在客户采购中的份额', 'Defend the share of the client’s spend we already have'],
        ['按约交付，及时处理问题和投诉', 'Deliver as promised and settle problems and complaints quickly'],
        ['定期回顾合作成果，巩固关系', 'Review results together regularly to keep the relationship firm'],
        ['高采购力客户安排经理定期走访', 'Have a manager call on high-spend clients regularly'],
        ['留意竞争对手接触的迹象', 'Watch for signs that competitors are approaching the client'],
      ]),
    },
    {
      id: 'grow',
      name: label('提升份额（发展中）', 'Grow share of wallet (developing)'),
      color: '#e6a23c',
      cells: ['D3', 'D2', 'D1'],
      visitsPerMonth: 2,
      cellVisitsPerMonth: { D3: 4, D2: 2, D1: 1 },
      strategy: strategy([
        ['找出客户还在向别家采购的品类', 'Find out what the client still buys from others'],
        ['扩大合作的产品线和部门', 'Widen the business to more product lines and departments'],
        ['结识更多决策人和使用者', 'Get to know more decision makers and users'],
        ['用成功案例证明价值，争取更大订单', 'Prove value with results and ask for larger orders'],
      ]),
    },
    {
      id: 'win',
      name: label('赢得新业务（获取中）', 'Win new business (acquiring)'),
      color: '#3a7bd5',
      cells: ['A3', 'A2', 'A1'],
      visitsPerMonth: 1,
      cellVisitsPerMonth: { A3: 2, A2: 1, A1: 0.5 },
      strategy: strategy([
        ['确认需求、预算和决策流程', 'Confirm the need, the budget and how the client decides'],
        ['争取第一笔试单，建立信任', 'Aim for a first trial order to build trust'],
        ['采购力高的客户优先投入', 'Put the effort into high-spend prospects first'],
        ['采购力低且无进展的及时放下', 'Drop low-spend prospects that do not move'],
      ]),
    },
  ],
  layout: {
    rows: { axis: 'lifecycle', order: [...LIFECYCLE] },
    columns: { axis: 'power', order: [...POWER] },
  },
  inputs: [
    {
      attribute: 'lifecycle',
      label: label('客户生命周期', 'Lifecycle'),
      type: 'choice',
      dictionary: 'lifecycle',
      values: [
        { value: 'R', label: label('已保有', 'Retained') },
        { value: 'D', label: label('发展中', 'Developing') },
        { value: 'A', label: label('获取中', 'Acquiring') },
      ],
      headers: ['生命周期', '客户阶段', '合作阶段', '客户状态', 'lifecycle', 'lifecycle stage', 'client stage', 'account stage'],
    },
    // The spend and margin bands are in 元 (200万 = 2,000,000); a header in 万元 is scaled on import.
    {
      attribute: 'annualSpend',
      label: label('年采购额', 'Annual spend'),
      type: 'number',
      unit: label('元', 'RMB'),
      min: 0,
      headers: ['年采购金额', '年度采购额', '采购额', '采购金额', '年采购', '采购力', 'annual spend', 'annual purchases', 'spend', 'purchasing'],
      headerUnits: [{ unit: '万元', factor: 10_000 }, { unit: '万', factor: 10_000 }, { unit: '元', factor: 1 }],
    },
    {
      attribute: 'grossMargin',
      label: label('我方年毛利', 'Our annual gross margin'),
      type: 'number',
      unit: label('元', 'RMB'),
      headers: ['年毛利', '毛利', '年毛利额', '毛利额', '年度毛利', 'gross margin', 'annual gross margin', 'margin'],
      headerUnits: [{ unit: '万元', factor: 10_000 }, { unit: '万', factor: 10_000 }, { unit: '元', factor: 1 }],
    },
  ],
  vocabulary: PRESET_VOCABULARIES['b2b-lifecycle'],
};
