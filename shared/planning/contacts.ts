import { zoneOfCell } from '../grading/board';
import { DAYS_PER_MONTH, gapsOfCadence, phaseOfClient, SCHEDULE_START_ATTRIBUTE } from '../grading/cadence';
import type { GradeAttributes } from '../grading/gradeTypes';
import type { Cadence, ModelDefinition } from '../grading/modelShape';
import { isWorkingDayNumber, type WorkCalendar } from './calendar';
import { dateOfDayNumber, dayNumber, parseDateText } from './dates';

/**
 * What a cell's zone prescribes, as planning reads it:
 * - frequency: visits per month spread over the month (the zone's figure, or 1/m for a cadence
 *   of once every m months, phased over the months like any fractional frequency);
 * - dates: a cadence with fixed gaps (every n days, a schedule such as 1-1-2-3-7-7-15, phases):
 *   the contacts fall on dates counted from the client's start (see cadenceContacts);
 * - unplanned: the model says how, but not when (follow the client's orders, case by case, or
 *   no contact): no visits, and the plan lists the client with the model's words.
 * A zone's cadence overrides its monthly figure; without a cadence the figure rules as before.
 */
export type DateCadence = Extract<Cadence, { kind: 'everyDays' | 'schedule' | 'phases' }>;
export type UnplannedKind = Extract<Cadence['kind'], 'followOrders' | 'caseByCase' | 'none'>;

export type CellPlan =
  | { kind: 'frequency'; frequency: number }
  /** `frequency` is the model's monthly figure for the cell, else the cadence's last gap as visits a month (for display only). */
  | { kind: 'dates'; cadence: DateCadence; frequency: number }
  | { kind: 'unplanned'; reason: UnplannedKind };

const round2 = (n: number) => Math.round(n * 100) / 100;

export function cellPlanOf(model: ModelDefinition, cell: string | null): CellPlan {
  const zone = cell === null ? undefined : zoneOfCell(model, cell);
  if (!zone || cell === null) return { kind: 'frequency', frequency: 0 };
  const figure = zone.cellVisitsPerMonth?.[cell] ?? zone.visitsPerMonth;
  const cadence = zone.cadence;
  if (!cadence) return { kind: 'frequency', frequency: figure ?? 0 };
  switch (cadence.kind) {
    case 'everyMonths':
      return { kind: 'frequency', frequency: 1 / cadence.months };
    case 'everyDays':
    case 'schedule':
    case 'phases': {
      const gaps = gapsOfCadence(cadence, null) ?? [1];
      return { kind: 'dates', cadence, frequency: figure ?? round2(DAYS_PER_MONTH / Math.max(1, gaps[gaps.length - 1]!)) };
    }
    default:
      return { kind: 'unplanned', reason: cadence.kind };
  }
}

/** What the core knows of when a client's schedule started; both optional (see contactStartOf). */
export interface CadenceClientInfo {
  id: number;
  /** The day the client entered its current cell (from the grade history), else the day it was added. */
  cadenceStart?: string | null;
  /** The client's own attributes: `scheduleStart` and a phase's switch attribute. */
  attributes?: GradeAttributes;
}

export interface ContactStart {
  /** The day the gaps count from; null when unknown. */
  anchor: string | null;
  /** The client's phase under a phased cadence, else null. */
  phaseId: string | null;
  gaps: readonly number[];
}

/**
 * Where a client's contacts count from. The anchor is the client's `scheduleStart` attribute when
 * it holds a date, else `cadenceStart`. A client in a later phase (the switch attribute says the
 * sample has arrived) counts that phase's gaps from the switch attribute's date when it holds one
 * (e.g. sampleDelivered = 2026-12-03), else from the same anchor.
 */
export function contactStartOf(cadence: DateCadence, client: CadenceClientInfo): ContactStart {
  const attrs = client.attributes ?? {};
  const anchor = parseDateText(attrs[SCHEDULE_START_ATTRIBUTE]) ?? client.cadenceStart ?? null;
  if (cadence.kind !== 'phases') return { anchor, phaseId: null, gaps: gapsOfCadence(cadence, null) ?? [1] };
  const phaseId = phaseOfClient(cadence, attrs);
  const gaps = gapsOfCadence(cadence, phaseId) ?? cadence.phases[0]!.days;
  const later = phaseId !== null && phaseId !== cadence.phases[0]!.id;
  const switched = later && cadence.switchAttribute !== undefined ? parseDateText(attrs[cadence.switchAttribute]) : null;
  return { anchor: switched ?? anchor, phaseId, gaps };
}

/** A working day this many days after the first one is not searched for: a calendar of all holidays. */
const MAX_SHIFT = 366;

function nextWorkingDayNumber(calendar: WorkCalendar, day: number): number {
  for (let d = day; d < day + MAX_SHIFT; d++) if (isWorkingDayNumber(calendar, d)) return d;
  return day;
}

/**
 * Walks the contacts of `gaps` from `anchor` (day numbers): the first contact gaps[0] days after
 * the anchor, each next one gaps[k] days after the previous contact as it was made, and a contact
 * that falls on a day off moves to the next working day; the last gap repeats. Counting from the
 * contact as made means a moved contact never brings the next one closer than its gap, at the
 * price of drifting a day after a holiday (as a rep would: "a week after we last spoke").
 * A gap of 0 counts as 1: a client is contacted at most once a day.
 * Calls `visit` for every contact in [from, to] and returns the first contact after `to`.
 */
function walkContacts(
  gaps: readonly number[],
  anchor: number,
  calendar: WorkCalendar,
  from: number,
  to: number,
  visit: (day: number) => void,
): number {
  let day = anchor;
  for (let k = 0; ; k++) {
    const last = k >= gaps.length - 1;
    const gap = Math.max(1, gaps[Math.min(k, gaps.length - 1)] ?? 1);
    // Daily once the schedule is used up: every working day is a contact, so skip to the range.
    if (last && gap === 1 && day < from - 1) day = from - 1;
    day = nextWorkingDayNumber(calendar, day + gap);
    if (day > to) return day;
    if (day >= from) visit(day);
  }
}

export interface ClientContacts {
  /** The prescribed contact dates in the range, on the calendar's working days, in order. */
  dates: string[];
  /** The first prescribed contact after the range. */
  next: string;
  /** The day the contacts count from; null when unknown (then see cadenceContacts). */
  anchor: string | null;
  phaseId: string | null;
}

/**
 * The contacts a date-fixed cadence prescribes for a client between `from` and `to` (inclusive).
 * A client whose start is unknown is taken to be in the steady state: its last gap only, counted
 * from a day before `from` offset by its id so that such clients spread over the days; that
 * estimate is not continued from one range to the next.
 */
export function cadenceContacts(cadence: DateCadence, client: CadenceClientInfo, calendar: WorkCalendar, from: string, to: string): ClientContacts {
  const start = contactStartOf(cadence, client);
  const first = dayNumber(from);
  const end = dayNumber(to);
  let gaps = start.gaps;
  let anchor: number;
  if (start.anchor !== null) anchor = dayNumber(start.anchor);
  else {
    const tail = Math.max(1, gaps[gaps.length - 1] ?? 1);
    gaps = [tail];
    anchor = first - 1 - (Math.abs(client.id) % tail);
  }
  const dates: string[] = [];
  const next = walkContacts(gaps, anchor, calendar, first, end, (day) => dates.push(dateOfDayNumber(day)));
  return { dates, next: dateOfDayNumber(next), anchor: start.anchor, phaseId: start.phaseId };
}
