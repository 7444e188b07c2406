import { AppFailure, type MethodOutput, type ModelPreview, type ModelProblemDto } from '../../../shared/contract';

type ModelSaveResult = MethodOutput<'models.save'>;
import { gradeAll, validateModel, type ModelDefinition } from '../../../shared/grading';
import { cellRanks, countByCell, movementDirection } from '../../../shared/history/cellMovement';
import { defineCommand, type CommandTable } from '../commands/defineCommand';
import type { CoreContext } from '../context';
import { createBackup } from '../backups/createBackup';
import { assertUnlocked } from '../calibration/calibrationState';
import { readGradingInputs } from '../db/repos/clientsRepo';
import { findModel, setActiveModel, summaryOf, writeModel } from '../db/repos/modelsRepo';
import { clientLabels } from '../db/repos/moverDetailsRepo';

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
  await createBackup(ctx.db, ctx.dbPath, 'before-model-change', { log: ctx.log });
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

/**
 * Saving, copying and activating models: each one undo step; the pipeline regrades when the active
 * model changes. Activating another model, or saving the active one, is refused while a period is
 * signed off (periods.locked), like a move: either would regrade the locked grading.
 */
export function modelCommands(ctx: CoreContext): Pick<CommandTable, 'models.save' | 'models.clone' | 'models.activate'> {
  return {
    // A user model is saved as a new version; an active one is regraded in the same step, after a backup.
    'models.save': defineCommand('models.save', {
      kind: 'undoable',
      beforeTransaction: async ({ definition }) => {
        const stored = findModel(ctx.db, definition.id);
        if (stored?.builtin) throw new AppFailure('model.builtinReadOnly', { model: stored.definition.name['zh-CN'] });
        // Saving the active model regrades every client: not while the grading is signed off.
        if (stored?.active) assertUnlocked(ctx.db);
        const problems = problemsOf(ctx, definition);
        if (problems.length === 0 && stored?.active) await backupBeforeModelChange(ctx);
        return problems;
      },
      run: ({ definition }, run, problems): ModelSaveResult => {
        if (problems.length > 0) return { saved: false, problems };
        const stored = findModel(ctx.db, definition.id);
        if (stored?.active) assertUnlocked(ctx.db);
        const next: ModelDefinition = { ...definition, version: (stored?.version ?? 0) + 1 };
        writeModel(ctx.db, next, run.now);
        Object.assign(run.summary, { modelId: next.id, version: next.version });
        return { saved: true, model: summaryOf(requireModel(ctx, next.id)) };
      },
    }),
    'models.clone': defineCommand('models.clone', {
      kind: 'undoable',
      run: ({ id, newId, name }, run) => {
        const source = requireModel(ctx, id);
        if (findModel(ctx.db, newId)) throw new AppFailure('model.idTaken', { id: newId });
        writeModel(ctx.db, { ...structuredClone(source.definition), id: newId, name, version: 1 }, run.now);
        Object.assign(run.summary, { from: id, modelId: newId });
        return summaryOf(requireModel(ctx, newId));
      },
    }),
    // Switching the active model: a verified backup first, then every client regraded by the pipeline.
    'models.activate': defineCommand('models.activate', {
      kind: 'undoable',
      beforeTransaction: async ({ id }) => {
        const target = requireModel(ctx, id);
        // Another model regrades every client: the signed-off grading would change under its lock.
        if (ctx.grading.model().definition.id !== id) assertUnlocked(ctx.db);
        const problems = problemsOf(ctx, target.definition);
        if (problems.length > 0) throw new AppFailure('model.invalid', { problems: problems.map((p) => p.message['zh-CN']).join('；') });
        if (ctx.grading.model().definition.id !== id) await backupBeforeModelChange(ctx);
      },
      run: ({ id }, run) => {
        const previous = ctx.grading.model().definition.id;
        if (previous !== id) {
          assertUnlocked(ctx.db);
          setActiveModel(ctx.db, id, run.now);
          Object.assign(run.summary, { from: previous, to: id });
        }
        return summaryOf(requireModel(ctx, id));
      },
    }),
  };
}
