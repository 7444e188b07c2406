import { AppFailure } from '../../../shared/contract';
import { gradeClient } from '../../../shared/grading';
import type { CoreContext } from '../context';
import { readGradingInputs } from '../db/repos/clientsRepo';

/** Why a client sits in its cell: the formula's trace, the override with its reason, and the cell history. */
export function explainGrade(ctx: CoreContext, clientId: number) {
  const [input] = readGradingInputs(ctx.db, [clientId]);
  if (!input) throw new AppFailure('notFound', { what: `client ${clientId}` });
  const { definition: model, version } = ctx.grading.model();
  const result = gradeClient(model, ctx.grading.dictionaries(), input.attrs);
  const override = ctx.db
    .prepare('SELECT cell, reason, model_version AS modelVersion, created_at AS at FROM overrides WHERE model_id = ? AND client_id = ?')
    .get(model.id, clientId) as { cell: string; reason: string; modelVersion: number; at: string } | undefined;
  const formulaCell = result.ok ? result.cell : null;
  const history = ctx.db
    .prepare(
      `SELECT g.change_id AS changeId, l.at, l.command, g.model_id AS modelId, g.kind, g.from_cell AS "from", g.to_cell AS "to",
              json_extract(l.summary, '$.reason') AS reason
       FROM grade_changes g JOIN change_log l ON l.id = g.change_id
       WHERE g.client_id = ? AND l.undone = 0 ORDER BY g.change_id DESC LIMIT 100`,
    )
    .all(clientId) as { changeId: number; at: string; command: string; modelId: string; kind: 'formula' | 'override'; from: string | null; to: string | null; reason: string | null }[];
  return {
    clientId,
    modelId: model.id,
    formulaCell,
    overrideCell: override?.cell ?? null,
    overrideReason: override?.reason ?? null,
    overrideAt: override?.at ?? null,
    overrideAgrees: override !== undefined && override.cell === formulaCell,
    overrideFromOlderModel: override !== undefined && override.modelVersion < version,
    trace: result.trace.map((step) => ({ axis: step.axis, path: step.path, kind: step.kind, status: step.status, value: step.value, inputs: step.inputs, ...(step.branch === undefined ? {} : { branch: step.branch }) })),
    missing: result.ok ? [] : [...result.missing],
    unknown: result.ok ? [] : result.unknown.map((u) => ({ attribute: u.attribute, value: u.value })),
    history,
  };
}
