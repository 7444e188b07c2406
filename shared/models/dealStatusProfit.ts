import type { ModelDefinition } from '../grading/modelShape';
import { band, gridCells, label, strategy } from './presetParts';
import { PRESET_VOCABULARIES } from './vocabulary';

const STATUS = ['A', 'B', 'C', 'D'];
const PROFIT = ['1', '2', '3'];

/** Tier 1 clients get the status zone's figure, tier 2 half of it, tier 3 a quarter. */
function byProfit(status: string, tier1: number): Record<string, number> {
  return { [`${status}1`]: tier1, [`${status}2`]: tier1 / 2, [`${status}3`]: tier1 / 4 };
}

/**
 * 成交状态 × 利润档次 (DOMAIN 3.4), 12 cells A1…D3 on a 4 × 3 board. Status (entered) climbs
 * from D not closed to C closed or renewed, B attended an open course and A signed a
 * programme. Profit tier is entered, else derived from the client's annual profit
 * (1 > 10,000,000 RMB, 2 = 2,000,000–10,000,000, 3 < 2,000,000). A zone per status says what
 * the next step is; within a zone the profit tier scales the visits.
 */
export const DEAL_STATUS_PROFIT: ModelDefinition = {
  id: 'deal-status-profit',
  name: label('成交状态 × 利润档次（12 格）', 'Deal status × profit tier (12 cells)'),
  description: label(
    '成交状态：A 已签项目，B 参加过公开课，C 已成交或续约，D 未成交；利润档次：1 年利润 > 1000万，2 为 200–1000万，3 < 200万。',
    'Status: A signed a programme, B attended an open course, C closed or renewed, D not closed. Profit tier: 1 annual profit over 10,000,000 RMB, 2 = 2,000,000–10,000,000, 3 under 2,000,000.',
  ),
  // 2: declares inputs and words (a stored version 1 is replaced at start-up).
  version: 2,
  axes: [
    {
      id: 'status',
      name: label('成交状态', 'Deal status'),
      values: [
        { value: 'A', label: label('A 签约项目', 'A signed a programme') },
        { value: 'B', label: label('B 参加公开课', 'B attended an open course') },
        { value: 'C', label: label('C 成交或续约', 'C closed or renewed') },
        { value: 'D', label: label('D 未成交', 'D not closed') },
      ],
      rule: { kind: 'entered', attribute: 'dealStatus', dictionary: 'dealStatus' },
    },
    {
      id: 'profit',
      name: label('利润档次', 'Profit tier'),
      values: [
        { value: '1', label: label('1 > 1000万', '1 over 10M RMB') },
        { value: '2', label: label('2 200–1000万', '2 2M–10M RMB') },
        { value: '3', label: label('3 < 200万', '3 under 2M RMB') },
      ],
      rule: {
        kind: 'firstOf',
        rules: [
          { kind: 'entered', attribute: 'profitTier', dictionary: 'profitTier' },
          {
            kind: 'thresholds',
            attribute: 'annualProfit',
            // A loss is still tier 3, so the lowest band is open below.
            bands: [band('3', null, 2_000_000), band('2', 2_000_000, 10_000_000, true, true), band('1', 10_000_000, null, false)],
          },
        ],
      },
    },
  ],
  cells: gridCells('status', STATUS, 'profit', PROFIT),
  zones: [
    {
      id: 'programme',
      name: label('深化项目合作', 'Deepen the programme'),
      color: '#d9363e',
      cells: ['A1', 'A2', 'A3'],
      visitsPerMonth: 4,
      cellVisitsPerMonth: byProfit('A', 4),
      strategy: strategy([
        ['保证项目交付质量，定期回顾成效', 'Deliver the programme well and review its results regularly'],
        ['争取续签并扩展到更多部门', 'Aim for renewal and for more departments'],
        ['请客户做推荐和案例', 'Ask for referrals and a reference case'],
      ]),
    },
    {
      id: 'course',
      name: label('公开课转项目', 'Turn the course into a programme'),
      color: '#e6a23c',
      cells: ['B1', 'B2', 'B3'],
      visitsPerMonth: 4,
      cellVisitsPerMonth: byProfit('B', 4),
      strategy: strategy([
        ['课后及时回访，收集反馈', 'Follow up soon after the course and collect feedback'],
        ['把课程内容和客户的问题对上号', 'Link what the course taught to the client’s own problems'],
        ['提出定制项目方案', 'Propose a tailored programme'],
      ]),
    },
    {
      id: 'customer',
      name: label('邀请参加公开课', 'Invite to an open course'),
      color: '#2e9d5b',
      cells: ['C1', 'C2', 'C3'],
      visitsPerMonth: 2,
      cellVisitsPerMonth: byProfit('C', 2),
      strategy: strategy([
        ['维护已成交的合作，按时续约', 'Look after the existing deal and renew on time'],
        ['邀请关键人参加公开课', 'Invite key people to an open course'],
      ]),
    },
    {
      id: 'prospect',
      name: label('争取首次成交', 'Win the first deal'),
      color: '#3a7bd5',
      cells: ['D1', 'D2', 'D3'],
      visitsPerMonth: 2,
      cellVisitsPerMonth: byProfit('D', 2),
      strategy: strategy([
        ['利润档次高的客户优先投入', 'Put the effort into high-profit clients first'],
        ['了解需求和决策人，争取第一次合作', 'Learn the need and the decision makers and aim for a first deal'],
        ['长期无进展的低档客户减少投入', 'Spend less on low-tier clients that do not move'],
      ]),
    },
  ],
  layout: {
    rows: { axis: 'status', order: [...STATUS] },
    columns: { axis: 'profit', order: [...PROFIT] },
  },
  inputs: [
    {
      attribute: 'dealStatus',
      label: label('成交状态', 'Deal status'),
      type: 'choice',
      dictionary: 'dealStatus',
      values: [
        { value: 'A', label: label('签约项目', 'Signed a programme') },
        { value: 'B', label: label('参加公开课', 'Attended an open course') },
        { value: 'C', label: label('成交或续约', 'Closed or renewed') },
        { value: 'D', label: label('未成交', 'Not closed') },
      ],
      headers: ['合作状态', '成交情况', 'deal status'],
    },
    {
      attribute: 'profitTier',
      label: label('利润档次', 'Profit tier'),
      type: 'choice',
      dictionary: 'profitTier',
      values: [
        { value: '1', label: label('一档（> 1000万）', 'Tier 1 (over 10M)') },
        { value: '2', label: label('二档（200–1000万）', 'Tier 2 (2M–10M)') },
        { value: '3', label: label('三档（< 200万）', 'Tier 3 (under 2M)') },
      ],
      headers: ['利润档', '利润等级', 'profit tier'],
    },
    // The tiers are in 元 (1000万 = 10,000,000); a header in 万元 is scaled on import.
    {
      attribute: 'annualProfit',
      label: label('年利润', 'Annual profit'),
      type: 'number',
      unit: label('元', 'RMB'),
      headers: ['年度利润', '利润', '利润额', 'annual profit', 'profit'],
      headerUnits: [{ unit: '万元', factor: 10_000 }, { unit: '万', factor: 10_000 }, { unit: '元', factor: 1 }],
    },
  ],
  vocabulary: PRESET_VOCABULARIES['deal-status-profit'],
};
