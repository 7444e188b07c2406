import type { DataScope, EventPayload } from '../../../../shared/contract';

/** What the grid reloads after a change: nothing, the loaded rows among the changed clients, or every block. */
export type GridRefresh = { kind: 'none' } | { kind: 'rows'; ids: number[] } | { kind: 'all' };

/** Scopes whose changes never show in a client row. */
const NOT_IN_ROWS: ReadonlySet<DataScope> = new Set(['settings', 'history', 'calendar', 'plans', 'snapshots', 'imports']);
/** Scopes a change limited to some clients (an edit, a move) touches. */
const PER_CLIENT: ReadonlySet<DataScope> = new Set(['clients', 'grades']);

/**
 * An edit or a move names its clients: only those of them the grid has loaded are fetched
 * again, in place (a row that no longer matches the filter stays until the next reload, as in a
 * spreadsheet). Clients added or removed, or a change of the model, reps or hospitals (which
 * every row may show), reload every block.
 */
export function gridRefreshFor(event: EventPayload<'data:changed'>, loadedIds: ReadonlySet<number>): GridRefresh {
  const scopes = event.scopes.filter((scope) => !NOT_IN_ROWS.has(scope));
  if (scopes.length === 0) return { kind: 'none' };
  if (event.clientSetChanged || event.clientIds === undefined || !scopes.every((scope) => PER_CLIENT.has(scope))) return { kind: 'all' };
  return { kind: 'rows', ids: event.clientIds.filter((id) => loadedIds.has(id)) };
}
