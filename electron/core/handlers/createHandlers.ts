import type { Handlers, QueryHandlers } from '../router';
import type { CoreContext } from '../context';
import { backupsDirFor } from '../db/backup';
import { integrityCheck, userVersion } from '../db/connection';
import { countForeignKeyViolations } from '../db/foreignKeyCheck';
import { LATEST_VERSION } from '../db/migrations';
import { clientHandlers } from './clientHandlers';
import { boardHandlers } from './boardHandlers';
import { planningHandlers } from './planningHandlers';
import { transferHandlers } from './transferHandlers';
import { analysisHandlers } from './analysisHandlers';
import { calibrationHandlers } from './calibrationHandlers';
import { backupHandlers } from '../backups/backupHandlers';
import { diagnosticsHandlers } from '../diagnostics/diagnosticsHandlers';
import { demoHandlers } from '../demo/demoHandlers';
import { findModel, listModels, summaryOf } from '../db/repos/modelsRepo';
import { listHospitals, listReps } from '../db/repos/referenceRepo';
import { readSetting, readSettings } from '../db/repos/settingsRepo';
import { statsSummary } from '../services/stats';
import { explainGrade } from '../services/explainGrade';
import { previewModel } from '../services/models';
import { compareSnapshots, listSnapshots } from '../services/snapshots';
import { AppFailure, COMMAND_NAMES, type CommandName } from '../../../shared/contract';
import type { Pipeline } from '../commands/pipeline';
import type { TransferStore } from '../transfer/transferStore';

/** One handler per query of the contract. */
function queryHandlers(ctx: CoreContext, pipeline: Pipeline, store: TransferStore): QueryHandlers {
  const { db } = ctx;
  return {
    'app.info': () => ({
      appVersion: ctx.appVersion,
      schemaVersion: userVersion(db),
      dbPath: ctx.dbPath,
      backupsDir: backupsDirFor(ctx.dbPath),
      demo: readSetting(db, 'demo') !== undefined,
    }),
    'stats.summary': ({ repId }) => statsSummary(db, ctx.grading.model().definition, repId),
    'reps.list': () => listReps(db),
    'hospitals.list': () => listHospitals(db),
    ...clientHandlers(ctx),
    ...boardHandlers(ctx),
    ...planningHandlers(ctx),
    ...transferHandlers(ctx, store),
    ...analysisHandlers(ctx),
    ...calibrationHandlers(ctx),
    ...backupHandlers(ctx),
    ...diagnosticsHandlers(ctx),
    ...demoHandlers(ctx),
    'history.state': () => pipeline.historyState(),
    'models.list': () => listModels(db),
    'models.get': ({ id }) => {
      const stored = findModel(db, id);
      if (!stored) throw new AppFailure('notFound', { what: id });
      return { summary: summaryOf(stored), definition: stored.definition };
    },
    'models.preview': ({ definition }) => previewModel(ctx, definition),
    'dictionaries.list': () => Object.values(ctx.grading.dictionaries()),
    'grades.explain': ({ clientId }) => explainGrade(ctx, clientId),
    'snapshots.list': () => listSnapshots(ctx),
    'snapshots.compare': ({ fromId, toId, moversLimit }) => compareSnapshots(ctx, fromId, toId, moversLimit),
    'settings.get': () => readSettings(db),
    'db.check': () => {
      const integrity = integrityCheck(db);
      const violations = countForeignKeyViolations(db);
      return {
        integrity,
        ok: integrity === 'ok' && violations === 0,
        schemaVersion: userVersion(db),
        latestVersion: LATEST_VERSION,
        foreignKeyViolations: violations,
      };
    },
  };
}

/** Queries answer directly; every command runs through the pipeline. */
export function createHandlers(ctx: CoreContext, pipeline: Pipeline, store: TransferStore): Handlers {
  const commands = Object.fromEntries(
    COMMAND_NAMES.map((name: CommandName) => [name, (input: never) => pipeline.execute(name, input)]),
  ) as Pick<Handlers, CommandName>;
  return { ...queryHandlers(ctx, pipeline, store), ...commands };
}
