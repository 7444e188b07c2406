import { AppFailure } from '../../../shared/contract';
import { lockedError, type CalibrationState } from '../../../shared/contract/calibrationMethods';
import { calibrationRules } from '../../../shared/grading/calibration';
import type { CoreContext } from '../context';
import type { Db } from '../db/connection';
import { latestSignOff, lockedSignOff } from '../db/repos/signOffsRepo';

/** The active model's calibration rules and whether the grading is signed off. */
export function calibrationState(ctx: CoreContext): CalibrationState {
  const { definition: model, version } = ctx.grading.model();
  const rules = calibrationRules(model);
  const signOff = latestSignOff(ctx.db) ?? null;
  return {
    model: { id: model.id, version },
    rules: { targets: rules.targets, writtenReasonBeyondSteps: rules.writtenReasonBeyondSteps, bigMoverSteps: rules.bigMoverSteps },
    signOff,
    locked: signOff !== null && signOff.unlockedAt === null,
  };
}

/**
 * Refuses a change of the current grading while a period is signed off. The lock is on the
 * grading as it stands, not on a date range: it holds until an explicit unlock.
 */
export function assertUnlocked(db: Db): void {
  const lock = lockedSignOff(db);
  if (lock) {
    const { code, params } = lockedError(lock);
    throw new AppFailure(code, params);
  }
}
