import { create } from 'zustand';
import type { GridSortItem, PageFilters } from './gridQuery';

/**
 * What the client grid is filtered and sorted by. A store outside the page, so switching to
 * the board and back keeps the search, the chips and the column filters.
 */
export interface ClientFilterState extends PageFilters {
  /** What is in the search box; `search` follows it once typing settles. */
  searchText: string;
  /** The grid's column filters (AG Grid filter model) and sort, restored when the grid is created again. */
  filterModel: Record<string, unknown>;
  sortModel: GridSortItem[];
  setSearchText(text: string): void;
  setSearch(search: string): void;
  toggleZone(zoneId: string): void;
  toggleCell(cell: string): void;
  toggleRep(repId: number | null): void;
  toggleRegion(region: string | null): void;
  setOverriddenOnly(on: boolean): void;
  setFilterModel(model: Record<string, unknown>): void;
  setSortModel(model: GridSortItem[]): void;
  /** Clears search, chips and the toggle (column filters are cleared through the grid). */
  clearPageFilters(): void;
}

const toggle = <T,>(list: readonly T[], item: T): T[] => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

export const useClientFilters = create<ClientFilterState>()((set) => ({
  search: '',
  searchText: '',
  zones: [],
  cells: [],
  repIds: [],
  regions: [],
  overriddenOnly: false,
  filterModel: {},
  sortModel: [],
  setSearchText: (searchText) => set({ searchText }),
  setSearch: (search) => set({ search }),
  toggleZone: (zoneId) => set((s) => ({ zones: toggle(s.zones, zoneId) })),
  toggleCell: (cell) => set((s) => ({ cells: toggle(s.cells, cell) })),
  toggleRep: (repId) => set((s) => ({ repIds: toggle(s.repIds, repId) })),
  toggleRegion: (region) => set((s) => ({ regions: toggle(s.regions, region) })),
  setOverriddenOnly: (overriddenOnly) => set({ overriddenOnly }),
  setFilterModel: (filterModel) => set({ filterModel }),
  setSortModel: (sortModel) => set({ sortModel }),
  clearPageFilters: () => set({ search: '', searchText: '', zones: [], cells: [], repIds: [], regions: [], overriddenOnly: false }),
}));

export function pageFiltersOf(state: PageFilters): PageFilters {
  return { search: state.search, zones: state.zones, cells: state.cells, repIds: state.repIds, regions: state.regions, overriddenOnly: state.overriddenOnly };
}
