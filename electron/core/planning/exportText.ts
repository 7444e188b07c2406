import type { PlanReport } from '../../../shared/contract/planningMethods';

/** A spreadsheet cell that starts like a formula is written as text with a leading apostrophe. */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A file name part without characters Windows or macOS refuse. */
export function safeFilePart(value: string): string {
  const printable = [...value].map((c) => (c.charCodeAt(0) < 32 ? '_' : c)).join('');
  return printable.replace(/[\\/:*?"<>|]/g, '_').trim().slice(0, 60) || 'plan';
}

export const WEEKDAYS_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

export type PlanRepReport = PlanReport['reps'][number];

/** Zone names by id (Chinese, as the printed plan). */
export function zoneNames(report: PlanReport): Map<string, string> {
  return new Map(report.zones.map((zone) => [zone.id, zone.name['zh-CN']]));
}
