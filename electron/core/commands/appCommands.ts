import { join } from 'node:path';
import type { CoreContext } from '../context';
import { backupDatabase, backupsDirFor, fileStamp } from '../db/backup';
import { clearDomainData } from '../db/repos/demoRegionRepo';
import { writeSettings } from '../db/repos/settingsRepo';
import { takeSnapshot } from '../services/snapshots';
import { defineCommand, defineReadonlyCommand, type CommandTable } from './defineCommand';

type AppCommandNames = 'settings.update' | 'db.backup' | 'data.startEmpty' | 'snapshots.take';

function backupNow(ctx: CoreContext, label: string) {
  return backupDatabase(ctx.db, join(backupsDirFor(ctx.dbPath), `${label}-${fileStamp()}.sqlite`));
}

/** Settings, backups, the empty start and period snapshots. */
export function appCommands(ctx: CoreContext): Pick<CommandTable, AppCommandNames> {
  return {
    // A language or a column layout is not a step Ctrl+Z should take back.
    'settings.update': defineCommand('settings.update', { kind: 'unrecorded', run: (patch) => writeSettings(ctx.db, patch) }),
    // Locked so the copy never holds half a command.
    'db.backup': defineReadonlyCommand(
      'db.backup',
      async () => {
        const result = await backupNow(ctx, 'manual');
        return { path: result.path, bytes: result.bytes, integrity: result.integrity };
      },
      { locked: true },
    ),
    // Undoable like any command (every removed row is recorded); the verified backup is a second way back.
    'data.startEmpty': defineCommand('data.startEmpty', {
      kind: 'undoable',
      beforeTransaction: async () => (await backupNow(ctx, 'before-start-empty')).path,
      run: (_input, run, backupPath) => {
        clearDomainData(ctx.db);
        Object.assign(run.summary, { backupPath });
        ctx.log.info('domain data cleared after verified backup');
        return { backupPath };
      },
    }),
    'snapshots.take': defineCommand('snapshots.take', {
      kind: 'undoable',
      run: ({ period, label }, run) => {
        Object.assign(run.summary, { period });
        return takeSnapshot(ctx, period, label);
      },
    }),
  };
}
