import { BUILTIN_MODELS, DEFAULT_DICTIONARIES, DEFAULT_MODEL_ID } from '../../shared/models';
import { DEFAULT_DEMO_REGION, demoRegionInfo, type DemoRegionId } from '../../shared/demo/demoRegions';
import type { CoreContext } from './context';
import { openDatabase } from './db/openDatabase';
import { closeConnection } from './db/connection';
import { ensureBuiltinModels } from './db/repos/modelsRepo';
import { ensureBuiltinDictionaries } from './db/repos/dictionariesRepo';
import { createGradingState } from './grading/gradingState';
import { countRows } from './db/repos/referenceRepo';
import { readSetting, writeSetting } from './db/repos/settingsRepo';
import { createHandlers } from './handlers/createHandlers';
import type { Logger } from './log/logger';
import type { DiagnosticsSources } from './diagnostics/sources';
import { createEventBus, createRouter, type Router } from './router';
import { createCommandTable } from './commands/commandTable';
import { createPipeline, type Pipeline } from './commands/pipeline';
import { installChangeCapture } from './db/changeCapture';
import { TransferStore } from './transfer/transferStore';
import { markDemoChoicePending } from './db/repos/demoRegionRepo';
import { writeDemoRegion } from './demo/demoRegions';
import { regradeAll } from './services/regrade';

export interface CoreOptions {
  dbPath: string;
  /**
   * What a brand-new database starts with: true, the default demo region, and the app asks at
   * first start which region the user wants (or none); a region id, that region, chosen already
   * (the CLI, a test harness); false, nothing.
   */
  seedDemo: boolean | DemoRegionId;
  appVersion: string;
  log: Logger;
  /** Injected clock for deterministic tests. */
  now?: () => string;
  /** The log folder and host versions for 导出诊断信息. */
  diagnostics?: DiagnosticsSources;
}

export interface Core {
  router: Router;
  context: CoreContext;
  /** Every change goes through it; hosts that own the database alone (the CLI) use it directly. */
  pipeline: Pipeline;
  close(): void;
}

/**
 * Opens the database (refusing newer or foreign files), makes sure the built-in models
 * exist, creates the demo region on a brand-new database when asked, regrades, and
 * returns the router every transport serves.
 */
export async function openCore(options: CoreOptions): Promise<Core> {
  const now = options.now ?? (() => new Date().toISOString());
  const opened = await openDatabase(options.dbPath, options.log);
  const { db } = opened;
  try {
    ensureBuiltinDictionaries(db, DEFAULT_DICTIONARIES, now());
    for (const refresh of ensureBuiltinModels(db, BUILTIN_MODELS, DEFAULT_MODEL_ID, now())) {
      // The active preset is regraded below like every start; a deferred one waits for the unlock.
      if (refresh.deferred) options.log.info('built-in model update deferred: the grading is signed off', { ...refresh });
      else options.log.info('built-in model updated', { ...refresh });
    }
    const grading = createGradingState(db);
    const isNew = opened.previousVersion === 0 && readSetting(db, 'initialised') === undefined;
    if (isNew) {
      if (options.seedDemo !== false && countRows(db, 'clients') === 0) {
        const region = options.seedDemo === true ? DEFAULT_DEMO_REGION : options.seedDemo;
        const at = now();
        db.transaction(() => {
          const counts = writeDemoRegion(db, region, demoRegionInfo(region).generate(), at);
          if (options.seedDemo === true) markDemoChoicePending(db, at);
          options.log.info('demo region created', { region, ...counts });
        })();
      }
      writeSetting(db, 'initialised', { at: now(), demo: options.seedDemo !== false });
    }
    const regrade = regradeAll(db, grading.model().definition, grading.dictionaries());
    options.log.info('core opened', { schema: opened.previousVersion, regrade });
    const bus = createEventBus();
    const context: CoreContext = {
      db,
      dbPath: opened.path,
      appVersion: options.appVersion,
      grading,
      bus,
      log: options.log,
      now,
      diagnostics: options.diagnostics ?? {},
    };
    // After the start-up work above: from here on every write is a command's, and is captured.
    const captured = installChangeCapture(db);
    const store = new TransferStore();
    const pipeline = createPipeline(context, captured, createCommandTable(context, store));
    const router = createRouter(createHandlers(context, pipeline, store), bus, options.log);
    return {
      router,
      context,
      pipeline,
      close() {
        closeConnection(db);
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
