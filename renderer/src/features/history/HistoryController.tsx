import './history.css';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiProvider';
import { apiQueryKey } from '../../api/queryKeys';
import { DUPLICATE_WINDOW_MS, historyShortcut, isTextEditing, type HistoryAction } from './historyKeys';
import { useHistoryUi } from './historyStore';
import { useHistory } from './useHistory';

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/**
 * Mounted once for the whole app: Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y and the Electron menu's
 * Undo/Redo drive the change log, unless focus is in a text field, where they undo typing.
 * Also keeps the history state fresh and announces what was undone.
 */
export function HistoryController() {
  const api = useApi();
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const { run } = useHistory();
  const notice = useHistoryUi((s) => s.notice);
  const dismiss = useHistoryUi((s) => s.dismiss);
  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  }, [run]);

  // Any command changes what Undo would do; the core says so with 'data:changed'.
  useEffect(
    () => api.on('data:changed', () => void queryClient.invalidateQueries({ queryKey: apiQueryKey('history.state', {}) })),
    [api, queryClient],
  );

  useEffect(() => {
    /** A shortcut typed in a text field: the menu may report the same press, which then belongs to the field. */
    let lastTextKey: { action: HistoryAction; at: number } | null = null;
    const onKeyDown = (event: KeyboardEvent) => {
      const action = historyShortcut(event, isMac());
      if (!action || event.defaultPrevented) return;
      if (isTextEditing(document.activeElement as HTMLElement | null)) {
        lastTextKey = { action, at: performance.now() };
        return;
      }
      event.preventDefault();
      void runRef.current(action, 'keyboard');
    };
    const offMenu = api.on('menu:commandRequested', ({ command }) => {
      if (command !== 'undo' && command !== 'redo') return;
      if (isTextEditing(document.activeElement as HTMLElement | null)) {
        const sameKey = lastTextKey && lastTextKey.action === command && performance.now() - lastTextKey.at < DUPLICATE_WINDOW_MS;
        // execCommand is deprecated but still the only way to drive a field's own undo stack from outside.
        if (!sameKey) document.execCommand(command);
        return;
      }
      void runRef.current(command, 'menu');
    });
    window.addEventListener('keydown', onKeyDown, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      offMenu();
    };
  }, [api]);

  useEffect(() => {
    if (!notice || notice.kind === 'error') return;
    const timer = setTimeout(dismiss, 4000);
    return () => clearTimeout(timer);
  }, [notice, dismiss]);

  return (
    <div className="history-notice-area" aria-live="polite" data-testid="history-notice">
      {notice ? (
        <p key={notice.seq} className={`history-notice history-notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <span>{notice.text}</span>
          <button type="button" className="history-notice-close" aria-label={t('history.dismiss')} onClick={dismiss}>
            ×
          </button>
        </p>
      ) : null}
    </div>
  );
}
