import type { ClientQuery } from '../../../shared/contract';
import type { BoardSummary } from '../../../shared/contract/boardMethods';
import { boardCells, boardLayout } from '../../../shared/board/boardLayout';
import { visitsPerMonthOfCell, zoneOfCell, type ModelDefinition } from '../../../shared/grading';
import type { Db } from '../db/connection';
import { countByCell } from '../db/repos/boardRepo';

/**
 * The board's figures in one grouped query over the effective cell, with the same filters as
 * the client grid (clientQuerySql), so a card list and its cell's count always agree.
 */
export function boardSummary(db: Db, model: ModelDefinition, query: ClientQuery, repId?: number): BoardSummary {
  const filters: ClientQuery = { ...query, sort: [] };
  if (repId !== undefined) filters.repIds = [repId];
  const rows = countByCell(db, model, filters);

  const layout = boardLayout(model);
  const byCell = new Map(rows.map((row) => [row.cell, row]));
  const codes = boardCells(layout);
  // Cells a layout leaves out still count (an edited model may be incomplete).
  for (const cell of model.cells) if (!codes.includes(cell.code)) codes.push(cell.code);
  const known = new Set(codes);
  const volumeOurs = codes.reduce((sum, code) => sum + (byCell.get(code)?.volume ?? 0), 0);
  const cells = codes.map((code) => {
    const row = byCell.get(code);
    const count = row?.n ?? 0;
    const visitsPerClient = visitsPerMonthOfCell(model, code);
    const volume = row?.volume ?? 0;
    return {
      code,
      label: model.cells.find((cell) => cell.code === code)?.label ?? null,
      zoneId: zoneOfCell(model, code)?.id ?? null,
      visitsPerClient,
      count,
      overridden: row?.overridden ?? 0,
      monthlyVisits: count * visitsPerClient,
      volumeOurs: volume,
      volumeShare: volumeOurs > 0 ? volume / volumeOurs : null,
    };
  });
  const all = rows.reduce((sum, row) => sum + row.n, 0);
  return {
    model: { id: model.id, name: model.name, version: model.version },
    layout,
    zones: model.zones.map((zone) => ({ id: zone.id, name: zone.name, color: zone.color, visitsPerMonth: zone.visitsPerMonth })),
    cells,
    totals: {
      clients: all,
      ungraded: rows.filter((row) => row.cell === null || !known.has(row.cell)).reduce((sum, row) => sum + row.n, 0),
      overridden: rows.reduce((sum, row) => sum + row.overridden, 0),
      monthlyVisits: cells.reduce((sum, cell) => sum + cell.monthlyVisits, 0),
      volumeOurs,
    },
  };
}
