import type { Axis, Cadence, ModelDefinition } from '../grading/modelShape';
import { axisCells, label, strategy } from './presetParts';
import { PRESET_VOCABULARIES } from './vocabulary';

/** Follow-up gaps in days while a sample is requested, and after it has arrived (DOMAIN 3.3). */
export const SAMPLE_REQUESTED_SCHEDULE: readonly number[] = [1, 1, 2, 3, 7, 7, 15];
export const SAMPLE_ARRIVED_SCHEDULE: readonly number[] = [3, 7, 3, 7];

const grade: Axis = {
  id: 'followUp',
  name: label('跟进级别', 'Follow-up grade'),
  values: [
    { value: 'a', label: label('a 订单客户', 'a order client') },
    { value: 'b', label: label('b 样品客户', 'b sample client') },
    { value: 'c', label: label('c 重要潜在客户', 'c important prospect') },
    { value: 'd', label: label('d 一般潜在客户', 'd ordinary prospect') },
    { value: 'e', label: label('e 暂无明显潜力', 'e no visible potential') },
  ],
  rule: { kind: 'entered', attribute: 'followUpGrade', dictionary: 'followUpGrade' },
};

/**
 * The b zone's phased cadence: gaps 1-1-2-3-7-7-15 while a sample is requested, then 3-7-3-7
 * once the client's `sampleDelivered` attribute says it has arrived (see phaseOfClient).
 */
export const SAMPLE_CADENCE: Extract<Cadence, { kind: 'phases' }> = {
  kind: 'phases',
  phases: [
    { id: 'sampleRequested', label: label('已索样', 'Sample requested'), days: [...SAMPLE_REQUESTED_SCHEDULE] },
    { id: 'sampleDelivered', label: label('样品已到达', 'Sample delivered'), days: [...SAMPLE_ARRIVED_SCHEDULE] },
  ],
  switchAttribute: 'sampleDelivered',
};

/**
 * 跟进级别 a–e for trade and manufacturing (DOMAIN 3.3): the grade is entered and moved up or
 * down by hand as clients change. Each grade is a zone with its cadence. visitsPerMonth for b
 * is 6: both sample schedules average about one contact every 5 days. The b zone's cadence has
 * two phases, sample requested and sample delivered; its strategy lines state both schedules.
 */
export const FOLLOW_UP_CADENCE: ModelDefinition = {
  id: 'follow-up-cadence',
  name: label('跟进频率分级（a–e）', 'Follow-up cadence grades (a–e)'),
  description: label(
    '外贸 / 制造业客户跟进：a 订单客户按其下单节奏，b 样品客户按寄样跟进表，c 每 2 个月，d 每 3 个月，e 每 6 个月；级别随客户变化升降。',
    'Trade / manufacturing follow-up: a order clients follow their ordering rhythm, b sample clients follow the sample schedule, c every 2 months, d every 3, e every 6; grades move up and down as clients change.',
  ),
  // 2: declares its word for a contact, inputs and words (a stored version 1 is replaced at start-up).
  version: 2,
  action: 'followUp',
  axes: [grade],
  cells: axisCells(grade),
  zones: [
    {
      id: 'orders',
      name: label('按订单节奏', 'Follow their orders'),
      color: '#d9363e',
      cells: ['a'],
      visitsPerMonth: null,
      cadence: { kind: 'followOrders' },
      strategy: strategy([
        ['按客户的下单周期跟进，在预计下单前联系', 'Follow the client’s ordering cycle and get in touch before the next order is due'],
        ['跟踪交货、质量和付款，及时解决问题', 'Track delivery, quality and payment and fix problems quickly'],
        ['下单节奏变慢时查明原因', 'Find out why when orders slow down'],
      ]),
    },
    {
      id: 'samples',
      name: label('样品跟进', 'Sample follow-up'),
      color: '#e6a23c',
      cells: ['b'],
      visitsPerMonth: 6,
      cadence: SAMPLE_CADENCE,
      strategy: strategy([
        [
          `客户索样期间按 ${SAMPLE_REQUESTED_SCHEDULE.join('-')} 天的间隔跟进`,
          `While a sample is requested, follow up after gaps of ${SAMPLE_REQUESTED_SCHEDULE.join('-')} days`,
        ],
        [
          `样品到达后改为按 ${SAMPLE_ARRIVED_SCHEDULE.join('-')} 天的间隔跟进`,
          `Once the sample has arrived, switch to gaps of ${SAMPLE_ARRIVED_SCHEDULE.join('-')} days`,
        ],
        ['确认样品寄出、到达和测试结果', 'Confirm the sample was sent, has arrived, and how the test went'],
        ['测试通过后推动首单，转为 a 级', 'After a good test push for the first order and move the client to a'],
      ]),
    },
    {
      id: 'important',
      name: label('重要潜在客户', 'Important prospects'),
      color: '#2e9d5b',
      cells: ['c'],
      visitsPerMonth: 1 / 2,
      cadence: { kind: 'everyMonths', months: 2 },
      strategy: strategy([
        ['每 2 个月联系一次', 'Get in touch every 2 months'],
        ['分享新品和案例，争取索样', 'Share new products and cases and aim for a sample request'],
      ]),
    },
    {
      id: 'ordinary',
      name: label('一般潜在客户', 'Ordinary prospects'),
      color: '#3a7bd5',
      cells: ['d'],
      visitsPerMonth: 1 / 3,
      cadence: { kind: 'everyMonths', months: 3 },
      strategy: strategy([
        ['每 3 个月联系一次', 'Get in touch every 3 months'],
        ['以邮件和产品资料保持联系', 'Keep in touch by e-mail and product news'],
      ]),
    },
    {
      id: 'dormant',
      name: label('暂无潜力', 'No visible potential'),
      color: '#909399',
      cells: ['e'],
      visitsPerMonth: 1 / 6,
      cadence: { kind: 'everyMonths', months: 6 },
      strategy: strategy([
        ['每 6 个月联系一次', 'Get in touch every 6 months'],
        ['出现需求信号时升级', 'Upgrade when a sign of need appears'],
      ]),
    },
  ],
  layout: { rows: { axis: 'followUp', order: ['a', 'b', 'c', 'd', 'e'] }, columns: null },
  inputs: [
    {
      attribute: 'followUpGrade',
      label: label('跟进级别', 'Follow-up grade'),
      type: 'choice',
      dictionary: 'followUpGrade',
      values: [
        { value: 'a', label: label('订单客户', 'Order client') },
        { value: 'b', label: label('样品客户', 'Sample client') },
        { value: 'c', label: label('重要潜在客户', 'Important prospect') },
        { value: 'd', label: label('一般潜在客户', 'Ordinary prospect') },
        { value: 'e', label: label('暂无明显潜力', 'No visible potential') },
      ],
      headers: ['跟进等级', '客户类型', 'follow-up grade', 'follow up grade', 'client type'],
    },
    // Blank while a sample is requested; any date (or 是) switches the b zone to the after-arrival schedule.
    {
      attribute: 'sampleDelivered',
      label: label('样品到达日期', 'Sample arrived on'),
      type: 'date',
      headers: ['样品到达', '到样日期', '样品到货日期', 'sample delivered', 'sample arrived', 'sample arrival date'],
    },
  ],
  vocabulary: PRESET_VOCABULARIES['follow-up-cadence'],
};
