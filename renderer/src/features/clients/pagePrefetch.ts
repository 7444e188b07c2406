import type { Api, ClientQuery, MethodOutput } from '../../../../shared/contract';

export type ClientPage = MethodOutput<'clients.page'>;

/** How long a prefetched page may wait for the grid to ask for it. */
const FRESH_MS = 3000;
export const FIRST_BLOCK = 100;

const pending = new Map<string, { at: number; page: Promise<ClientPage> }>();
const keyOf = (query: ClientQuery, offset: number, limit: number) => JSON.stringify([query, offset, limit]);

/**
 * Starts loading the first block of a query before the grid asks for it: while AG Grid is
 * still being created on first paint, or while React re-renders after a new search. The core
 * answers requests in order, so asking first also means being answered first.
 */
export function prefetchPage(api: Api, query: ClientQuery, offset = 0, limit = FIRST_BLOCK): void {
  const key = keyOf(query, offset, limit);
  const now = performance.now();
  for (const [k, entry] of pending) if (now - entry.at > FRESH_MS) pending.delete(k);
  if (pending.has(key)) return;
  const page = api.call('clients.page', { query, offset, limit });
  // A prefetch nobody takes must not surface as an unhandled rejection.
  page.catch(() => undefined);
  pending.set(key, { at: now, page });
}

/** The page for a block: the prefetched answer when there is a fresh one for exactly this request, else a new call. */
export function loadPage(api: Api, query: ClientQuery, offset: number, limit: number): Promise<ClientPage> {
  const key = keyOf(query, offset, limit);
  const entry = pending.get(key);
  pending.delete(key);
  if (entry && performance.now() - entry.at <= FRESH_MS) return entry.page;
  return api.call('clients.page', { query, offset, limit });
}

/** Data changed: nothing prefetched before can be trusted. */
export function forgetPrefetched(): void {
  pending.clear();
}
