import type { CoreContext } from '../context';
import { writeSettings } from '../db/repos/settingsRepo';
import { takeSnapshot } from '../services/snapshots';
import { defineCommand, type CommandTable } from './defineCommand';

type AppCommandNames = 'settings.update' | 'snapshots.take';

/** Settings and period snapshots (backups: backups/backupCommands.ts; the empty start and demo regions: dataCommands.ts). */
export function appCommands(ctx: CoreContext): Pick<CommandTable, AppCommandNames> {
  return {
    // A language or a column layout is not a step Ctrl+Z should take back.
    'settings.update': defineCommand('settings.update', { kind: 'unrecorded', run: (patch) => writeSettings(ctx.db, patch) }),
    'snapshots.take': defineCommand('snapshots.take', {
      kind: 'undoable',
      run: ({ period, label }, run) => {
        Object.assign(run.summary, { period });
        return takeSnapshot(ctx, period, label);
      },
    }),
  };
}
