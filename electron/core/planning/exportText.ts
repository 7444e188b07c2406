import type { PlanReport } from '../../../shared/contract/planningMethods';
import { actionWords, zonePrescriptionText, type ActionWords } from '../../../shared/grading/cadenceText';
import type { ModelVocabulary } from '../../../shared/grading/modelInputs';
import { vocabularyTexts, type VocabularyTexts } from '../../../shared/models/vocabulary';
import { safeFileNamePart } from '../../../shared/transfer/spreadsheetText';

/** A rep's name (or the like) as part of a plan's file name. */
export function safeFilePart(value: string): string {
  return safeFileNamePart(value, 60) || 'plan';
}

export const WEEKDAYS_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

export type PlanRepReport = PlanReport['reps'][number];

/** Zone names by id (Chinese, as the printed plan). */
export function zoneNames(report: PlanReport): Map<string, string> {
  return new Map(report.zones.map((zone) => [zone.id, zone.name['zh-CN']]));
}

/** The model's words for its contacts (拜访 / 跟进 / 面谈), in Chinese like the rest of the exports. */
export function planWords(report: PlanReport): ActionWords {
  return actionWords(report.model.action, 'zh-CN');
}

/** What each zone prescribes, in the model's words (Chinese), by zone id. */
export function zonePrescriptions(report: PlanReport): Map<string, string> {
  return new Map(report.zones.map((zone) => [zone.id, zonePrescriptionText(zone, report.model.action)['zh-CN']]));
}

/**
 * The model's words for its clients and their organisations (医院 / 科室 for the pharma models,
 * 单位 / 部门 for B2B, 团队 for staff), in Chinese like the rest of the exports: the core has no
 * i18next, so it reads the shared vocabulary table directly.
 */
export function clientWords(vocabulary: ModelVocabulary): VocabularyTexts {
  return vocabularyTexts(vocabulary, 'zh-CN');
}
