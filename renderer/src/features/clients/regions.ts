/**
 * The region column and chips of a regional roll-up (区域经理 → 副总 → 总经办: several
 * regions' grading tables in one database). Pure: the page reads the regions with
 * 'clients.facets' (REGION_FACETS) and decides from them what to show.
 */

/** The read that lists the regions there are (distinct values with counts, blank included). */
export const REGION_FACETS = { field: 'region', query: {}, limit: 50 } as const;

export interface RegionCount {
  region: string | null;
  count: number;
}

/** The facets answer as regions: named ones in the core's (pinyin) order, then the clients without one. */
export function regionsOfFacets(facets: readonly { value: string | number | null; count: number }[] | undefined): RegionCount[] {
  const rows = (facets ?? []).map((f) => ({ region: f.value === null ? null : String(f.value), count: f.count }));
  return [...rows.filter((r) => r.region !== null), ...rows.filter((r) => r.region === null)];
}

/** A roll-up: more than one region (the clients without one count as one, as on the analysis page). */
export function hasManyRegions(regions: readonly RegionCount[]): boolean {
  return regions.length > 1;
}

/** Columns whose default visibility follows the data rather than a fixed default. */
export const DATA_DEFAULT_COLUMNS = ['region'] as const;

/** Hidden by default? The region column shows once the database holds more than one region (hidden until known). */
export function dataDefaultHidden(manyRegions: boolean): Record<(typeof DATA_DEFAULT_COLUMNS)[number], boolean> {
  return { region: !manyRegions };
}

/**
 * The columns to show or hide by the data's default: those the saved layout leaves to the
 * default (no `hide` saved for them). A user's own choice, once saved, is kept.
 */
export function defaultVisibility(
  saved: readonly { colId: string; hide?: boolean | null | undefined }[] | undefined,
  hidden: Readonly<Record<string, boolean>>,
): { colId: string; hide: boolean }[] {
  return Object.entries(hidden)
    .filter(([colId]) => !saved?.some((c) => c.colId === colId && c.hide !== undefined && c.hide !== null))
    .map(([colId, hide]) => ({ colId, hide }));
}

/**
 * A column's saved layout: `hide` is kept only where it differs from the data's default, so a
 * column the user never chose for goes on following the data (shown once a second region
 * is imported), while one the user hid or showed stays so.
 */
export function withoutDefaultHide<T extends { colId: string; hide?: boolean }>(layout: T, hidden: Readonly<Record<string, boolean>>): T {
  const fallback = hidden[layout.colId];
  if (fallback === undefined || Boolean(layout.hide) !== fallback) return layout;
  const copy = { ...layout };
  delete copy.hide;
  return copy;
}
