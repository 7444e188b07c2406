/** Points on the Pareto curve at most (each ~1% of the clients). */
export const PARETO_MAX_STEPS = 100;

/** The key of clients without a zone (ungraded, or a cell no zone lists). */
export const NO_ZONE = '';

export interface ParetoPoint {
  clientShare: number;
  volumeShare: number;
  clients: number;
  byZone: Record<string, number>;
}

export interface ParetoCurve {
  clients: number;
  withVolume: number;
  totalVolume: number;
  /** Clients in the head: the first ⌈n × headShare⌉ by volume. */
  headCount: number;
  headVolumeShare: number;
  points: ParetoPoint[];
  byZone: { zoneId: string; clients: number; volume: number }[];
}

/** Clients in the head of `n` clients ranked by volume: ⌈n × share⌉ (at least one of any). */
export function headCountOf(n: number, share: number): number {
  return n === 0 ? 0 : Math.min(n, Math.ceil(n * share - 1e-9));
}

/** Whether the client at 0-based `rank` of `n` is in the bottom half by rank (the last ⌊n / 2⌋). */
export function inBottomHalf(rank: number, n: number): boolean {
  return 2 * (rank + 1) > n + (n % 2);
}

/**
 * The Pareto curve of clients already ranked by volume, largest first: `volumes[r]` (null,
 * unknown, counts as 0) and `zones[r]` (an index into `zoneIds`, −1 for no zone) of the client at rank r.
 * Step k of s = min(100, n) ends after ⌈k·n/s⌉ clients; shares are cumulative.
 */
export function paretoCurve(volumes: ArrayLike<number | null>, zones: ArrayLike<number>, zoneIds: readonly string[], headShare: number): ParetoCurve {
  const n = volumes.length;
  const steps = Math.min(PARETO_MAX_STEPS, n);
  const headCount = headCountOf(n, headShare);
  // Counters per zone index, the last slot for clients without a zone.
  const none = zoneIds.length;
  const slot = (index: number) => (index >= 0 && index < none ? index : none);
  const keyOf = (i: number) => (i === none ? NO_ZONE : zoneIds[i]!);

  let totalVolume = 0;
  let withVolume = 0;
  let headVolume = 0;
  const zoneClients = new Array<number>(none + 1).fill(0);
  const zoneVolume = new Array<number>(none + 1).fill(0);
  for (let r = 0; r < n; r++) {
    const volume = volumes[r] ?? 0;
    totalVolume += volume;
    if (volume > 0) withVolume++;
    if (r < headCount) headVolume += volume;
    const i = slot(zones[r]!);
    zoneClients[i]! += 1;
    zoneVolume[i]! += volume;
  }

  const points: ParetoPoint[] = [];
  let rank = 0;
  let cumulative = 0;
  for (let k = 1; k <= steps; k++) {
    const end = Math.ceil((k * n) / steps);
    const counts = new Array<number>(none + 1).fill(0);
    const start = rank;
    for (; rank < end; rank++) {
      cumulative += volumes[rank] ?? 0;
      counts[slot(zones[rank]!)]! += 1;
    }
    const byZone: Record<string, number> = {};
    counts.forEach((count, i) => {
      if (i < none || count > 0) byZone[keyOf(i)] = count;
    });
    const last = k === steps;
    points.push({
      clientShare: last ? 1 : end / n,
      volumeShare: totalVolume > 0 ? (last ? 1 : Math.min(1, cumulative / totalVolume)) : 0,
      clients: end - start,
      byZone,
    });
  }

  return {
    clients: n,
    withVolume,
    totalVolume,
    headCount,
    headVolumeShare: totalVolume > 0 ? headVolume / totalVolume : 0,
    points,
    byZone: zoneClients.flatMap((clients, i) => (i < none || clients > 0 ? [{ zoneId: keyOf(i), clients, volume: zoneVolume[i]! }] : [])),
  };
}
