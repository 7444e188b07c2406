import { AppFailure } from '../../../shared/contract';
import { monthsOfPeriod } from '../../../shared/planning/dates';
import { defineCommand, type CommandTable } from '../commands/defineCommand';
import type { CoreContext } from '../context';
import {
  deletePlanEdits,
  insertPlanEdit,
  readRepPlanning,
  updateRepPlanning,
  writeCalendarDay,
  writeRepDayOff,
} from '../db/repos/planningRepo';
import { checkVisitEdit, requireDate, requireRep } from './planningService';

type PlanningCommandNames = 'planning.updateRep' | 'planning.setCalendarDay' | 'planning.setDayOff' | 'planning.editVisit' | 'planning.resetEdits';

/** The planning page's changes: a rep's capacity, the calendar, days off and manual plan changes; each one undo step. */
export function planningCommands(ctx: CoreContext): Pick<CommandTable, PlanningCommandNames> {
  return {
    'planning.updateRep': defineCommand('planning.updateRep', {
      kind: 'undoable',
      run: ({ repId, visitsPerDay, workingDaysOverride }, run) => {
        if (!readRepPlanning(ctx.db, repId)) throw new AppFailure('reps.notFound');
        const changes = { visitsPerDay, workingDaysOverride };
        updateRepPlanning(ctx.db, repId, changes, run.now);
        Object.assign(run.summary, { repId, fields: Object.keys(changes).filter((key) => changes[key as keyof typeof changes] !== undefined) });
        return { repId, ...readRepPlanning(ctx.db, repId)! };
      },
    }),
    'planning.setCalendarDay': defineCommand('planning.setCalendarDay', {
      kind: 'undoable',
      run: ({ date, kind, name }, run) => {
        requireDate(date);
        writeCalendarDay(ctx.db, date, kind, name, run.now);
        Object.assign(run.summary, { date, kind });
        return { date };
      },
    }),
    'planning.setDayOff': defineCommand('planning.setDayOff', {
      kind: 'undoable',
      run: ({ repId, date, off, note }, run) => {
        requireDate(date);
        requireRep(ctx, repId);
        writeRepDayOff(ctx.db, repId, date, off, note, run.now);
        Object.assign(run.summary, { repId, date, off });
        return { repId, date, off };
      },
    }),
    'planning.editVisit': defineCommand('planning.editVisit', {
      kind: 'undoable',
      run: (input, run) => {
        const edit = checkVisitEdit(ctx, input);
        const editId = insertPlanEdit(ctx.db, edit, run.now);
        Object.assign(run.summary, { repId: input.repId, clientId: input.clientId, kind: input.kind });
        return { editId };
      },
    }),
    'planning.resetEdits': defineCommand('planning.resetEdits', {
      kind: 'undoable',
      run: ({ period, repId, clientId }, run) => {
        const count = deletePlanEdits(ctx.db, monthsOfPeriod(period), repId, clientId);
        Object.assign(run.summary, { period, count });
        return { count };
      },
    }),
  };
}
