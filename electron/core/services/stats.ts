import { boardGrid, visitsPerMonthOfCell, zoneOfCell, type ModelDefinition } from '../../../shared/grading';
import type { StatsSummary } from '../../../shared/contract';
import type { Db } from '../db/connection';
import { countRows } from '../db/repos/referenceRepo';
import { countByRepAndCell } from '../db/repos/statsRepo';

/** Counts per cell, zone and rep of the effective cells (override first, else formula). */
export function statsSummary(db: Db, model: ModelDefinition, repId?: number): StatsSummary {
  const rows = countByRepAndCell(db, model.id, repId);

  const grid = boardGrid(model);
  const cellCodes = grid.rows.flat();
  const cellCounts = new Map<string, number>(cellCodes.map((code) => [code, 0]));
  const perRep = new Map<number | null, StatsSummary['perRep'][number]>();
  let clients = 0;
  let ungraded = 0;
  let overridden = 0;
  for (const row of rows) {
    clients += row.n;
    overridden += row.overridden;
    const rep = perRep.get(row.repId) ?? { repId: row.repId, repName: row.repName, clients: 0, monthlyVisits: 0, perCell: {} };
    perRep.set(row.repId, rep);
    rep.clients += row.n;
    if (row.cell === null || !cellCounts.has(row.cell)) {
      ungraded += row.n;
      continue;
    }
    cellCounts.set(row.cell, (cellCounts.get(row.cell) ?? 0) + row.n);
    rep.perCell[row.cell] = (rep.perCell[row.cell] ?? 0) + row.n;
    rep.monthlyVisits += row.n * visitsPerMonthOfCell(model, row.cell);
  }

  const cells = cellCodes.map((code) => {
    const count = cellCounts.get(code) ?? 0;
    return { code, zoneId: zoneOfCell(model, code)?.id ?? null, count, monthlyVisits: count * visitsPerMonthOfCell(model, code) };
  });
  const zones = model.zones.map((zone) => {
    const inZone = cells.filter((cell) => cell.zoneId === zone.id);
    return {
      id: zone.id,
      name: zone.name,
      color: zone.color,
      visitsPerMonth: zone.visitsPerMonth,
      count: inZone.reduce((sum, cell) => sum + cell.count, 0),
      monthlyVisits: inZone.reduce((sum, cell) => sum + cell.monthlyVisits, 0),
    };
  });
  return {
    model: { id: model.id, name: model.name, version: model.version },
    layout: grid,
    zones,
    cells,
    totals: {
      clients,
      hospitals: countRows(db, 'hospitals'),
      reps: countRows(db, 'reps'),
      graded: clients - ungraded,
      ungraded,
      overridden,
      monthlyVisits: cells.reduce((sum, cell) => sum + cell.monthlyVisits, 0),
    },
    perRep: [...perRep.values()].sort((a, b) => (a.repName ?? '').localeCompare(b.repName ?? '', 'zh-CN')),
  };
}
