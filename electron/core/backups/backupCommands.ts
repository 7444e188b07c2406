import type { CoreContext } from '../context';
import { defineReadonlyCommand, type CommandTable } from '../commands/defineCommand';
import { createBackup } from './createBackup';
import { restoreBackup } from './restoreBackup';

/**
 * Both hold the write lock, so no command runs while a copy is taken or the data replaced.
 * They are 'readonly' for the pipeline: a backup writes no row, and a restore writes outside
 * the change capture on purpose (it replaces the change log itself, and records itself there).
 */
export function backupCommands(ctx: CoreContext): Pick<CommandTable, 'db.backup' | 'backups.restore'> {
  return {
    'db.backup': defineReadonlyCommand(
      'db.backup',
      async () => {
        const result = await createBackup(ctx.db, ctx.dbPath, 'manual', { log: ctx.log, now: () => new Date(ctx.now()) });
        return { id: result.id, path: result.path, bytes: result.bytes, integrity: result.integrity };
      },
      { locked: true },
    ),
    'backups.restore': defineReadonlyCommand('backups.restore', ({ id }) => restoreBackup(ctx, id), { locked: true }),
  };
}
