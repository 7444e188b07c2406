/** What the recovery banner can say: the page was reloaded after a crash, or the core worker was restarted. */
export type RecoveryNotice = 'rendererReloaded' | 'coreRestarted';

/** Adds a notice once: a second core restart does not stack a second identical banner. */
export function withNotice(notices: readonly RecoveryNotice[], notice: RecoveryNotice): RecoveryNotice[] {
  return notices.includes(notice) ? [...notices] : [...notices, notice];
}

export function withoutNotice(notices: readonly RecoveryNotice[], notice: RecoveryNotice): RecoveryNotice[] {
  return notices.filter((item) => item !== notice);
}
