import type { ClientQuery } from '../../../../shared/contract';
import type { ModelDefinition } from '../../../../shared/grading';
import type { Db } from '../connection';
import { CLIENT_FROM, clientQuerySql } from './clientQuerySql';
import { EFFECTIVE_CELL } from './effectiveGrade';

export interface BoardCellRow {
  cell: string | null;
  n: number;
  overridden: number;
  volume: number;
}

/**
 * Clients, overrides and our volume per effective cell, with the same filters as the client
 * grid (clientQuerySql), so a card list and its cell's count always agree.
 */
export function countByCell(db: Db, model: ModelDefinition, filters: ClientQuery): BoardCellRow[] {
  const sql = clientQuerySql(model, filters);
  return db
    .prepare(
      `SELECT ${EFFECTIVE_CELL} AS cell, count(*) AS n, count(o.cell) AS overridden, COALESCE(sum(c.volume_ours), 0) AS volume
       ${CLIENT_FROM} ${sql.where} GROUP BY 1`,
    )
    .all(sql.params) as BoardCellRow[];
}
