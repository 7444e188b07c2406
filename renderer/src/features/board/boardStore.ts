import { create } from 'zustand';
import { toggleSelected, type MovableCard } from '../../../../shared/board/moveLogic';
import { NO_FILTERS, type BoardFilters } from './boardQuery';

interface BoardState {
  filters: BoardFilters;
  /** The enlarged cell, or null for the whole board. */
  expanded: string | null;
  /** Cards selected for a move together, by client id. */
  selection: ReadonlyMap<number, MovableCard>;
  setFilters(patch: Partial<BoardFilters>): void;
  resetFilters(): void;
  setExpanded(cell: string | null): void;
  toggleSelected(card: MovableCard): void;
  clearSelection(): void;
}

/** The board's view state; kept while the user visits other pages. */
export const useBoardStore = create<BoardState>()((set) => ({
  filters: NO_FILTERS,
  expanded: null,
  selection: new Map(),
  setFilters: (patch) => set((state) => ({ filters: { ...state.filters, ...patch } })),
  resetFilters: () => set({ filters: NO_FILTERS }),
  setExpanded: (expanded) => set({ expanded }),
  toggleSelected: (card) => set((state) => ({ selection: toggleSelected(state.selection, card) })),
  // A new empty map only when something was selected: the cards redraw when the selection changes.
  clearSelection: () => set((state) => (state.selection.size === 0 ? state : { selection: new Map() })),
}));
