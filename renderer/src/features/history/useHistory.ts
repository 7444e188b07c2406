import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiProvider';
import { useApiQuery } from '../../api/hooks';
import { apiQueryKey } from '../../api/queryKeys';
import { useLocale } from '../../i18n/useLocale';
import { commandKey, isDuplicate, type HistoryAction } from './historyKeys';
import { useHistoryUi } from './historyStore';
import { errorText } from '../../components/errorText';

let lastRequest: { action: HistoryAction; source: string; at: number } | null = null;

/** The change log's state (what Undo and Redo would do) and the two commands. */
export function useHistory() {
  const api = useApi();
  const { t } = useTranslation();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const state = useApiQuery('history.state', {});
  const busy = useHistoryUi((s) => s.busy);

  const run = useCallback(
    async (action: HistoryAction, source: 'keyboard' | 'menu' | 'button') => {
      const request = { action, source, at: performance.now() };
      if (isDuplicate(lastRequest, request)) return;
      lastRequest = request;
      const ui = useHistoryUi.getState();
      // One at a time: a second Ctrl+Z while the first runs would undo two steps unseen.
      if (ui.busy) return;
      ui.setBusy(action);
      try {
        const result = await api.call(action === 'undo' ? 'history.undo' : 'history.redo', {});
        queryClient.setQueryData(apiQueryKey('history.state', {}), result.state);
        const name = t(commandKey(result.command) as never);
        ui.notify(t(action === 'undo' ? 'history.undone' : 'history.redone', { command: name }), 'done');
      } catch (error) {
        const message = errorText(error, locale);
        ui.notify(message, 'error');
      } finally {
        useHistoryUi.getState().setBusy(null);
        void queryClient.invalidateQueries({ queryKey: apiQueryKey('history.state', {}) });
      }
    },
    [api, locale, queryClient, t],
  );

  return { state: state.data, busy, run };
}
