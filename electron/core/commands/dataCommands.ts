import type { CoreContext } from '../context';
import { createBackup } from '../backups/createBackup';
import { assertUnlocked } from '../calibration/calibrationState';
import { clearDomainData, firstFreeClientId, settleDemoChoice } from '../db/repos/demoRegionRepo';
import { writeDemoRegion } from '../demo/demoRegions';
import { demoRegionInfo } from '../../../shared/demo/demoRegions';
import { defineCommand, type CommandTable } from './defineCommand';

type DataCommandNames = 'data.startEmpty' | 'data.loadDemo' | 'demo.markChosen';

/**
 * Replacing the data: the empty start and loading a demo region share one path, a verified
 * backup before the transaction (nothing changes if it fails) and clearDomainData inside it.
 * Both are undoable like any command (every removed row is recorded); the backup is a second way back.
 */
export function dataCommands(ctx: CoreContext): Pick<CommandTable, DataCommandNames> {
  // Replacing every client would wipe a signed-off grading: refused like a move, before the backup.
  const backupBeforeReplacing = async (reason: 'before-start-empty' | 'before-load-demo') => {
    assertUnlocked(ctx.db);
    return (await createBackup(ctx.db, ctx.dbPath, reason, { log: ctx.log })).path;
  };
  return {
    'data.startEmpty': defineCommand('data.startEmpty', {
      kind: 'undoable',
      beforeTransaction: () => backupBeforeReplacing('before-start-empty'),
      run: (_input, run, backupPath) => {
        assertUnlocked(ctx.db);
        clearDomainData(ctx.db);
        Object.assign(run.summary, { backupPath });
        ctx.log.info('domain data cleared after verified backup');
        return { backupPath };
      },
    }),
    // The region is generated before the transaction opens (under the write lock), so the step itself only writes.
    'data.loadDemo': defineCommand('data.loadDemo', {
      kind: 'undoable',
      beforeTransaction: async ({ region }) => {
        const generated = demoRegionInfo(region).generate();
        return { generated, backupPath: await backupBeforeReplacing('before-load-demo') };
      },
      // The pipeline regrades: every client is new, and the active model may be another one now.
      run: ({ region }, run, { generated, backupPath }) => {
        assertUnlocked(ctx.db);
        const firstClientId = firstFreeClientId(ctx.db);
        clearDomainData(ctx.db);
        const written = writeDemoRegion(ctx.db, region, generated, run.now, { firstClientId });
        Object.assign(run.summary, { region, backupPath, modelId: written.modelId, clients: written.clients });
        ctx.log.info('demo region loaded after verified backup', { region, ...written });
        return { region, backupPath, ...written };
      },
    }),
    // Not a step of the history: undoing a region must not bring the first-start question back.
    'demo.markChosen': defineCommand('demo.markChosen', {
      kind: 'unrecorded',
      run: () => {
        settleDemoChoice(ctx.db);
        return { choicePending: false as const };
      },
    }),
  };
}
