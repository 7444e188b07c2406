import { join } from 'node:path';
import type { Handlers } from '../router';
import type { CoreContext } from '../context';
import { backupDatabase, backupsDirFor, fileStamp } from '../db/backup';
import { integrityCheck, userVersion } from '../db/connection';
import { LATEST_VERSION } from '../db/migrations';
import { clientHandlers } from './clientHandlers';
import { boardHandlers } from './boardHandlers';
import { planningHandlers } from './planningHandlers';
import { transferHandlers } from './transferHandlers';
import { findModel, listModels, summaryOf } from '../db/repos/modelsRepo';
import { listHospitals, listReps } from '../db/repos/referenceRepo';
import { readSetting, readSettings, writeSettings } from '../db/repos/settingsRepo';
import { clearDomainData } from '../services/seedDemo';
import { statsSummary } from '../services/stats';
import { saveDictionary } from '../services/dictionaries';
import { explainGrade } from '../services/explainGrade';
import { activateModel, cloneModel, previewModel, saveModel } from '../services/models';
import { clearOverrides, setOverrides } from '../services/overrides';
import { compareSnapshots, listSnapshots, takeSnapshot } from '../services/snapshots';
import { AppFailure } from '../../../shared/contract';

/** One handler per contract method; the router validates input and output around them. */
export function createHandlers(ctx: CoreContext): Handlers {
  const { db } = ctx;
  const backupNow = (label: string) =>
    backupDatabase(db, join(backupsDirFor(ctx.dbPath), `${label}-${fileStamp()}.sqlite`));

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
    ...transferHandlers(ctx),
    'models.list': () => listModels(db),
    'models.get': ({ id }) => {
      const stored = findModel(db, id);
      if (!stored) throw new AppFailure('notFound', { what: id });
      return { summary: summaryOf(stored), definition: stored.definition };
    },
    'models.preview': ({ definition }) => previewModel(ctx, definition),
    'models.save': ({ definition }) => saveModel(ctx, definition),
    'models.clone': ({ id, newId, name }) => cloneModel(ctx, id, newId, name),
    'models.activate': ({ id }) => activateModel(ctx, id),
    'dictionaries.list': () => Object.values(ctx.grading.dictionaries()),
    'dictionaries.save': ({ dictionary }) => saveDictionary(ctx, dictionary),
    'grades.override': ({ clientIds, cell, reason }) => {
      const result = setOverrides(ctx, clientIds, cell, reason);
      if (result.count > 0) ctx.bus.emit('data:changed', { scopes: ['grades'] });
      return result;
    },
    'grades.clearOverride': ({ clientIds }) => {
      const result = clearOverrides(ctx, clientIds);
      if (result.count > 0) ctx.bus.emit('data:changed', { scopes: ['grades'] });
      return result;
    },
    'grades.explain': ({ clientId }) => explainGrade(ctx, clientId),
    'snapshots.take': ({ period, label }) => takeSnapshot(ctx, period, label),
    'snapshots.list': () => listSnapshots(ctx),
    'snapshots.compare': ({ fromId, toId, moversLimit }) => compareSnapshots(ctx, fromId, toId, moversLimit),
    'settings.get': () => readSettings(db),
    'settings.update': (patch) => {
      const next = writeSettings(db, patch);
      ctx.bus.emit('data:changed', { scopes: ['settings'] });
      return next;
    },
    'db.check': () => {
      const integrity = integrityCheck(db);
      const violations = (db.pragma('foreign_key_check') as unknown[]).length;
      return {
        integrity,
        ok: integrity === 'ok' && violations === 0,
        schemaVersion: userVersion(db),
        latestVersion: LATEST_VERSION,
        foreignKeyViolations: violations,
      };
    },
    'db.backup': async () => {
      const result = await backupNow('manual');
      return { path: result.path, bytes: result.bytes, integrity: result.integrity };
    },
    'data.startEmpty': async () => {
      const backup = await backupNow('before-start-empty');
      clearDomainData(db);
      ctx.grading.invalidate();
      ctx.log.info('domain data cleared after verified backup');
      ctx.bus.emit('data:changed', { scopes: ['all'] });
      return { backupPath: backup.path };
    },
  };
}
