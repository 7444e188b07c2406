import type { Axis, ModelDefinition } from '../grading/modelShape';
import { axisCells, band, label, strategy } from './presetParts';
import { PRESET_VOCABULARIES } from './vocabulary';

/** Tracked every working day: a month has about 22 of them. */
const WORKING_DAYS_PER_MONTH = 22;

const timing: Axis = {
  id: 'timing',
  name: label('成交时机', 'Deal timing'),
  values: [
    { value: 'A', label: label('A 需求明确，1 个月内成交', 'A clear need, closes within 1 month') },
    { value: 'B', label: label('B 3 个月内成交', 'B closes within 3 months') },
    { value: 'C', label: label('C 6 个月内成交', 'C closes within 6 months') },
    { value: 'D', label: label('D 潜在需求或 6 个月以上', 'D potential need, or over 6 months') },
    { value: 'E', label: label('E 无需求或无机会', 'E no need or no chance') },
  ],
  rule: {
    kind: 'firstOf',
    rules: [
      { kind: 'entered', attribute: 'dealTiming', dictionary: 'dealTiming' },
      {
        kind: 'thresholds',
        attribute: 'monthsToClose',
        // E is never derived from a date: "no need / no chance" has to be entered.
        bands: [band('A', 0, 1, true, true), band('B', 1, 3, false, true), band('C', 3, 6, false, true), band('D', 6, null, false)],
      },
    ],
  },
};

/**
 * 客户等级划分 (DOMAIN 3.2): A–E by when the deal is expected to close, entered or derived
 * from the expected months to close. Each grade is its own zone with the tracking cadence of
 * 客户追踪志; visitsPerMonth is that cadence as contacts per month (daily ≈ 22 working days,
 * weekly ≈ 4, every 15 days = 2, every 30 days = 1, none = 0) so workload sums still work.
 */
export const DEAL_TIMING: ModelDefinition = {
  id: 'deal-timing',
  name: label('成交时机分级（A–E）', 'Deal timing grades (A–E)'),
  description: label(
    '按预计成交时间分级：A 1 个月内，B 3 个月内，C 6 个月内，D 潜在需求或 6 个月以上，E 无需求或无机会（只能手工录入）。',
    'Graded by expected close: A within 1 month, B within 3, C within 6, D potential need or over 6 months, E no need or no chance (entered only).',
  ),
  // 2: declares its word for a contact, inputs and words (a stored version 1 is replaced at start-up).
  version: 2,
  action: 'followUp',
  axes: [timing],
  cells: axisCells(timing),
  zones: [
    {
      id: 'daily',
      name: label('每日跟进', 'Track daily'),
      color: '#d9363e',
      cells: ['A'],
      visitsPerMonth: WORKING_DAYS_PER_MONTH,
      cadence: { kind: 'everyDays', days: 1 },
      strategy: strategy([
        ['每天联系，电话或上门均可', 'Make contact every day, by phone or in person'],
        ['逐项扫清成交前的障碍', 'Clear the remaining obstacles to the deal one by one'],
        ['推动报价、合同和付款条件落地', 'Push quote, contract and payment terms to signature'],
      ]),
    },
    {
      id: 'weekly',
      name: label('每周跟进', 'Track weekly'),
      color: '#e6a23c',
      cells: ['B'],
      visitsPerMonth: 4,
      cadence: { kind: 'everyDays', days: 7 },
      strategy: strategy([
        ['每周联系一次，推进到下一步', 'Make contact weekly and move to the next step each time'],
        ['确认预算、决策人和时间表', 'Confirm budget, decision makers and timetable'],
      ]),
    },
    {
      id: 'fortnightly',
      name: label('每 15 天跟进', 'Track every 15 days'),
      color: '#2e9d5b',
      cells: ['C'],
      visitsPerMonth: 2,
      cadence: { kind: 'everyDays', days: 15 },
      strategy: strategy([
        ['每半个月联系一次，保持印象', 'Make contact every half month to stay in mind'],
        ['提供资料和案例，培养需求', 'Share material and cases to grow the need'],
      ]),
    },
    {
      id: 'monthly',
      name: label('每 30 天跟进', 'Track every 30 days'),
      color: '#3a7bd5',
      cells: ['D'],
      visitsPerMonth: 1,
      cadence: { kind: 'everyDays', days: 30 },
      strategy: strategy([
        ['每月联系一次，留意需求变化', 'Make contact monthly and watch for a change in need'],
        ['需求明确后及时升级', 'Upgrade as soon as the need becomes clear'],
      ]),
    },
    {
      id: 'none',
      name: label('不再跟进', 'No tracking'),
      color: '#909399',
      cells: ['E'],
      visitsPerMonth: 0,
      cadence: { kind: 'none' },
      strategy: strategy([
        ['停止主动跟进，不再投入时间', 'Stop active follow-up and spend no more time'],
        ['情况变化时重新评级', 'Re-grade if the situation changes'],
      ]),
    },
  ],
  layout: { rows: { axis: 'timing', order: ['A', 'B', 'C', 'D', 'E'] }, columns: null },
  inputs: [
    {
      attribute: 'dealTiming',
      label: label('成交时机', 'Deal timing'),
      type: 'choice',
      dictionary: 'dealTiming',
      values: [
        { value: 'A', label: label('1 个月内', 'Within 1 month') },
        { value: 'B', label: label('3 个月内', 'Within 3 months') },
        { value: 'C', label: label('6 个月内', 'Within 6 months') },
        { value: 'D', label: label('潜在需求或 6 个月以上', 'Potential need or over 6 months') },
        { value: 'E', label: label('无需求或无机会', 'No need or no chance') },
      ],
      headers: ['预计成交时间', '成交时间', '成交等级', '客户等级', 'deal timing', 'expected close', 'close timing'],
    },
    // The bands are in months from today (A: 0–1, B: up to 3, C: up to 6).
    {
      attribute: 'monthsToClose',
      label: label('预计成交月数', 'Months to close'),
      type: 'number',
      unit: label('个月', 'months'),
      min: 0,
      headers: ['距成交月数', '成交月数', '几个月成交', 'months to close', 'months until close'],
    },
  ],
  vocabulary: PRESET_VOCABULARIES['deal-timing'],
};
