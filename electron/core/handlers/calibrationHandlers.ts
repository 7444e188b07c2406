import type { calibrationMethods } from '../../../shared/contract/calibrationMethods';
import { bigMoversSince } from '../calibration/bigMovers';
import { calibrationState } from '../calibration/calibrationState';
import type { CoreContext } from '../context';
import type { Handlers } from '../router';

type CalibrationQueries = 'calibration.state' | 'calibration.bigMovers';

/** Queries of the calibration feature; 'periods.signOff' / 'periods.unlock' run through the pipeline. */
export function calibrationHandlers(ctx: CoreContext): Pick<Handlers, CalibrationQueries & keyof typeof calibrationMethods> {
  return {
    'calibration.state': () => calibrationState(ctx),
    'calibration.bigMovers': (input) => bigMoversSince(ctx, input),
  };
}
