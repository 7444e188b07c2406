import { join } from 'node:path';
import { AppFailure, type ModelPreview, type ModelProblemDto } from '../../../shared/contract';
import { gradeAll, validateModel, type ModelDefinition } from '../../../shared/grading';
import type { ModelSummary } from '../../../shared/domain/schemas';
import { cellRanks, countByCell, movementDirection } from '../../../shared/history/cellMovement';
import { recordChange } from '../changeLog/recordChange';
import type { CoreContext } from '../context';
import { backupDatabase, backupsDirFor, fileStamp } from '../db/backup';
import { readGradingInputs } from '../db/repos/clientsRepo';
import { findModel, setActiveModel, summaryOf, writeModel } from '../db/repos/modelsRepo';
import { clientLabels } from '../db/repos/moverDetailsRepo';
import { regradeAll } from './regrade';

const MOVERS_SHOWN = 200;

function problemsOf(ctx: CoreContext, definition: ModelDefinition): ModelProblemDto[] {
  return validateModel(definition, { knownDictionaryIds: Object.keys(ctx.grading.dictionaries()) }).map((problem) => ({
    code: problem.code,
    path: problem.path.join('.'),
    params: problem.params,
    message: problem.message,
  }));
}

function requireModel(ctx: CoreContext, id: string) {
  const stored = findModel(ctx.db, id);
  if (!stored) throw new AppFailure('notFound', { what: id });
  return stored;
}

/** A verified backup before anything that regrades every client. */
async function backupBeforeModelChange(ctx: CoreContext): Promise<void> {
  await backupDatabase(ctx.db, join(backupsDirFor(ctx.dbPath), `before-model-change-${fileStamp()}.sqlite`));
}

/**
 * What-if: grades every client with the stored definition of the same model (or the active
 * model for a new one) and with the edited definition, without writing anything.
 */
export function previewModel(ctx: CoreContext, definition: ModelDefinition): ModelPreview {
  const problems = problemsOf(ctx, definition);
  if (problems.length > 0) return { problems, before: {}, after: {}, ungradedBefore: 0, ungradedAfter: 0, movers: { total: 0, rows: [] } };
  const baseline = findModel(ctx.db, definition.id)?.definition ?? ctx.grading.model().definition;
  const dictionaries = ctx.grading.dictionaries();
  const inputs = readGradingInputs(ctx.db);
  const attrs = inputs.map((input) => input.attrs);
  const beforeCells = gradeAll(baseline, dictionaries, attrs).map((r) => (r.ok ? r.cell : null));
  const afterCells = gradeAll(definition, dictionaries, attrs).map((r) => (r.ok ? r.cell : null));
  const moved: { id: number; from: string | null; to: string | null }[] = [];
  inputs.forEach((input, i) => {
    if (beforeCells[i] !== afterCells[i]) moved.push({ id: input.id, from: beforeCells[i] ?? null, to: afterCells[i] ?? null });
  });
  const ranks = cellRanks(definition);
  const shown = moved.slice(0, MOVERS_SHOWN);
  const byId = new Map(shown.map((m) => [m.id, m]));
  const before = countByCell(baseline, beforeCells);
  const after = countByCell(definition, afterCells);
  return {
    problems,
    before: before.counts,
    after: after.counts,
    ungradedBefore: before.ungraded,
    ungradedAfter: after.ungraded,
    movers: {
      total: moved.length,
      rows: clientLabels(ctx.db, shown.map((m) => m.id)).map((label) => {
        const move = byId.get(label.clientId)!;
        return { ...label, from: move.from, to: move.to, direction: movementDirection(ranks, move.from, move.to) };
      }),
    },
  };
}

/** Saves a user model as a new version; an active model is regraded, after a backup, in the same command. */
export async function saveModel(
  ctx: CoreContext,
  definition: ModelDefinition,
): Promise<{ saved: true; model: ModelSummary } | { saved: false; problems: ModelProblemDto[] }> {
  const stored = findModel(ctx.db, definition.id);
  if (stored?.builtin) throw new AppFailure('model.builtinReadOnly', { model: stored.definition.name['zh-CN'] });
  const problems = problemsOf(ctx, definition);
  if (problems.length > 0) return { saved: false, problems };
  const next: ModelDefinition = { ...definition, version: (stored?.version ?? 0) + 1 };
  if (stored?.active) await backupBeforeModelChange(ctx);
  const now = ctx.now();
  ctx.db.transaction(() => {
    writeModel(ctx.db, next, now);
    const changeId = recordChange(ctx.db, {
      command: 'models.save',
      summary: { modelId: next.id, version: next.version },
      items: [{ entity: 'models', entityId: next.id, before: stored?.definition ?? null, after: next }],
      at: now,
    });
    if (stored?.active) regradeAll(ctx.db, next, ctx.grading.dictionaries(), { changeId });
  })();
  ctx.grading.invalidate();
  ctx.bus.emit('data:changed', { scopes: stored?.active ? ['models', 'grades'] : ['models'] });
  return { saved: true, model: summaryOf(requireModel(ctx, next.id)) };
}

export function cloneModel(ctx: CoreContext, id: string, newId: string, name: ModelDefinition['name']): ModelSummary {
  const source = requireModel(ctx, id);
  if (findModel(ctx.db, newId)) throw new AppFailure('model.idTaken', { id: newId });
  const copy: ModelDefinition = { ...structuredClone(source.definition), id: newId, name, version: 1 };
  const now = ctx.now();
  ctx.db.transaction(() => {
    writeModel(ctx.db, copy, now);
    recordChange(ctx.db, { command: 'models.clone', summary: { from: id, modelId: newId }, items: [{ entity: 'models', entityId: newId, before: null, after: copy }], at: now });
  })();
  ctx.bus.emit('data:changed', { scopes: ['models'] });
  return summaryOf(requireModel(ctx, newId));
}

/** Switches the active model: verified backup, one recorded change, every client regraded. */
export async function activateModel(ctx: CoreContext, id: string): Promise<ModelSummary> {
  const target = requireModel(ctx, id);
  const problems = problemsOf(ctx, target.definition);
  if (problems.length > 0) throw new AppFailure('model.invalid', { problems: problems.map((p) => p.message['zh-CN']).join('；') });
  const previous = ctx.grading.model().definition.id;
  if (previous === id) return summaryOf(target);
  await backupBeforeModelChange(ctx);
  const now = ctx.now();
  ctx.db.transaction(() => {
    setActiveModel(ctx.db, id, now);
    const changeId = recordChange(ctx.db, {
      command: 'models.activate',
      summary: { from: previous, to: id },
      items: [{ entity: 'models.active', entityId: 'active', before: previous, after: id }],
      at: now,
    });
    regradeAll(ctx.db, target.definition, ctx.grading.dictionaries(), { changeId });
  })();
  ctx.grading.invalidate();
  ctx.bus.emit('data:changed', { scopes: ['models', 'grades'] });
  return summaryOf(requireModel(ctx, id));
}
