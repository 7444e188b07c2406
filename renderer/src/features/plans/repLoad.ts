import type { StatsSummary } from '../../../../shared/contract';

export interface RepLoadRow {
  repId: number | null;
  repName: string | null;
  clients: number;
  ungraded: number;
  monthlyVisits: number;
  /** zone id → clients of this rep in the zone's cells */
  perZone: Record<string, number>;
}

/** Folds each rep's per-cell counts into zones, using the cell → zone map of the same summary. */
export function repLoadRows(summary: StatsSummary): RepLoadRow[] {
  const zoneOfCell = new Map(summary.cells.map((cell) => [cell.code, cell.zoneId]));
  return summary.perRep.map((rep) => {
    const perZone: Record<string, number> = Object.fromEntries(summary.zones.map((zone) => [zone.id, 0]));
    let graded = 0;
    for (const [cell, count] of Object.entries(rep.perCell)) {
      graded += count;
      const zoneId = zoneOfCell.get(cell);
      if (zoneId) perZone[zoneId] = (perZone[zoneId] ?? 0) + count;
    }
    return {
      repId: rep.repId,
      repName: rep.repName,
      clients: rep.clients,
      ungraded: rep.clients - graded,
      monthlyVisits: rep.monthlyVisits,
      perZone,
    };
  });
}
