import { AppFailure } from '../../../shared/contract';
import { defineCommand, type CommandTable } from '../commands/defineCommand';
import type { CoreContext } from '../context';
import { findSignOff, insertSignOff, lockedSignOff, writeUnlock } from '../db/repos/signOffsRepo';
import { takeSnapshot } from '../services/snapshots';

/**
 * Signing off a period and unlocking it, each one undo step. A sign-off freezes the grading in a
 * snapshot of the period (so what was signed off stays on record and big movers count from it)
 * and locks moves and override edits; an unlock needs a reason, kept on the sign-off and in the
 * history. Undoing a sign-off removes it and its snapshot; undoing an unlock locks again.
 */
export function signOffCommands(ctx: CoreContext): Pick<CommandTable, 'periods.signOff' | 'periods.unlock'> {
  return {
    'periods.signOff': defineCommand('periods.signOff', {
      kind: 'undoable',
      run: ({ period, signedBy, snapshotLabel }, run) => {
        const locked = lockedSignOff(ctx.db);
        if (locked) throw new AppFailure('periods.alreadySignedOff', { period: locked.period });
        const { definition: model, version } = ctx.grading.model();
        const snapshot = takeSnapshot(ctx, period, snapshotLabel ? snapshotLabel : undefined);
        const id = insertSignOff(ctx.db, { period, modelId: model.id, modelVersion: version, snapshotId: snapshot.id, signedBy, signedAt: run.now });
        Object.assign(run.summary, { period, snapshotId: snapshot.id, clients: snapshot.clients });
        return findSignOff(ctx.db, id)!;
      },
    }),
    'periods.unlock': defineCommand('periods.unlock', {
      kind: 'undoable',
      run: ({ period, reason }, run) => {
        const locked = lockedSignOff(ctx.db);
        if (!locked || locked.period !== period) throw new AppFailure('periods.notSignedOff', { period });
        writeUnlock(ctx.db, locked.id, run.now, reason);
        Object.assign(run.summary, { period, reason });
        return findSignOff(ctx.db, locked.id)!;
      },
    }),
  };
}
