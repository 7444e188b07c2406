import { AppFailure, type SnapshotComparison, type SnapshotSummary } from '../../../shared/contract';
import { boardGrid } from '../../../shared/grading';
import { cellRanks, movementDirection } from '../../../shared/history/cellMovement';
import type { CoreContext } from '../context';
import { findModel } from '../db/repos/modelsRepo';
import { clientLabels } from '../db/repos/moverDetailsRepo';

const SUMMARY_SQL = `SELECT s.id, s.period, s.label, s.model_id AS modelId, s.model_version AS modelVersion, s.taken_at AS takenAt,
  (SELECT count(*) FROM snapshot_grades g WHERE g.snapshot_id = s.id) AS clients FROM snapshots s`;

export function listSnapshots(ctx: CoreContext): SnapshotSummary[] {
  return ctx.db.prepare(`${SUMMARY_SQL} ORDER BY s.period DESC, s.id DESC`).all() as SnapshotSummary[];
}

function getSnapshot(ctx: CoreContext, id: number): SnapshotSummary {
  const row = ctx.db.prepare(`${SUMMARY_SQL} WHERE s.id = ?`).get(id) as SnapshotSummary | undefined;
  if (!row) throw new AppFailure('notFound', { what: `snapshot ${id}` });
  return row;
}

/** Freezes every client's effective and formula cell of the active model for a month or quarter. */
export function takeSnapshot(ctx: CoreContext, period: string, label: string | undefined): SnapshotSummary {
  const { definition: model, version } = ctx.grading.model();
  const now = ctx.now();
  const id = ctx.db.transaction(() => {
    const snapshotId = Number(
      ctx.db
        .prepare('INSERT INTO snapshots (period, label, model_id, model_version, taken_at) VALUES (?, ?, ?, ?, ?)')
        .run(period, label ?? null, model.id, version, now).lastInsertRowid,
    );
    ctx.db
      .prepare(
        `INSERT INTO snapshot_grades (snapshot_id, client_id, cell, formula_cell, rep_id, volume_ours)
         SELECT ?, c.id, COALESCE(o.cell, g.cell), g.cell, c.rep_id, c.volume_ours
         FROM clients c
         LEFT JOIN grades g ON g.client_id = c.id AND g.model_id = @model
         LEFT JOIN overrides o ON o.client_id = c.id AND o.model_id = @model`.replace(/@model/g, '?'),
      )
      .run(snapshotId, model.id, model.id);
    return snapshotId;
  })();
  return getSnapshot(ctx, id);
}

/**
 * From-cell × to-cell movement between two snapshots, with the list of movers: "who moved
 * up or down since last quarter".
 */
export function compareSnapshots(ctx: CoreContext, fromId: number, toId: number, moversLimit: number): SnapshotComparison {
  const from = getSnapshot(ctx, fromId);
  const to = getSnapshot(ctx, toId);
  const model = findModel(ctx.db, to.modelId)?.definition ?? ctx.grading.model().definition;
  const cells = boardGrid(model).rows.flat();
  const index = new Map(cells.map((code, i) => [code, i]));
  const ranks = cellRanks(model);
  const matrix = cells.map(() => cells.map(() => 0));
  const pairs = ctx.db
    .prepare(
      `SELECT a.cell AS fromCell, b.cell AS toCell, count(*) AS n
       FROM snapshot_grades a JOIN snapshot_grades b ON b.client_id = a.client_id AND b.snapshot_id = ?
       WHERE a.snapshot_id = ? GROUP BY a.cell, b.cell`,
    )
    .all(toId, fromId) as { fromCell: string | null; toCell: string | null; n: number }[];
  let up = 0;
  let down = 0;
  let same = 0;
  for (const pair of pairs) {
    const i = pair.fromCell === null ? undefined : index.get(pair.fromCell);
    const j = pair.toCell === null ? undefined : index.get(pair.toCell);
    if (i !== undefined && j !== undefined) matrix[i]![j]! += pair.n;
    if (pair.fromCell === pair.toCell) same += pair.n;
    const direction = movementDirection(ranks, pair.fromCell, pair.toCell);
    if (direction === 1) up += pair.n;
    if (direction === -1) down += pair.n;
  }
  const onlyIn = (a: number, b: number) =>
    (ctx.db
      .prepare('SELECT count(*) AS n FROM snapshot_grades a WHERE a.snapshot_id = ? AND NOT EXISTS (SELECT 1 FROM snapshot_grades b WHERE b.snapshot_id = ? AND b.client_id = a.client_id)')
      .get(a, b) as { n: number }).n;
  const moves = ctx.db
    .prepare(
      `SELECT a.client_id AS clientId, a.cell AS fromCell, b.cell AS toCell
       FROM snapshot_grades a JOIN snapshot_grades b ON b.client_id = a.client_id AND b.snapshot_id = ?
       WHERE a.snapshot_id = ? AND a.cell IS NOT b.cell ORDER BY a.client_id`,
    )
    .all(toId, fromId) as { clientId: number; fromCell: string | null; toCell: string | null }[];
  const shown = moves.slice(0, moversLimit);
  const labels = new Map(clientLabels(ctx.db, shown.map((m) => m.clientId)).map((label) => [label.clientId, label]));
  return {
    from,
    to,
    cells,
    matrix,
    up,
    down,
    same,
    added: onlyIn(toId, fromId),
    removed: onlyIn(fromId, toId),
    movers: {
      total: moves.length,
      rows: shown.map((move) => {
        const label = labels.get(move.clientId);
        return {
          clientId: move.clientId,
          name: label?.name ?? `#${move.clientId}`,
          hospitalName: label?.hospitalName ?? null,
          department: label?.department ?? null,
          repName: label?.repName ?? null,
          from: move.fromCell,
          to: move.toCell,
          direction: movementDirection(ranks, move.fromCell, move.toCell),
        };
      }),
    },
  };
}
