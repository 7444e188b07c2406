import { z } from 'zod';
import { command, query } from './defineMethod';
import { PLANNING } from './readScopes';
import { Id, LocalizedText } from '../domain/schemas';
import { CadenceSchema, ModelActionSchema } from '../grading/modelShape';

/** A calendar month, '2026-12'. */
export const MonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');
/** A plan period: a month ('2026-12') or a quarter ('2026-Q4'). */
export const PeriodSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/, 'YYYY-MM or YYYY-Qn');
/** A calendar date, '2026-12-01' (a real date: checked again in the core). */
export const DateSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'YYYY-MM-DD');

/** One rep's month: capacity against load (the board's load bar and the plans page). */
export const RepCapacitySchema = z.object({
  repId: Id,
  repName: z.string(),
  /** Working days that count: the rep's override when set, else the calendar's minus days off. */
  workingDays: z.number().int().nonnegative(),
  visitsPerDay: z.number().nonnegative(),
  /** workingDays × visitsPerDay. */
  capacity: z.number().nonnegative(),
  /** Visits due this month: Σ of the zone frequencies of the rep's clients' effective cells (0.5 counts in alternate months). */
  load: z.number().nonnegative(),
  /** capacity − load; negative when over. */
  slack: z.number(),
  over: z.boolean(),
});
export type RepCapacity = z.infer<typeof RepCapacitySchema>;

export const ZoneFrequencySchema = z.strictObject({
  visitsPerMonth: z.number().finite().min(0).max(31).nullable(),
  cellVisitsPerMonth: z.record(z.string().max(100), z.number().finite().min(0).max(31)).optional(),
});

/** A what-if: changed zone frequencies and visits per day, shown before anything is saved. */
export const WhatIfSchema = z.strictObject({
  zones: z.record(z.string().max(100), ZoneFrequencySchema).optional(),
  /** rep id (as text) → visits per day */
  visitsPerDay: z.record(z.string().regex(/^\d+$/), z.number().finite().min(0).max(50)).optional(),
});
export type WhatIf = z.infer<typeof WhatIfSchema>;

export const PlanZoneSchema = z.object({
  id: z.string(),
  name: LocalizedText,
  color: z.string(),
  visitsPerMonth: z.number().nullable(),
  cellVisitsPerMonth: z.record(z.string(), z.number()).optional(),
  cells: z.array(z.string()),
  strategy: z.object({ 'zh-CN': z.array(z.string()), en: z.array(z.string()) }),
  /** The zone's cadence when it has one: it rules over the monthly figures (words: zonePrescriptionText). */
  cadence: CadenceSchema.optional(),
});
export type PlanZone = z.infer<typeof PlanZoneSchema>;

/** The model a plan follows, with the word for its contacts (visit / follow-up / review). */
const PlanModelSchema = z.object({ id: z.string(), name: LocalizedText, action: ModelActionSchema });

/** A client as a plan shows it. */
export const PlanClientSchema = z.object({
  id: Id,
  name: z.string(),
  hospitalId: Id.nullable(),
  hospitalName: z.string().nullable(),
  department: z.string().nullable(),
  title: z.string().nullable(),
  cell: z.string().nullable(),
  zoneId: z.string().nullable(),
  volume: z.number().nullable(),
  /** Visits per month of the effective cell. */
  frequency: z.number().nonnegative(),
  /** How the cell is planned: a monthly frequency, dates of the zone's cadence, or not planned (the model's words say how). */
  plan: z.enum(['frequency', 'dates', 'unplanned']),
  /** Date-fixed cadences: the day the client's contacts count from (scheduleStart, else the day it entered its cell); null when unknown. */
  cadenceStart: DateSchema.nullable(),
  /** Phased cadences: the client's phase (e.g. sampleDelivered). */
  phaseId: z.string().nullable(),
  /** Date-fixed cadences: the first prescribed contact after the period. */
  nextDate: DateSchema.nullable(),
  /** Fractional frequencies (e.g. every 3 months) without a visit in the period: the next month one is due. */
  nextMonth: MonthSchema.nullable(),
});
export type PlanClientDto = z.infer<typeof PlanClientSchema>;

export const CutSchema = z.object({
  clientId: Id,
  zoneId: z.string().nullable(),
  cell: z.string().nullable(),
  volume: z.number().nullable(),
  visitsCut: z.number().int().positive(),
  visitsLeft: z.number().int().nonnegative(),
});

const PerZoneSchema = z.record(z.string(), z.object({ clients: z.number().int().nonnegative(), visits: z.number().nonnegative() }));

export const RepLoadSchema = RepCapacitySchema.extend({
  /** The calendar's working days this month minus the rep's days off. */
  calendarWorkingDays: z.number().int().nonnegative(),
  workingDaysOverride: z.number().int().nullable(),
  daysOff: z.number().int().nonnegative(),
  clients: z.number().int().nonnegative(),
  perZone: PerZoneSchema,
  /** What to cut first to fit (blue, then yellow, least volume first). */
  cuts: z.array(CutSchema),
  remainingOver: z.number().nonnegative(),
  /** The clients named in the cuts. */
  cutClients: z.array(PlanClientSchema),
});
export type RepLoad = z.infer<typeof RepLoadSchema>;

export const LoadReportSchema = z.object({
  month: MonthSchema,
  /** The month's year has a provisional calendar (e.g. 2027 before the official schedule). */
  calendarProvisional: z.boolean(),
  model: PlanModelSchema.extend({ builtin: z.boolean(), version: z.number().int() }),
  zones: z.array(PlanZoneSchema),
  reps: z.array(RepLoadSchema),
});
export type LoadReport = z.infer<typeof LoadReportSchema>;

export const CalendarEntrySchema = z.object({
  date: DateSchema,
  kind: z.enum(['holiday', 'workday']),
  name: z.string(),
  provisional: z.boolean(),
  builtin: z.boolean(),
});

export const PlanVisitSchema = z.object({
  clientId: Id,
  source: z.enum(['plan', 'added', 'moved']),
});

export const PlanDaySchema = z.object({
  date: DateSchema,
  capacity: z.number().int().nonnegative(),
  visits: z.array(PlanVisitSchema),
});

export const RepMonthPlanSchema = z.object({
  month: MonthSchema,
  workingDays: z.number().int().nonnegative(),
  capacity: z.number().nonnegative(),
  load: z.number().nonnegative(),
  slack: z.number(),
  over: z.boolean(),
  /** Visits in the plan (after cuts and manual changes). */
  scheduled: z.number().int().nonnegative(),
  perZone: PerZoneSchema,
  cuts: z.array(CutSchema),
  unscheduled: z.array(z.object({ clientId: Id, visits: z.number().int().positive() })),
  /** Clients with a visit outside its even-spacing window (the month was too tight). */
  displaced: z.array(Id),
  /** Manual changes kept in the database that could not be applied this time. */
  ignoredEdits: z.number().int().nonnegative(),
  edits: z.number().int().nonnegative(),
  days: z.array(PlanDaySchema),
});
export type RepMonthPlanDto = z.infer<typeof RepMonthPlanSchema>;

export const RepPlanSchema = z.object({
  repId: Id,
  repName: z.string(),
  visitsPerDay: z.number().nonnegative(),
  months: z.array(RepMonthPlanSchema),
  /**
   * The rep's clients with visits due or cut in the period, with their planned dates; under a
   * zone with a cadence every client of the zone, also those with no date (not planned, or due later).
   */
  clients: z.array(PlanClientSchema.extend({ dates: z.array(DateSchema), cutVisits: z.number().int().nonnegative() })),
});
export type RepPlan = z.infer<typeof RepPlanSchema>;

export const PlanReportSchema = z.object({
  period: PeriodSchema,
  months: z.array(MonthSchema),
  calendarProvisional: z.boolean(),
  model: PlanModelSchema,
  zones: z.array(PlanZoneSchema),
  reps: z.array(RepPlanSchema),
});
export type PlanReport = z.infer<typeof PlanReportSchema>;

const FileSchema = z.object({ fileName: z.string(), mime: z.string(), base64: z.string() });

/**
 * Contract methods of the planning feature, merged into `methods` (shared/contract/methods.ts).
 * Declared with query()/command() from ./defineMethod and zod schemas, like the rest.
 */
export const planningMethods = {
  /** Every rep's capacity and load for a month, under the active model. */
  'planning.capacity': query(z.strictObject({ month: MonthSchema }), z.array(RepCapacitySchema), PLANNING),
  /** Load against capacity with the cuts to fit; with `whatIf`, as it would be (nothing is saved). */
  'planning.load': query(z.strictObject({ month: MonthSchema, whatIf: WhatIfSchema.optional() }), LoadReportSchema, PLANNING),
  /** A rep's visits per day and working-day override (null = use the calendar). One undo step. */
  'planning.updateRep': command(
    z.strictObject({
      repId: Id,
      visitsPerDay: z.number().finite().min(0).max(50).optional(),
      workingDaysOverride: z.number().int().min(0).max(31).nullable().optional(),
    }),
    z.object({ repId: Id, visitsPerDay: z.number(), workingDaysOverride: z.number().int().nullable() }),
  ),
  /** The calendar's holidays and make-up working days of a year, and the working days per month. */
  'planning.calendar': query(
    z.strictObject({ year: z.number().int().min(2000).max(2100) }),
    z.object({
      year: z.number().int(),
      provisional: z.boolean(),
      entries: z.array(CalendarEntrySchema),
      months: z.array(z.object({ month: MonthSchema, workingDays: z.number().int().nonnegative() })),
    }), ['calendar']),
  /** Marks a date as a holiday or a make-up working day, or (kind null) back to the weekday rule. */
  'planning.setCalendarDay': command(
    z.strictObject({ date: DateSchema, kind: z.enum(['holiday', 'workday']).nullable(), name: z.string().trim().max(50).default('') }),
    z.object({ date: DateSchema }),
  ),
  'planning.daysOff': query(
    z.strictObject({ repId: Id, year: z.number().int().min(2000).max(2100).optional() }),
    z.array(z.object({ date: DateSchema, note: z.string() })), ['calendar', 'reps']),
  'planning.setDayOff': command(
    z.strictObject({ repId: Id, date: DateSchema, off: z.boolean(), note: z.string().trim().max(100).default('') }),
    z.object({ repId: Id, date: DateSchema, off: z.boolean() }),
  ),
  /** The plan of a month or quarter for some or all reps, with the manual changes applied. */
  'planning.schedule': query(z.strictObject({ period: PeriodSchema, repIds: z.array(Id).max(1000).optional() }), PlanReportSchema, PLANNING),
  /** A manual change to a rep's plan: move a visit to another day, add one or drop one. Kept until reset. */
  'planning.editVisit': command(
    z.strictObject({
      repId: Id,
      clientId: Id,
      kind: z.enum(['add', 'drop', 'move']),
      date: DateSchema,
      toDate: DateSchema.optional(),
    }),
    z.object({ editId: Id }),
  ),
  /** Removes the manual changes of a period (for one rep or client, or all), so the plan is regenerated. */
  'planning.resetEdits': command(
    z.strictObject({ period: PeriodSchema, repId: Id.optional(), clientId: Id.optional() }),
    z.object({ count: z.number().int().nonnegative() }),
  ),
  /** The plan as an Excel workbook, one sheet per rep. */
  'planning.exportXlsx': query(z.strictObject({ period: PeriodSchema, repIds: z.array(Id).max(1000).optional() }), FileSchema, PLANNING),
  /** A rep's visits as an iCalendar file for phone calendars. */
  'planning.exportIcs': query(z.strictObject({ period: PeriodSchema, repId: Id }), FileSchema, PLANNING),
} as const;
