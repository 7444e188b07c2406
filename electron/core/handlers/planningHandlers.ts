import type { planningMethods } from '../../../shared/contract/planningMethods';
import type { CoreContext } from '../context';
import type { Handlers } from '../router';

/** Handlers of the planning feature's contract methods. */
export function planningHandlers(_ctx: CoreContext): Pick<Handlers, keyof typeof planningMethods> {
  return {};
}
