import type { boardMethods } from '../../../shared/contract/boardMethods';
import { boardSummary } from '../board/boardSummary';
import type { CoreContext } from '../context';
import type { Handlers } from '../router';

/** Handlers of the board feature's contract methods. Moves use 'grades.override' / 'grades.clearOverride'. */
export function boardHandlers(ctx: CoreContext): Pick<Handlers, keyof typeof boardMethods> {
  return {
    'board.summary': ({ query, repId }) => boardSummary(ctx.db, ctx.grading.model().definition, query, repId),
  };
}
