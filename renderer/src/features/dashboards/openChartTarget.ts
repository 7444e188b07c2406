import { useNav } from '../../app/navStore';
import { useBoardStore } from '../board/boardStore';
import { NO_FILTERS } from '../board/boardQuery';
import { useClientFilters } from '../clients/filterStore';
import type { ChartTarget } from './chartTargets';

/**
 * Opens what a chart's bar, cell or flow stands for: the client grid with exactly those chips
 * (zone, cell, rep, region; other page filters cleared so the rows are those of the chart), or the
 * board filtered the same way.
 */
export function openChartTarget(target: ChartTarget): void {
  if (target.page === 'clients') {
    const filters = useClientFilters.getState();
    filters.clearPageFilters();
    useClientFilters.setState({ zones: target.zones ?? [], cells: target.cells ?? [], repIds: target.repIds ?? [], regions: target.regions ?? [] });
    useNav.getState().navigate('clients');
    return;
  }
  useBoardStore.getState().setFilters({ ...NO_FILTERS, repId: target.repId ?? null, zones: target.zones ?? [] });
  useNav.getState().navigate('board');
}
