import type { Axis, ModelDefinition } from '../grading/modelShape';
import { axisCells, band, label, strategy } from './presetParts';
import { PRESET_VOCABULARIES } from './vocabulary';

const satisfactionAxis: Axis = {
  id: 'satisfaction',
  name: label('满意度', 'Satisfaction'),
  values: [
    { value: 'A', label: label('A 非常满意', 'A very satisfied') },
    { value: 'B', label: label('B 满意', 'B satisfied') },
    { value: 'C', label: label('C 一般', 'C neutral') },
    { value: 'D', label: label('D 不满意', 'D dissatisfied') },
    { value: 'E', label: label('E 非常不满意', 'E very dissatisfied') },
    { value: 'F', label: label('F 敏感人士（媒体、律师、主管部门）', 'F sensitive party (press, lawyers, authorities)') },
    { value: 'G', label: label('G 危机', 'G crisis') },
  ],
  rule: {
    kind: 'firstOf',
    rules: [
      // F and G describe who the client is or what is happening, so they are only ever entered.
      { kind: 'entered', attribute: 'satisfaction', dictionary: 'satisfaction' },
      {
        kind: 'thresholds',
        // A 1–5 survey score: 5 → A, 4 → B, 3 → C, 2 → D, 1 → E (a half step rounds down).
        attribute: 'satisfactionScore',
        bands: [band('E', 1, 2), band('D', 2, 3), band('C', 3, 4), band('B', 4, 5), band('A', 5, 5, true, true)],
      },
    ],
  },
};

/**
 * 满意度分级 (DOMAIN 3.8): A very satisfied … E very dissatisfied, F sensitive parties and
 * G crisis. Every grade is its own zone because each has its own handling rules.
 */
export const SATISFACTION: ModelDefinition = {
  id: 'satisfaction',
  name: label('客户满意度分级', 'Client satisfaction grades'),
  description: label(
    'A 非常满意、B 满意、C 一般、D 不满意、E 非常不满意（录入或按 1–5 分满意度得分）；F 为敏感人士（媒体、律师、主管部门），G 为危机，只能录入。',
    'A very satisfied, B satisfied, C neutral, D dissatisfied, E very dissatisfied (entered or from a 1–5 survey score); F sensitive parties (press, lawyers, authorities) and G crisis are entered only.',
  ),
  // 2: declares its word for a contact, inputs and words (a stored version 1 is replaced at start-up).
  version: 2,
  action: 'followUp',
  axes: [satisfactionAxis],
  cells: axisCells(satisfactionAxis),
  zones: [
    {
      id: 'very-satisfied',
      name: label('非常满意', 'Very satisfied'),
      color: '#2e9d5b',
      cells: ['A'],
      visitsPerMonth: 1,
      strategy: strategy([
        ['请客户推荐新客户，或作为案例', 'Ask for referrals or for a reference case'],
        ['保持服务水准，不因满意而放松', 'Keep service at the same level; do not relax because they are happy'],
      ]),
    },
    {
      id: 'satisfied',
      name: label('满意', 'Satisfied'),
      color: '#67c23a',
      cells: ['B'],
      visitsPerMonth: 1,
      strategy: strategy([
        ['了解还差什么能让客户非常满意', 'Ask what would make them very satisfied'],
        ['兑现承诺，巩固信任', 'Keep every promise to build trust'],
      ]),
    },
    {
      id: 'neutral',
      name: label('一般', 'Neutral'),
      color: '#e6a23c',
      cells: ['C'],
      visitsPerMonth: 1,
      strategy: strategy([
        ['找出不满意的具体原因', 'Find the specific reasons they are not satisfied'],
        ['提出改进并在下次回访时确认效果', 'Agree improvements and check them on the next call'],
      ]),
    },
    {
      id: 'dissatisfied',
      name: label('不满意', 'Dissatisfied'),
      color: '#f56c6c',
      cells: ['D'],
      visitsPerMonth: 2,
      strategy: strategy([
        ['48 小时内主动联系，倾听并记录问题', 'Get in touch within 48 hours; listen and write the problem down'],
        ['给出解决办法和完成时间，按时回复', 'Offer a fix with a date and report back on time'],
      ]),
    },
    {
      id: 'very-dissatisfied',
      name: label('非常不满意', 'Very dissatisfied'),
      color: '#d9363e',
      cells: ['E'],
      visitsPerMonth: 4,
      strategy: strategy([
        ['24 小时内由经理出面联系', 'A manager gets in touch within 24 hours'],
        ['查明根本原因，必要时给予补偿', 'Find the root cause and compensate where justified'],
        ['每周跟进，直到客户确认问题解决', 'Follow up weekly until the client confirms it is solved'],
        ['防止不满扩散或升级为危机', 'Keep the dissatisfaction from spreading or turning into a crisis'],
      ]),
    },
    {
      id: 'sensitive',
      name: label('敏感人士', 'Sensitive party'),
      color: '#8e44ad',
      cells: ['F'],
      // Contact is decided case by case by the designated person: not planned, which is not "0 visits".
      visitsPerMonth: null,
      cadence: { kind: 'caseByCase' },
      strategy: strategy([
        ['只由指定负责人对接，其他人不单独回应', 'Only the designated person deals with them; nobody else answers alone'],
        ['对外口径事先经主管和法务 / 公关确认', 'Clear every statement with the manager and legal or PR first'],
        ['所有沟通书面记录并存档', 'Keep a written record of every exchange'],
        ['按规定时限答复，不作超出权限的承诺', 'Reply within the required time and promise nothing beyond your authority'],
      ]),
    },
    {
      id: 'crisis',
      name: label('危机', 'Crisis'),
      color: '#303133',
      cells: ['G'],
      visitsPerMonth: 22,
      cadence: { kind: 'everyDays', days: 1 },
      strategy: strategy([
        ['立即上报，启动危机处理小组', 'Report at once and bring in the crisis team'],
        ['统一由一位发言人对外沟通', 'One spokesperson speaks for the company'],
        ['先控制事态，再查明原因和责任', 'Contain the situation first, then establish causes and responsibility'],
        ['每天跟进并通报进展，直到危机解除', 'Follow up and report progress daily until the crisis is over'],
      ]),
    },
  ],
  layout: { rows: { axis: 'satisfaction', order: ['A', 'B', 'C', 'D', 'E', 'F', 'G'] }, columns: null },
  inputs: [
    {
      attribute: 'satisfaction',
      label: label('满意度', 'Satisfaction'),
      type: 'choice',
      dictionary: 'satisfaction',
      values: satisfactionAxis.values.map((v) => ({ value: v.value, label: v.label })),
      headers: ['满意程度', '客户满意度', 'satisfaction', 'satisfaction grade'],
    },
    // The bands are on a 1–5 survey score.
    {
      attribute: 'satisfactionScore',
      label: label('满意度得分', 'Satisfaction score'),
      type: 'number',
      unit: label('分', 'points'),
      min: 1,
      max: 5,
      headers: ['满意度评分', '满意度分数', '调查得分', 'satisfaction score', 'survey score'],
    },
  ],
  vocabulary: PRESET_VOCABULARIES.satisfaction,
};
