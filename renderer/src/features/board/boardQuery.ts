import type { ClientQuery, MethodInput } from '../../../../shared/contract';

/** What the board's filter bar holds. */
export interface BoardFilters {
  /** One rep's board; null = all reps. */
  repId: number | null;
  hospital: string | null;
  department: string | null;
  zones: string[];
  search: string;
  overriddenOnly: boolean;
  /** Order of the cards in each cell; by volume unless the user asks otherwise. */
  sort: CardSort;
}

export const CARD_SORTS = ['volume', 'name', 'hospital'] as const;
export type CardSort = (typeof CARD_SORTS)[number];

/** The sorts a board offers: by volume only under a model that has one (modelHasVolume). */
export function cardSortsFor(showVolume: boolean): readonly CardSort[] {
  return showVolume ? CARD_SORTS : CARD_SORTS.filter((sort) => sort !== 'volume');
}

/** The sort the cards really get: a remembered "by volume" falls back to names where there is no volume. */
export function effectiveSort(sort: CardSort, showVolume: boolean): CardSort {
  return !showVolume && sort === 'volume' ? 'name' : sort;
}

export const NO_FILTERS: BoardFilters = { repId: null, hospital: null, department: null, zones: [], search: '', overriddenOnly: false, sort: 'volume' };

const SORT_FIELDS: Record<CardSort, NonNullable<ClientQuery['sort']>> = {
  volume: [{ field: 'volumeOurs', dir: 'desc' }],
  name: [{ field: 'name', dir: 'asc' }],
  hospital: [{ field: 'hospitalName', dir: 'asc' }, { field: 'volumeOurs', dir: 'desc' }],
};

export type FacetField = 'hospitalName' | 'department';

/** The client query the filters stand for (no cell, no sort), optionally without one facet's own filter. */
export function boardQuery(filters: BoardFilters, without?: FacetField): ClientQuery {
  const query: ClientQuery = {};
  const search = filters.search.trim();
  if (search) query.search = search;
  if (filters.repId !== null) query.repIds = [filters.repId];
  if (filters.zones.length > 0) query.zones = [...filters.zones];
  if (filters.overriddenOnly) query.overriddenOnly = true;
  const conditions: NonNullable<ClientQuery['conditions']> = [];
  if (filters.hospital !== null && without !== 'hospitalName') conditions.push({ kind: 'set', field: 'hospitalName', values: [filters.hospital] });
  if (filters.department !== null && without !== 'department') conditions.push({ kind: 'set', field: 'department', values: [filters.department] });
  if (conditions.length > 0) query.conditions = conditions;
  return query;
}

export function hasFilters(filters: BoardFilters): boolean {
  return (
    filters.repId !== null ||
    filters.hospital !== null ||
    filters.department !== null ||
    filters.zones.length > 0 ||
    filters.search.trim() !== '' ||
    filters.overriddenOnly ||
    filters.sort !== 'volume'
  );
}

/** Cards are fetched in blocks of this many, as the list scrolls. */
export const CARD_BLOCK = 100;

/** One block of a cell's cards, by volume (highest first) unless another order is chosen. */
export function cellPageInput(query: ClientQuery, cell: string, block: number, sort: CardSort = 'volume'): MethodInput<'clients.page'> {
  return {
    query: { ...query, cells: [cell], sort: SORT_FIELDS[sort] },
    offset: block * CARD_BLOCK,
    limit: CARD_BLOCK,
  };
}

/** The blocks covering rows first…last (inclusive). */
export function blocksFor(first: number, last: number): number[] {
  if (last < first || first < 0) return [];
  const blocks: number[] = [];
  for (let block = Math.floor(first / CARD_BLOCK); block <= Math.floor(last / CARD_BLOCK); block++) blocks.push(block);
  return blocks;
}

/** 'YYYY-MM' of a date in local time, for the capacity of the current month. */
export function monthOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}
