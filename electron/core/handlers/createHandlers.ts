import { join } from 'node:path';
import { zoneOfCell } from '../../../shared/grading';
import type { Handlers } from '../router';
import type { CoreContext } from '../context';
import { backupDatabase, backupsDirFor, fileStamp } from '../db/backup';
import { integrityCheck, userVersion } from '../db/connection';
import { LATEST_VERSION } from '../db/migrations';
import { listClients } from '../db/repos/clientsRepo';
import { activeModel, listModels } from '../db/repos/modelsRepo';
import { listHospitals, listReps } from '../db/repos/referenceRepo';
import { readSetting, readSettings, writeSettings } from '../db/repos/settingsRepo';
import { clearDomainData } from '../services/seedDemo';
import { statsSummary } from '../services/stats';

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
    'stats.summary': ({ repId }) => statsSummary(db, activeModel(db).definition, repId),
    'reps.list': () => listReps(db),
    'hospitals.list': () => listHospitals(db),
    'clients.list': (query) => {
      const model = activeModel(db).definition;
      const page = listClients(db, model.id, query);
      return {
        total: page.total,
        rows: page.rows.map((row) => ({ ...row, zoneId: row.cell ? (zoneOfCell(model, row.cell)?.id ?? null) : null })),
      };
    },
    'models.list': () => listModels(db),
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
      ctx.log.info('domain data cleared after verified backup');
      ctx.bus.emit('data:changed', { scopes: ['all'] });
      return { backupPath: backup.path };
    },
  };
}
