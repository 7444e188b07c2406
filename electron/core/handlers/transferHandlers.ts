import type { transferMethods } from '../../../shared/contract/transferMethods';
import type { CoreContext } from '../context';
import type { Handlers } from '../router';

/** Handlers of the transfer feature's contract methods. */
export function transferHandlers(_ctx: CoreContext): Pick<Handlers, keyof typeof transferMethods> {
  return {};
}
