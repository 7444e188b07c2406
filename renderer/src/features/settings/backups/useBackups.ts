import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BackupEntry } from '../../../../../shared/contract/backupMethods';
import { useApi } from '../../../api/ApiProvider';
import { useApiMutation, useApiQuery } from '../../../api/hooks';
import { API_KEY_ROOT, apiQueryKey } from '../../../api/queryKeys';
import { useLastRestore } from './restoreStore';

/** The list, 立即备份, 恢复 and 撤销恢复, with the caches they make stale. */
export function useBackups() {
  const api = useApi();
  const queryClient = useQueryClient();
  const store = useLastRestore();
  const list = useApiQuery('backups.list', {});
  const create = useApiMutation('db.backup');
  // A backup changes no data, so no event says the list moved.
  const refreshList = () => void queryClient.invalidateQueries({ queryKey: apiQueryKey('backups.list', {}) });
  // The core announces 'data:changed' (all) after a restore; refetching here covers a dropped event stream.
  const refreshAll = () => void queryClient.invalidateQueries({ queryKey: [API_KEY_ROOT] });
  // Callbacks on the mutation itself, so they run even when the page was left while it worked.
  const restore = useMutation({
    mutationFn: (entry: BackupEntry) => api.call('backups.restore', { id: entry.id }),
    onSuccess: (result, entry) => {
      useLastRestore.getState().restored(result, entry.createdAt);
      refreshAll();
    },
    onError: refreshList,
  });
  const undo = useMutation({
    mutationFn: (keptAsideId: string) => api.call('backups.restore', { id: keptAsideId }),
    onSuccess: () => {
      useLastRestore.getState().undone();
      refreshAll();
    },
    onError: refreshList,
  });
  return {
    list,
    create,
    restore,
    undo,
    lastRestore: store.last,
    dismissRestore: store.dismiss,
    backUpNow: () => create.mutate({}, { onSuccess: refreshList }),
    restoreBackup: (entry: BackupEntry) => {
      undo.reset();
      restore.mutate(entry);
    },
    undoRestore: (keptAsideId: string) => undo.mutate(keptAsideId),
    busy: create.isPending || restore.isPending || undo.isPending,
  };
}
