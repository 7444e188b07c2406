import type { planningMethods } from '../../../shared/contract/planningMethods';
import type { CoreContext } from '../context';
import type { Handlers } from '../router';
import { planIcs } from '../planning/exportIcs';
import { planWorkbook } from '../planning/exportXlsx';
import {
  calendarOfYear,
  capacityOfMonth,
  daysOff,
  editVisit,
  loadReport,
  resetEdits,
  scheduleReport,
  setCalendarDay,
  setDayOff,
  updateRep,
} from '../planning/planningService';

/** Handlers of the planning feature's contract methods. */
export function planningHandlers(ctx: CoreContext): Pick<Handlers, keyof typeof planningMethods> {
  return {
    'planning.capacity': ({ month }) => capacityOfMonth(ctx, month),
    'planning.load': ({ month, whatIf }) => loadReport(ctx, month, whatIf),
    'planning.updateRep': ({ repId, visitsPerDay, workingDaysOverride }) => updateRep(ctx, repId, { visitsPerDay, workingDaysOverride }),
    'planning.calendar': ({ year }) => calendarOfYear(ctx, year),
    'planning.setCalendarDay': ({ date, kind, name }) => setCalendarDay(ctx, date, kind, name),
    'planning.daysOff': ({ repId, year }) => daysOff(ctx, repId, year),
    'planning.setDayOff': ({ repId, date, off, note }) => setDayOff(ctx, repId, date, off, note),
    'planning.schedule': ({ period, repIds }) => scheduleReport(ctx, period, repIds),
    'planning.editVisit': (input) => editVisit(ctx, input),
    'planning.resetEdits': ({ period, repId, clientId }) => resetEdits(ctx, period, repId, clientId),
    'planning.exportXlsx': ({ period, repIds }) => planWorkbook(scheduleReport(ctx, period, repIds)),
    'planning.exportIcs': ({ period, repId }) => planIcs(scheduleReport(ctx, period, [repId]), ctx.now()),
  };
}
