import type { CommandName } from '../../../shared/contract';
import type { EventBus } from '../router';

/**
 * Commands the desktop host must not interrupt with an update install: an import, and a restore
 * (which replaces every table and may migrate the backup it restores).
 */
const IMPORT_COMMANDS: ReadonlySet<CommandName> = new Set<CommandName>(['transfer.commit', 'backups.restore']);

export function isImportCommand(name: CommandName): boolean {
  return IMPORT_COMMANDS.has(name);
}

/**
 * Runs an import and tells the host it began and ended ('activity:changed'), whatever the
 * outcome. Called under the write lock, so imports never overlap and the flags pair up.
 */
export async function whileImporting<T>(bus: Pick<EventBus, 'emit'>, work: () => Promise<T>): Promise<T> {
  bus.emit('activity:changed', { importing: true });
  try {
    return await work();
  } finally {
    bus.emit('activity:changed', { importing: false });
  }
}
