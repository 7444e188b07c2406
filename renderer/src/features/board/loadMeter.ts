/** A rep's (or the team's) monthly visit load against capacity, as the load bar draws it. */
export interface CapacityRow {
  repId: number;
  capacity: number;
  load: number;
}

export interface LoadMeter {
  load: number;
  capacity: number;
  /** load / capacity, 0 when there is no capacity. */
  ratio: number;
  /** Width of the bar's fill, 0–100. */
  percent: number;
  over: boolean;
  /** Visits over capacity (0 when not over). */
  overBy: number;
  slack: number;
}

/** One rep's meter, or the team's (sum of every rep) when repId is null; null when the rep has no row. */
export function loadMeter(rows: readonly CapacityRow[], repId: number | null): LoadMeter | null {
  const chosen = repId === null ? rows : rows.filter((row) => row.repId === repId);
  if (chosen.length === 0) return null;
  const load = chosen.reduce((sum, row) => sum + row.load, 0);
  const capacity = chosen.reduce((sum, row) => sum + row.capacity, 0);
  const ratio = capacity > 0 ? load / capacity : load > 0 ? Infinity : 0;
  const over = load > capacity;
  return {
    load,
    capacity,
    ratio: Number.isFinite(ratio) ? ratio : 0,
    percent: over ? 100 : Math.max(0, Math.min(100, ratio * 100)),
    over,
    overBy: over ? load - capacity : 0,
    slack: over ? 0 : capacity - load,
  };
}
