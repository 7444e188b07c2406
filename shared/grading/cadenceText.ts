import type { LocalizedText } from '../domain/schemas';
import type { Locale } from '../i18n/locales';
import type { Cadence, ModelAction, Zone } from './modelShape';

/**
 * What a model prescribes, in its own words: the one formatter of cadences and monthly figures
 * for the plans page, the printed plan and the exports, in zh-CN and en. The contact is named by
 * the model's action (拜访 / 跟进 / 面谈), so the staff nine-grid speaks of reviews, not visits.
 */

export interface ActionWords {
  /** One contact: 拜访, visit. */
  noun: string;
  /** Several: 拜访, visits (Chinese has no plural). */
  nouns: string;
  /** Capitalised for the start of an English sentence. */
  Noun: string;
  Nouns: string;
  /** The plans page's title (every rep's plans): 拜访计划, Follow-up plans. */
  plan: string;
  /** The printed plan's title: 拜访频率计划, Review plan. */
  printTitle: string;
}

/** The one table of action words. */
export const ACTION_WORDS: Readonly<Record<ModelAction, Record<Locale, ActionWords>>> = {
  visit: {
    'zh-CN': { noun: '拜访', nouns: '拜访', Noun: '拜访', Nouns: '拜访', plan: '拜访计划', printTitle: '拜访频率计划' },
    en: { noun: 'visit', nouns: 'visits', Noun: 'Visit', Nouns: 'Visits', plan: 'Visit plans', printTitle: 'Visit-frequency plan' },
  },
  followUp: {
    'zh-CN': { noun: '跟进', nouns: '跟进', Noun: '跟进', Nouns: '跟进', plan: '跟进计划', printTitle: '跟进计划' },
    en: { noun: 'follow-up', nouns: 'follow-ups', Noun: 'Follow-up', Nouns: 'Follow-ups', plan: 'Follow-up plans', printTitle: 'Follow-up plan' },
  },
  review: {
    'zh-CN': { noun: '面谈', nouns: '面谈', Noun: '面谈', Nouns: '面谈', plan: '面谈计划', printTitle: '面谈计划' },
    en: { noun: 'review', nouns: 'reviews', Noun: 'Review', Nouns: 'Reviews', plan: 'Review plans', printTitle: 'Review plan' },
  },
};

/** The model's action, 'visit' when it declares none (the pharma default). */
export function actionOfModel(model: { action?: ModelAction | undefined }): ModelAction {
  return model.action ?? 'visit';
}

export function actionWords(action: ModelAction, locale: Locale): ActionWords {
  return ACTION_WORDS[action][locale];
}

const both = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

/** 2 → '2', 2.5 → '2.5', 1/3 → '0.33'. */
function number(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** k when n is 1/k for a whole k ≥ 2 (0.5 → 2), else null. */
function everyKth(n: number): number | null {
  if (!(n > 0 && n < 1)) return null;
  const k = Math.round(1 / n);
  return k >= 2 && Math.abs(1 / k - n) < 1e-6 ? k : null;
}

function everyDaysText(days: number, zh: ActionWords, en: ActionWords): LocalizedText {
  if (days === 1) return both(`每天${zh.noun}`, `Daily ${en.noun}`);
  if (days === 7) return both(`每周${zh.noun}`, `Weekly ${en.noun}`);
  if (days % 7 === 0) return both(`每${days === 14 ? '两' : days / 7}周${zh.noun}`, `${en.Noun} every ${days / 7} weeks`);
  return both(`每${days}天${zh.noun}`, `${en.Noun} every ${days} days`);
}

/** The tail of a schedule: '之后每15天' / 'then every 15 days'. */
function thenEvery(days: number): LocalizedText {
  if (days === 1) return both('之后每天', 'then daily');
  if (days === 7) return both('之后每周', 'then weekly');
  return both(`之后每${days}天`, `then every ${days} days`);
}

/** Gaps 1-1-2-3-7-7-15 → '第1、2、4、7、14、21、36天跟进，之后每15天' (days after the schedule's start). */
function scheduleText(gaps: readonly number[], zh: ActionWords, en: ActionWords): LocalizedText {
  if (gaps.length === 1) return everyDaysText(Math.max(1, gaps[0]!), zh, en);
  let day = 0;
  const days = gaps.map((gap) => (day += gap));
  const tail = thenEvery(Math.max(1, gaps[gaps.length - 1]!));
  return both(`第${days.join('、')}天${zh.noun}，${tail['zh-CN']}`, `${en.Nouns} on days ${days.join(', ')}, ${tail.en}`);
}

function everyMonthsText(months: number, zh: ActionWords, en: ActionWords): LocalizedText {
  if (months === 1) return both(`每月${zh.noun}一次`, `Monthly ${en.noun}`);
  if (months === 3) return both(`每季度${zh.noun}一次`, `Quarterly ${en.noun}`);
  if (months === 6) return both(`每半年${zh.noun}一次`, `${en.Noun} every 6 months`);
  if (months === 12) return both(`每年${zh.noun}一次`, `Yearly ${en.noun}`);
  return both(`每${number(months)}个月${zh.noun}一次`, `${en.Noun} every ${number(months)} months`);
}

/** A cadence in the model's words. */
export function cadenceText(cadence: Cadence, action: ModelAction): LocalizedText {
  const zh = ACTION_WORDS[action]['zh-CN'];
  const en = ACTION_WORDS[action].en;
  switch (cadence.kind) {
    case 'everyDays':
      return everyDaysText(cadence.days, zh, en);
    case 'schedule':
      return scheduleText(cadence.days, zh, en);
    case 'phases': {
      if (cadence.phases.length === 1) return scheduleText(cadence.phases[0]!.days, zh, en);
      const parts = cadence.phases.map((phase) => ({ label: phase.label, text: scheduleText(phase.days, zh, en) }));
      return both(
        parts.map((p) => `${p.label['zh-CN']}：${p.text['zh-CN']}`).join('；'),
        parts.map((p) => `${p.label.en}: ${p.text.en}`).join('; '),
      );
    }
    case 'everyMonths':
      return everyMonthsText(cadence.months, zh, en);
    case 'none':
      return both(`不安排${zh.noun}`, `No ${en.nouns} planned`);
    case 'followOrders':
      return both(`按客户订货节奏${zh.noun}`, `${en.Noun} on the client’s ordering rhythm`);
    case 'caseByCase':
      return both('视情况处理', 'Case by case');
  }
}

/** A monthly figure in the model's words: '每月拜访8次', '每2个月拜访1次', null → not planned. */
export function frequencyText(visitsPerMonth: number | null, action: ModelAction): LocalizedText {
  const zh = ACTION_WORDS[action]['zh-CN'];
  const en = ACTION_WORDS[action].en;
  if (visitsPerMonth === null) return both('不排入计划', 'Not planned');
  if (!(visitsPerMonth > 0)) return both(`不安排${zh.noun}`, `No ${en.nouns}`);
  const k = everyKth(visitsPerMonth);
  if (k !== null) return both(`每${k}个月${zh.noun}1次`, `One ${en.noun} every ${k} months`);
  const n = number(visitsPerMonth);
  return both(`每月${zh.noun}${n}次`, `${n} ${visitsPerMonth === 1 ? en.noun : en.nouns} a month`);
}

type ZoneFigures = Pick<Zone, 'visitsPerMonth' | 'cellVisitsPerMonth' | 'cadence' | 'cells'>;

/**
 * What the model prescribes for one cell: its zone's cadence, else the cell's figure, else the
 * zone's. With a phase id, a phased cadence gives that phase's schedule only (a client is in one
 * phase at a time).
 */
export function cellPrescriptionText(zone: ZoneFigures, cell: string, action: ModelAction, phaseId: string | null = null): LocalizedText {
  const cadence = zone.cadence;
  if (cadence?.kind === 'phases' && phaseId !== null) {
    const phase = cadence.phases.find((p) => p.id === phaseId);
    if (phase) return scheduleText(phase.days, ACTION_WORDS[action]['zh-CN'], ACTION_WORDS[action].en);
  }
  if (cadence) return cadenceText(cadence, action);
  return frequencyText(zone.cellVisitsPerMonth?.[cell] ?? zone.visitsPerMonth, action);
}

/** What the model prescribes for a zone; cells with their own figure are named ('A3 每月拜访4次，B3 每月拜访2次'). */
export function zonePrescriptionText(zone: ZoneFigures, action: ModelAction): LocalizedText {
  if (zone.cadence) return cadenceText(zone.cadence, action);
  const own = zone.cells.filter((cell) => zone.cellVisitsPerMonth?.[cell] !== undefined && zone.cellVisitsPerMonth[cell] !== zone.visitsPerMonth);
  if (own.length === 0) return frequencyText(zone.visitsPerMonth, action);
  const parts = zone.cells.map((cell) => ({ cell, text: cellPrescriptionText(zone, cell, action) }));
  return both(parts.map((p) => `${p.cell} ${p.text['zh-CN']}`).join('，'), parts.map((p) => `${p.cell}: ${p.text.en}`).join(', '));
}
