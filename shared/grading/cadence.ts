import type { GradeAttributes } from './gradeTypes';
import type { Cadence } from './modelShape';
import { normaliseKey } from './normaliseKey';
import { isAbsent } from './numbers';

/** Average days in a month, used to express `everyMonths` as a gap in days. */
export const DAYS_PER_MONTH = 365.25 / 12;

/** Entered values that mean "not yet" for a phase switch attribute (after normaliseKey). */
const NOT_YET = new Set(['0', 'false', 'no', 'n', 'none', '否', '无', '未', '没有', '未到']);

/**
 * The phase a client is in under a phased cadence, or null for other cadences. Without a
 * `switchAttribute`, or when it is blank or says "not yet" (0, false, no, 否, 无 …), the client
 * is in the first phase. A value naming a phase id selects that phase; any other entered value
 * (yes, 是, a delivery date …) means the switch happened: the second phase.
 */
export function phaseOfClient(cadence: Cadence, attrs: GradeAttributes): string | null {
  if (cadence.kind !== 'phases') return null;
  const [first, second] = cadence.phases;
  if (!first) return null;
  if (cadence.switchAttribute === undefined) return first.id;
  const raw = attrs[cadence.switchAttribute];
  if (isAbsent(raw)) return first.id;
  const key = normaliseKey(String(raw));
  if (key === '' || NOT_YET.has(key)) return first.id;
  const named = cadence.phases.find((phase) => normaliseKey(phase.id) === key);
  return (named ?? second ?? first).id;
}

/**
 * Days from the last contact (or from the start of the phase when `contactsSoFar` is 0) to the
 * next one, or null when the cadence plans no fixed gap (none, followOrders, caseByCase) or the
 * phase id is not one of the cadence's phases.
 *
 * - everyDays: always `days`; everyMonths: `months` × DAYS_PER_MONTH, rounded (2 months → 61).
 * - schedule / phases: the gap at position `contactsSoFar`. Once the schedule is used up the
 *   last gap repeats (1-1-2-3-7-7-15 goes on every 15 days), so a client is never silently
 *   dropped; moving the client to another grade is what ends a schedule.
 * - `phaseId` is ignored except for phases; null there means the first phase.
 * - `contactsSoFar` below 0 or not finite counts as 0; fractions are rounded down.
 */
export function nextContactDays(cadence: Cadence, phaseId: string | null, contactsSoFar: number): number | null {
  const n = Number.isFinite(contactsSoFar) && contactsSoFar > 0 ? Math.floor(contactsSoFar) : 0;
  switch (cadence.kind) {
    case 'everyDays':
      return cadence.days;
    case 'everyMonths':
      return Math.round(cadence.months * DAYS_PER_MONTH);
    case 'schedule':
      return gapAt(cadence.days, n);
    case 'phases': {
      const phase = phaseId === null ? cadence.phases[0] : cadence.phases.find((p) => p.id === phaseId);
      return phase ? gapAt(phase.days, n) : null;
    }
    case 'none':
    case 'followOrders':
    case 'caseByCase':
      return null;
  }
}

function gapAt(days: readonly number[], n: number): number | null {
  return days[Math.min(n, days.length - 1)] ?? null;
}

/**
 * The client attribute that states when a client's schedule started (e.g. the day a sample was
 * requested), as a date. Without it a plan counts from the day the client entered its cell.
 */
export const SCHEDULE_START_ATTRIBUTE = 'scheduleStart';

/**
 * The successive gaps a date-fixed cadence follows (everyDays, schedule, or the phase's gaps),
 * or null for cadences that plan no dates (everyMonths is a monthly frequency; none, followOrders,
 * caseByCase plan nothing) and for a phase id the cadence does not have (null = the first phase).
 */
export function gapsOfCadence(cadence: Cadence, phaseId: string | null): readonly number[] | null {
  switch (cadence.kind) {
    case 'everyDays':
      return [cadence.days];
    case 'schedule':
      return cadence.days;
    case 'phases':
      return (phaseId === null ? cadence.phases[0] : cadence.phases.find((p) => p.id === phaseId))?.days ?? null;
    default:
      return null;
  }
}
