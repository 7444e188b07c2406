import { vocabularyOfModel } from '../../../shared/models/vocabulary';
import type { CoreContext } from '../context';
import type { QueryHandlers } from '../router';
import { planIcs } from '../planning/exportIcs';
import { planWorkbook } from '../planning/exportXlsx';
import { calendarOfYear, capacityOfMonth, daysOff, loadReport, scheduleReport } from '../planning/planningService';

type PlanningQueryNames =
  | 'planning.capacity'
  | 'planning.load'
  | 'planning.calendar'
  | 'planning.daysOff'
  | 'planning.schedule'
  | 'planning.exportXlsx'
  | 'planning.exportIcs';

/** The planning feature's reads (its commands are in planning/planningCommands.ts). */
export function planningHandlers(ctx: CoreContext): Pick<QueryHandlers, PlanningQueryNames> {
  return {
    'planning.capacity': ({ month }) => capacityOfMonth(ctx, month),
    'planning.load': ({ month, whatIf }) => loadReport(ctx, month, whatIf),
    'planning.calendar': ({ year }) => calendarOfYear(ctx, year),
    'planning.daysOff': ({ repId, year }) => daysOff(ctx, repId, year),
    'planning.schedule': ({ period, repIds }) => scheduleReport(ctx, period, repIds),
    // In the words of the model the plan follows (the active one): 医院 / 科室, 单位 / 部门, 团队 …
    'planning.exportXlsx': ({ period, repIds }) => planWorkbook(scheduleReport(ctx, period, repIds), vocabularyOfModel(ctx.grading.model().definition)),
    'planning.exportIcs': ({ period, repId }) => planIcs(scheduleReport(ctx, period, [repId]), ctx.now()),
  };
}
