import type { CalibrationRules } from '../grading/calibration';
import { QUICK_REASON_TEXTS, type QuickReason } from './moveLogic';

/**
 * What reason a move needs (issue 15.3). Every move needs a reason (DOMAIN 2.6); a move of more
 * steps than the model's `writtenReasonBeyondSteps` also needs the manager's own words: a quick
 * pick alone ("实际处方量高于模型判断") does not explain a jump from A3 to A1. The board's
 * dialog and the core's 'grades.override' both decide with these functions.
 */
export type ReasonNeed = 'any' | 'written';

/** Shortest own text that counts as written (两个字 such as 离职 is a reason). */
export const MIN_WRITTEN_REASON = 2;

// Every model's quick words: a reason keeps its words when the active model changes later.
const PICKED: readonly string[] = Object.values(QUICK_REASON_TEXTS).flatMap((texts) =>
  (Object.keys(texts) as QuickReason[]).filter((reason) => reason !== 'other').flatMap((reason) => [texts[reason]['zh-CN'], texts[reason].en]),
);

/** The reason without a leading quick pick and its separator: what the manager wrote. */
export function writtenPart(reason: string): string {
  const text = reason.trim().replace(/\s+/g, ' ');
  const picked = PICKED.find((quick) => text.startsWith(quick));
  if (picked === undefined) return text;
  return text.slice(picked.length).replace(/^[\s:：,，;；.。\-—–]+/, '');
}

export function isWrittenReason(reason: string): boolean {
  return [...writtenPart(reason)].length >= MIN_WRITTEN_REASON;
}

/** The need of a move of `steps` steps; unknown steps (from an ungraded client) need any reason. */
export function reasonNeed(rules: Pick<CalibrationRules, 'writtenReasonBeyondSteps'>, steps: number | null): ReasonNeed {
  const beyond = rules.writtenReasonBeyondSteps;
  return beyond !== null && steps !== null && steps > beyond ? 'written' : 'any';
}

/** Whether `reason` is enough for a move of `steps` steps. */
export function reasonSuffices(rules: Pick<CalibrationRules, 'writtenReasonBeyondSteps'>, steps: number | null, reason: string): boolean {
  if (reason.trim() === '') return false;
  return reasonNeed(rules, steps) === 'any' || isWrittenReason(reason);
}
