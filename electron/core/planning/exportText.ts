import type { PlanReport } from '../../../shared/contract/planningMethods';

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
