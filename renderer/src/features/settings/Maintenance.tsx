import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiProvider';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { API_KEY_ROOT } from '../../api/queryKeys';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';

/** db.check is a query in the contract but runs on demand here, so it is driven like a command. */
function useDbCheck() {
  const api = useApi();
  return useMutation({ mutationFn: () => api.call('db.check', {}) });
}

export function Maintenance() {
  const { t } = useTranslation();
  const info = useApiQuery('app.info', {});
  const check = useDbCheck();
  const startEmpty = useApiMutation('data.startEmpty');
  const [confirming, setConfirming] = useState(false);
  const queryClient = useQueryClient();

  return (
    <div className="maintenance">
      <div className="action-row">
        <button type="button" className="button" disabled={check.isPending} onClick={() => check.mutate()}>
          {check.isPending ? t('settings.checking') : t('settings.check')}
        </button>
        <div className="action-result" aria-live="polite" data-testid="db-check-result">
          {check.data ? (
            <p className={check.data.ok ? 'result-ok' : 'result-bad'}>
              {t(check.data.ok ? 'settings.checkOk' : 'settings.checkProblem', {
                integrity: check.data.integrity,
                schema: check.data.schemaVersion,
                latest: check.data.latestVersion,
                violations: check.data.foreignKeyViolations,
              })}
            </p>
          ) : null}
          {check.isError ? <ErrorMessage error={check.error} /> : null}
        </div>
      </div>

      <div className="action-row">
        <button
          type="button"
          className="button button-danger"
          disabled={startEmpty.isPending}
          onClick={() => setConfirming(true)}
        >
          {startEmpty.isPending ? t('settings.startingEmpty') : t('settings.startEmpty')}
        </button>
        <div className="action-result" aria-live="polite" data-testid="start-empty-result">
          {startEmpty.data ? (
            <p className="result-ok selectable">{t('settings.startEmptyDone', { path: startEmpty.data.backupPath })}</p>
          ) : null}
          {startEmpty.isError ? <ErrorMessage error={startEmpty.error} /> : null}
        </div>
      </div>

      <ConfirmDialog
        open={confirming}
        danger
        title={t('settings.startEmptyTitle')}
        confirmLabel={t('settings.startEmptyConfirm')}
        cancelLabel={t('common.cancel')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          // The core also announces 'data:changed' (all); refetching here covers a dropped event stream.
          startEmpty.mutate({}, { onSuccess: () => void queryClient.invalidateQueries({ queryKey: [API_KEY_ROOT] }) });
        }}
      >
        <p>{t('settings.startEmptyBody')}</p>
        <p>{t('settings.startEmptyBackup', { dir: info.data?.backupsDir ?? '…' })}</p>
      </ConfirmDialog>
    </div>
  );
}
