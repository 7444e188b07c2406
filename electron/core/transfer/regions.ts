import { normaliseKey, zoneOfCell } from '../../../shared/grading';
import type { CoreContext } from '../context';
import { readRecentImports } from '../db/repos/importsRepo';
import { countByRegionAndCell, readRegionClients } from '../db/repos/regionsRepo';

type Ctx = Pick<CoreContext, 'db' | 'grading'>;

/** Clients per region with counts per zone: the national view of several regions' tables. */
export function regionSummary(ctx: Ctx) {
  const model = ctx.grading.model().definition;
  const rows = countByRegionAndCell(ctx.db, model.id);
  const byRegion = new Map<string | null, { region: string | null; clients: number; overridden: number; zones: Record<string, number> }>();
  for (const row of rows) {
    let entry = byRegion.get(row.region);
    if (!entry) byRegion.set(row.region, (entry = { region: row.region, clients: 0, overridden: 0, zones: {} }));
    entry.clients += row.n;
    entry.overridden += row.overridden;
    const zone = row.cell ? zoneOfCell(model, row.cell)?.id : undefined;
    const key = zone ?? 'ungraded';
    entry.zones[key] = (entry.zones[key] ?? 0) + row.n;
  }
  return [...byRegion.values()];
}

/**
 * The same doctor (hospital, department and name after normalisation) held under more than
 * one region: duplicates across regional tables, and those the regions grade differently.
 */
export function regionConflicts(ctx: Ctx, limit: number) {
  const modelId = ctx.grading.model().definition.id;
  const rows = readRegionClients(ctx.db, modelId);
  const groups = new Map<string, typeof rows>();
  for (const row of rows) {
    const key = `${normaliseKey(row.hospital ?? '')}\u001f${normaliseKey(row.department ?? '')}\u001f${normaliseKey(row.name)}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const found = [...groups.values()]
    .filter((group) => new Set(group.map((row) => row.region ?? '')).size > 1)
    .map((group) => ({
      name: group[0]!.name,
      hospitalName: group[0]!.hospital,
      department: group[0]!.department,
      gradedDifferently: new Set(group.map((row) => row.cell)).size > 1,
      clients: group.map((row) => ({ clientId: row.id, region: row.region, cell: row.cell, repName: row.rep })),
    }))
    .sort((a, b) => Number(b.gradedDifferently) - Number(a.gradedDifferently));
  return { total: found.length, gradedDifferently: found.filter((group) => group.gradedDifferently).length, groups: found.slice(0, limit) };
}

/** Recent imports with their undo state. */
export function recentImports(ctx: Ctx, limit = 50) {
  const rows = readRecentImports(ctx.db, limit);
  return rows.map(({ summary, undone, ...row }) => {
    const counts = JSON.parse(summary) as { added?: number; updated?: number; skipped?: number };
    return { ...row, undone: undone === 1, added: counts.added ?? 0, updated: counts.updated ?? 0, skipped: counts.skipped ?? 0 };
  });
}
