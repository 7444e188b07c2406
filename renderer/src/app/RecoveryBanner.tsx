import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiProvider';
import { findBridge } from '../api/bridgeTransport';
import { API_KEY_ROOT } from '../api/queryKeys';
import { withNotice, withoutNotice, type RecoveryNotice } from './recoveryNotices';
import './recoveryBanner.css';

/**
 * Says what the desktop host recovered from: a renderer crash (the host reloaded this page and
 * answers takeRecoveryNotice once) or a core worker restart (core:restarted; every view
 * refetches, since calls in flight may or may not have been applied). The browser preview
 * has neither and never shows it.
 */
export function RecoveryBanner() {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [notices, setNotices] = useState<RecoveryNotice[]>([]);

  useEffect(() => {
    const host = findBridge(window)?.host;
    if (typeof host?.takeRecoveryNotice !== 'function') return;
    let live = true;
    host.takeRecoveryNotice().then(
      ({ reloadedAfterCrash }) => {
        if (live && reloadedAfterCrash) setNotices((list) => withNotice(list, 'rendererReloaded'));
      },
      // Not knowing whether there was a crash is no reason to disturb the user.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(
    () =>
      api.on('core:restarted', () => {
        void queryClient.invalidateQueries({ queryKey: [API_KEY_ROOT] });
        setNotices((list) => withNotice(list, 'coreRestarted'));
      }),
    [api, queryClient],
  );

  if (notices.length === 0) return null;
  return (
    <div className="recovery-banners" data-testid="recovery-banner">
      {notices.map((notice) => (
        <div key={notice} className="notice recovery-banner" role="alert" data-notice={notice}>
          <p>{t(`recovery.${notice}`)}</p>
          <button type="button" className="button" onClick={() => setNotices((list) => withoutNotice(list, notice))}>
            {t('recovery.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
