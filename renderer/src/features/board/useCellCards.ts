import { useQueries } from '@tanstack/react-query';
import type { ClientQuery } from '../../../../shared/contract';
import type { ClientRow } from '../../../../shared/domain/schemas';
import { useApi } from '../../api/ApiProvider';
import { apiQueryKey } from '../../api/queryKeys';
import { CARD_BLOCK, blocksFor, cellPageInput, type CardSort } from './boardQuery';

/**
 * A cell's cards, fetched in blocks of CARD_BLOCK for the rows on screen (first…last), so a
 * cell of thousands only loads what the list shows. The blocks are ordinary 'clients.page'
 * reads, so 'data:changed' refreshes them like every other read.
 */
export function useCellCards(query: ClientQuery, sort: CardSort, cell: string, first: number, last: number, enabled: boolean) {
  const api = useApi();
  const blocks = enabled ? blocksFor(first, last) : [];
  const results = useQueries({
    queries: blocks.map((block) => {
      const input = cellPageInput(query, cell, block, sort);
      return { queryKey: apiQueryKey('clients.page', input), queryFn: () => api.call('clients.page', input) };
    }),
  });
  const rowAt = (index: number): ClientRow | undefined => {
    const at = blocks.indexOf(Math.floor(index / CARD_BLOCK));
    return at < 0 ? undefined : results[at]?.data?.rows[index % CARD_BLOCK];
  };
  const total = results.find((result) => result.data !== undefined)?.data?.total;
  const error = results.find((result) => result.error)?.error ?? null;
  return { rowAt, total, error };
}
