import { AppFailure } from '../../../shared/contract';
import { reasonSuffices } from '../../../shared/board/moveReason';
import { calibrationRules, stepMeasure } from '../../../shared/grading/calibration';
import { assertUnlocked } from '../calibration/calibrationState';
import { defineCommand, type CommandTable } from '../commands/defineCommand';
import type { CoreContext } from '../context';
import { recordGradeChanges, type GradeChange } from '../db/repos/changeLogRepo';
import { deleteOverride, gradeStates, writeOverride } from '../db/repos/overridesRepo';

/** The current grade of each client, refusing ids that do not exist. */
function currentGrades(ctx: CoreContext, modelId: string, clientIds: readonly number[]) {
  const unique = [...new Set(clientIds)];
  const states = gradeStates(ctx.db, modelId, unique);
  if (states.length < unique.length) throw new AppFailure('clients.notFound', { count: unique.length - states.length });
  return states;
}

/**
 * Moving clients to a cell by hand, with a reason, and taking them back to the formula's cell:
 * each one undo step, with one history entry per client whose effective cell changed. Both are
 * refused while the grading is signed off; a move beyond the model's calibration steps needs a
 * written reason (shared/board/moveReason.ts, the rule the board's dialog uses too).
 */
export function overrideCommands(ctx: CoreContext): Pick<CommandTable, 'grades.override' | 'grades.clearOverride'> {
  return {
    'grades.override': defineCommand('grades.override', {
      kind: 'undoable',
      run: ({ clientIds, cell, reason }, run) => {
        assertUnlocked(ctx.db);
        const { definition: model, version } = ctx.grading.model();
        if (!model.cells.some((candidate) => candidate.code === cell)) throw new AppFailure('grades.unknownCell', { cell });
        const rules = calibrationRules(model);
        const steps = stepMeasure(model);
        const moves: GradeChange[] = [];
        let count = 0;
        for (const row of currentGrades(ctx, model.id, clientIds)) {
          if (row.override && row.override.cell === cell && row.override.reason === reason) continue;
          const current = row.override?.cell ?? row.formula;
          const distance = current === cell ? 0 : steps(current, cell);
          if (!reasonSuffices(rules, distance, reason)) {
            throw new AppFailure('grades.writtenReasonRequired', { from: current ?? '—', to: cell, steps: distance ?? 0, max: rules.writtenReasonBeyondSteps ?? 0 });
          }
          writeOverride(ctx.db, { client_id: row.id, model_id: model.id, cell, reason, model_version: version, created_at: run.now });
          count++;
          const from = row.override?.cell ?? row.formula;
          if (from !== cell) moves.push({ modelId: model.id, clientId: row.id, kind: 'override', from, to: cell });
        }
        if (run.changeId !== null) recordGradeChanges(ctx.db, run.changeId, moves);
        Object.assign(run.summary, { cell, count, reason });
        return { changeId: count > 0 ? run.changeId : null, count };
      },
    }),
    'grades.clearOverride': defineCommand('grades.clearOverride', {
      kind: 'undoable',
      run: ({ clientIds }, run) => {
        assertUnlocked(ctx.db);
        const { definition: model } = ctx.grading.model();
        const rows = currentGrades(ctx, model.id, clientIds).filter((row) => row.override !== null);
        const moves: GradeChange[] = [];
        for (const row of rows) {
          deleteOverride(ctx.db, model.id, row.id);
          if (row.override!.cell !== row.formula) moves.push({ modelId: model.id, clientId: row.id, kind: 'override', from: row.override!.cell, to: row.formula });
        }
        if (run.changeId !== null) recordGradeChanges(ctx.db, run.changeId, moves);
        Object.assign(run.summary, { count: rows.length });
        return { changeId: rows.length > 0 ? run.changeId : null, count: rows.length };
      },
    }),
  };
}
