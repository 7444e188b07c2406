import type { QueryHandlers } from '../router';
import type { CoreContext } from '../context';
import { backupsDirFor } from '../db/backup';
import { listBackups } from './listBackups';

export function backupHandlers(ctx: CoreContext): Pick<QueryHandlers, 'backups.list'> {
  return {
    'backups.list': () => listBackups(backupsDirFor(ctx.dbPath), Date.parse(ctx.now())),
  };
}
