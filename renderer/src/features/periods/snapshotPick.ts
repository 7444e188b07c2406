import type { SnapshotSummary } from '../../../../shared/contract';

/**
 * The pair to compare when the user has not chosen: the latest snapshot taken against the one
 * taken before it (ids grow with time, whatever period each snapshot was labelled with).
 */
export function defaultPair(snapshots: readonly Pick<SnapshotSummary, 'id'>[]): { fromId: number | null; toId: number | null } {
  const ids = snapshots.map((s) => s.id).sort((a, b) => b - a);
  return { fromId: ids[1] ?? null, toId: ids[0] ?? null };
}
