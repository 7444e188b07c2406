export type RenderGoneAction = 'ignore' | 'reload' | 'giveUp';

/**
 * A renderer crash is retried once with a reload (the data lives in the core, so nothing
 * is lost); a second crash stops the loop and the user is told to restart.
 */
export function decideRenderGone(reason: string, reloadsSoFar: number): RenderGoneAction {
  if (reason === 'clean-exit') return 'ignore';
  return reloadsSoFar < 1 ? 'reload' : 'giveUp';
}

/** One window's crash state: how often it was reloaded, and whether the reloaded page still has to say so. */
export interface RenderRecovery {
  /** What to do about a 'render-process-gone' of this window. */
  gone(reason: string): RenderGoneAction;
  /**
   * Asked by the page when it starts (host.takeRecoveryNotice): true once after each crash
   * reload, so the page shows "reloaded after a crash" exactly once.
   */
  takeNotice(): boolean;
}

export function createRenderRecovery(): RenderRecovery {
  let reloads = 0;
  let notice = false;
  return {
    gone(reason) {
      const action = decideRenderGone(reason, reloads);
      if (action === 'reload') {
        reloads += 1;
        notice = true;
      }
      return action;
    },
    takeNotice() {
      const pending = notice;
      notice = false;
      return pending;
    },
  };
}
