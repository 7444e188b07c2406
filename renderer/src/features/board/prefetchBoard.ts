import type { QueryClient } from '@tanstack/react-query';
import type { Api } from '../../../../shared/contract';
import { apiQueryKey } from '../../api/queryKeys';
import { boardQuery, cellPageInput } from './boardQuery';
import { useBoardStore } from './boardStore';

/**
 * When the app opens on the board, its data is asked for at once, while the page's code is
 * still loading: the figures of every cell, then the first cards of each filled cell, under the
 * keys the board's own reads use, so they find them in the cache.
 */
export function prefetchBoard(api: Api, queryClient: QueryClient): void {
  const { filters } = useBoardStore.getState();
  const query = boardQuery(filters);
  void queryClient
    .fetchQuery({ queryKey: apiQueryKey('board.summary', { query }), queryFn: () => api.call('board.summary', { query }) })
    .then((summary) => {
      for (const cell of summary.cells) {
        if (cell.count === 0) continue;
        const input = cellPageInput(query, cell.code, 0, filters.sort);
        void queryClient.prefetchQuery({ queryKey: apiQueryKey('clients.page', input), queryFn: () => api.call('clients.page', input) });
      }
    })
    // A failed prefetch changes nothing: the board asks again and shows the error itself.
    .catch(() => undefined);
}
