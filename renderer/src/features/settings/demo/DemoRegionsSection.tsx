import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DemoRegionSummary } from '../../../../../shared/contract/demoMethods';
import { useApiMutation, useApiQuery } from '../../../api/hooks';
import { API_KEY_ROOT } from '../../../api/queryKeys';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { useLocale } from '../../../i18n/useLocale';
import { regionText } from './regionText';
import './demoRegions.css';

/** 设置 → 示例数据: every demo region with one line, the current one marked, each loadable after a confirm. */
export function DemoRegionsSection() {
  const { t } = useTranslation();
  const locale = useLocale();
  const demo = useApiQuery('demo.regions', {});
  const models = useApiQuery('models.list', {});
  const info = useApiQuery('app.info', {});
  const load = useApiMutation('data.loadDemo');
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<DemoRegionSummary | null>(null);
  const [loaded, setLoaded] = useState<{ name: string; path: string } | null>(null);
  const asked = confirming ? regionText(confirming, locale, models.data) : null;

  return (
    <section className="panel" aria-labelledby="settings-demo-title" data-testid="settings-demo">
      <h2 id="settings-demo-title">{t('demoRegions.title')}</h2>
      <p className="muted">{t('demoRegions.intro')}</p>
      {demo.isError ? <ErrorMessage error={demo.error} onRetry={() => void demo.refetch()} /> : null}
      {demo.isPending ? <Loading /> : null}
      {demo.data ? (
        <ul className="demo-regions">
          {demo.data.regions.map((region) => {
            const text = regionText(region, locale, models.data);
            const current = demo.data.current === region.id;
            return (
              <li key={region.id} className="demo-region" data-testid={`demo-region-${region.id}`}>
                <div className="demo-region-text">
                  <span className="demo-region-name">{text.name}</span>
                  {current ? <span className="demo-region-current">{t('demoRegions.current')}</span> : null}
                  <p className="muted">{text.description}</p>
                </div>
                <button
                  type="button"
                  className="button"
                  disabled={load.isPending}
                  aria-label={`${t('demoRegions.load')} ${text.name}`}
                  onClick={() => setConfirming(region)}
                >
                  {load.isPending && load.variables?.region === region.id ? t('demoRegions.loading') : t('demoRegions.load')}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <div className="action-result" aria-live="polite" data-testid="demo-load-result">
        {loaded && load.isSuccess ? <p className="result-ok selectable">{t('demoRegions.done', loaded)}</p> : null}
        {load.isError ? <ErrorMessage error={load.error} /> : null}
      </div>

      <ConfirmDialog
        open={confirming !== null}
        danger
        title={asked ? t('demoRegions.confirmTitle', { name: asked.name }) : ''}
        confirmLabel={t('demoRegions.confirm')}
        cancelLabel={t('common.cancel')}
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          if (!confirming || !asked) return;
          setConfirming(null);
          load.mutate(
            { region: confirming.id },
            {
              onSuccess: (result) => {
                setLoaded({ name: asked.name, path: result.backupPath });
                // The core also announces 'data:changed'; refetching here covers a dropped event stream.
                void queryClient.invalidateQueries({ queryKey: [API_KEY_ROOT] });
              },
            },
          );
        }}
      >
        <p>{asked ? t('demoRegions.confirmBody', { model: asked.model }) : null}</p>
        <p>{t('demoRegions.confirmBackup', { dir: info.data?.backupsDir ?? '…' })}</p>
      </ConfirmDialog>
    </section>
  );
}
