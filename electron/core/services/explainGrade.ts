import { AppFailure } from '../../../shared/contract';
import { gradeClient } from '../../../shared/grading';
import type { CoreContext } from '../context';
import { readGradingInputs } from '../db/repos/clientsRepo';
import { readGradeHistory } from '../db/repos/changeLogRepo';
import { findOverrideNote } from '../db/repos/overridesRepo';

/** Why a client sits in its cell: the formula's trace, the override with its reason, and the cell history. */
export function explainGrade(ctx: CoreContext, clientId: number) {
  const [input] = readGradingInputs(ctx.db, [clientId]);
  if (!input) throw new AppFailure('notFound', { what: `client ${clientId}` });
  const { definition: model, version } = ctx.grading.model();
  const result = gradeClient(model, ctx.grading.dictionaries(), input.attrs);
  const override = findOverrideNote(ctx.db, model.id, clientId);
  const formulaCell = result.ok ? result.cell : null;
  const history = readGradeHistory(ctx.db, clientId);
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
