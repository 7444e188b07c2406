import { describe, expect, it } from 'vitest';
import {
  actionOfModel,
  actionWords,
  cadenceText,
  cellPrescriptionText,
  frequencyText,
  zonePrescriptionText,
  type Cadence,
} from '../../../shared/grading';
import { DEAL_TIMING, EMPLOYEE_NINE_GRID, FOLLOW_UP_CADENCE, PHARMA_NINE_GRID, SATISFACTION } from '../../../shared/models';

const words = (model: typeof PHARMA_NINE_GRID, locale: 'zh-CN' | 'en') =>
  model.zones.map((zone) => zonePrescriptionText(zone, actionOfModel(model))[locale]);

describe('what a model prescribes, in its own words', () => {
  it('names each preset’s contact: visits by default, follow-ups, reviews', () => {
    expect(actionOfModel(PHARMA_NINE_GRID)).toBe('visit');
    expect(actionOfModel(FOLLOW_UP_CADENCE)).toBe('followUp');
    expect(actionOfModel(DEAL_TIMING)).toBe('followUp');
    expect(actionOfModel(EMPLOYEE_NINE_GRID)).toBe('review');
    expect(actionWords('visit', 'zh-CN')).toMatchObject({ noun: '拜访', plan: '拜访计划', printTitle: '拜访频率计划' });
    expect(actionWords('followUp', 'zh-CN')).toMatchObject({ noun: '跟进', plan: '跟进计划' });
    expect(actionWords('review', 'zh-CN')).toMatchObject({ noun: '面谈', plan: '面谈计划' });
    expect(actionWords('review', 'en')).toMatchObject({ noun: 'review', Nouns: 'Reviews', plan: 'Review plans' });
  });

  it('pharma: monthly figures, with the cells that have their own', () => {
    expect(words(PHARMA_NINE_GRID, 'zh-CN')).toEqual(['每月拜访8次', 'A3 每月拜访4次，B3 每月拜访2次', 'C1 每月拜访1次，C2 每2个月拜访1次，C3 不安排拜访']);
    expect(words(PHARMA_NINE_GRID, 'en')).toEqual([
      '8 visits a month',
      'A3: 4 visits a month, B3: 2 visits a month',
      'C1: 1 visit a month, C2: One visit every 2 months, C3: No visits',
    ]);
    const yellow = PHARMA_NINE_GRID.zones[1]!;
    expect(cellPrescriptionText(yellow, 'B3', 'visit')['zh-CN']).toBe('每月拜访2次');
  });

  it('follow-up cadence a–e: the orders, the sample schedule with its phases, every 2 / 3 / 6 months', () => {
    expect(words(FOLLOW_UP_CADENCE, 'zh-CN')).toEqual([
      '按客户订货节奏跟进',
      '已索样：第1、2、4、7、14、21、36天跟进，之后每15天；样品已到达：第3、10、13、20天跟进，之后每周',
      '每2个月跟进一次',
      '每季度跟进一次',
      '每半年跟进一次',
    ]);
    const samples = FOLLOW_UP_CADENCE.zones[1]!;
    expect(cellPrescriptionText(samples, 'b', 'followUp', 'sampleDelivered')['zh-CN']).toBe('第3、10、13、20天跟进，之后每周');
    expect(cellPrescriptionText(samples, 'b', 'followUp', 'unknown')['zh-CN']).toBe(zonePrescriptionText(samples, 'followUp')['zh-CN']);
    expect(words(FOLLOW_UP_CADENCE, 'en')).toEqual([
      'Follow-up on the client’s ordering rhythm',
      'Sample requested: Follow-ups on days 1, 2, 4, 7, 14, 21, 36, then every 15 days; Sample delivered: Follow-ups on days 3, 10, 13, 20, then weekly',
      'Follow-up every 2 months',
      'Quarterly follow-up',
      'Follow-up every 6 months',
    ]);
  });

  it('deal timing: daily, weekly, every 15 and 30 days, none; staff: reviews; satisfaction: case by case', () => {
    expect(words(DEAL_TIMING, 'zh-CN')).toEqual(['每天跟进', '每周跟进', '每15天跟进', '每30天跟进', '不安排跟进']);
    expect(words(DEAL_TIMING, 'en')).toEqual(['Daily follow-up', 'Weekly follow-up', 'Follow-up every 15 days', 'Follow-up every 30 days', 'No follow-ups planned']);
    expect(words(EMPLOYEE_NINE_GRID, 'zh-CN')).toEqual(['每月面谈一次', '每两周面谈', '每周面谈']);
    expect(words(EMPLOYEE_NINE_GRID, 'en')).toEqual(['Monthly review', 'Review every 2 weeks', 'Weekly review']);
    expect(words(SATISFACTION, 'zh-CN').slice(-2)).toEqual(['视情况处理', '每天跟进']);
  });

  it('covers the other shapes: a one-gap schedule, one phase, quarters, years, fractions', () => {
    const text = (cadence: Cadence) => cadenceText(cadence, 'review')['zh-CN'];
    expect(text({ kind: 'schedule', days: [10] })).toBe('每10天面谈');
    expect(text({ kind: 'schedule', days: [1, 7] })).toBe('第1、8天面谈，之后每周');
    expect(text({ kind: 'schedule', days: [2, 1] })).toBe('第2、3天面谈，之后每天');
    expect(text({ kind: 'phases', phases: [{ id: 'p', label: { 'zh-CN': '甲', en: 'A' }, days: [3, 4] }] })).toBe('第3、7天面谈，之后每4天');
    expect(text({ kind: 'everyMonths', months: 3 })).toBe('每季度面谈一次');
    expect(text({ kind: 'everyMonths', months: 12 })).toBe('每年面谈一次');
    expect(text({ kind: 'everyMonths', months: 1.5 })).toBe('每1.5个月面谈一次');
    expect(text({ kind: 'everyDays', days: 21 })).toBe('每3周面谈');
    expect(cadenceText({ kind: 'everyMonths', months: 3 }, 'review').en).toBe('Quarterly review');
    expect(cadenceText({ kind: 'everyMonths', months: 12 }, 'visit').en).toBe('Yearly visit');
    expect(cadenceText({ kind: 'caseByCase' }, 'visit')).toEqual({ 'zh-CN': '视情况处理', en: 'Case by case' });
    expect(frequencyText(2.5, 'visit')).toEqual({ 'zh-CN': '每月拜访2.5次', en: '2.5 visits a month' });
    expect(frequencyText(1 / 3, 'followUp')).toEqual({ 'zh-CN': '每3个月跟进1次', en: 'One follow-up every 3 months' });
    expect(frequencyText(0.4, 'visit')['zh-CN']).toBe('每月拜访0.4次');
    expect(frequencyText(null, 'visit')).toEqual({ 'zh-CN': '不排入计划', en: 'Not planned' });
  });
});
