export type RenderGoneAction = 'ignore' | 'reload' | 'giveUp';

/**
 * A renderer crash is retried once with a reload (the data lives in the core, so nothing
 * is lost); a second crash stops the loop and the user is told to restart.
 */
export function decideRenderGone(reason: string, reloadsSoFar: number): RenderGoneAction {
  if (reason === 'clean-exit') return 'ignore';
  return reloadsSoFar < 1 ? 'reload' : 'giveUp';
}
