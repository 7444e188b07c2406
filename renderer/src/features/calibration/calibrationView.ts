/**
 * What the calibration strip and dialogs show, as pure functions (unit-tested): target bounds,
 * the periods a sign-off offers, the steps of a pending move, the big movers by client.
 */
import { stepsOnGrid, type CalibrationTarget, type ShareStatus } from '../../../../shared/grading/calibration';
import type { BigMover } from '../../../../shared/contract/calibrationMethods';

/** The words a bound is written with, from the user's language. */
export interface BoundWords {
  atMost(share: string): string;
  atLeast(share: string): string;
  between(min: string, max: string): string;
}

/** "上限 10%", "下限 10%" or "10%–20%". */
export function boundText(target: Pick<CalibrationTarget, 'maxShare' | 'minShare'>, percent: (share: number) => string, words: BoundWords): string {
  const { maxShare, minShare } = target;
  if (maxShare !== null && minShare !== null) return words.between(percent(minShare), percent(maxShare));
  if (maxShare !== null) return words.atMost(percent(maxShare));
  return words.atLeast(percent(minShare ?? 0));
}

export function statusKey(status: ShareStatus): `calibration.strip.${ShareStatus}` {
  return `calibration.strip.${status}`;
}

export const isBreached = (status: ShareStatus): boolean => status === 'over' || status === 'under';

export type SignOffChoice = 'thisQuarter' | 'lastQuarter' | 'thisMonth' | 'lastMonth';

/** The periods a sign-off offers, newest quarter first (a quarter is signed off just after it ends). */
export function signOffChoices(now: Date): { choice: SignOffChoice; period: string }[] {
  const year = now.getFullYear();
  const month = now.getMonth() + 1;
  const quarter = Math.ceil(month / 3);
  const lastQuarter = quarter === 1 ? { year: year - 1, n: 4 } : { year, n: quarter - 1 };
  const lastMonth = month === 1 ? { year: year - 1, n: 12 } : { year, n: month - 1 };
  const monthText = (y: number, n: number) => `${y}-${String(n).padStart(2, '0')}`;
  return [
    { choice: 'lastQuarter', period: `${lastQuarter.year}-Q${lastQuarter.n}` },
    { choice: 'thisQuarter', period: `${year}-Q${quarter}` },
    { choice: 'lastMonth', period: monthText(lastMonth.year, lastMonth.n) },
    { choice: 'thisMonth', period: monthText(year, month) },
  ];
}

/** The most steps any card of a move takes on the drawn board; null when none can be measured. */
export function stepsOfMove(rows: readonly (readonly string[])[], cards: readonly { cell: string | null }[], target: string): number | null {
  let most: number | null = null;
  for (const card of cards) {
    if (card.cell === target) continue;
    const steps = stepsOnGrid(rows, card.cell, target);
    if (steps !== null && (most === null || steps > most)) most = steps;
  }
  return most;
}

export function directionKey(direction: BigMover['direction']): 'calibration.movers.up' | 'calibration.movers.down' | 'calibration.movers.sideways' {
  return direction === 1 ? 'calibration.movers.up' : direction === -1 ? 'calibration.movers.down' : 'calibration.movers.sideways';
}

export function moversByClient(movers: readonly BigMover[] | undefined): ReadonlyMap<number, BigMover> {
  return new Map((movers ?? []).map((mover) => [mover.clientId, mover]));
}

/** The date part of a stored time, in the user's time zone (2026年10月2日 / Oct 2, 2026). */
export function dateText(iso: string, locale: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}
