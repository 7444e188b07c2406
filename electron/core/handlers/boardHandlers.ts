import type { boardMethods } from '../../../shared/contract/boardMethods';
import type { CoreContext } from '../context';
import type { Handlers } from '../router';

/** Handlers of the board feature's contract methods. */
export function boardHandlers(_ctx: CoreContext): Pick<Handlers, keyof typeof boardMethods> {
  return {};
}
