import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/ApiProvider';
import { findBridge } from '../../../api/bridgeTransport';
import { useApiQuery } from '../../../api/hooks';
import { saveFile } from '../../../api/saveFile';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { formatBytes } from '../../../components/format';
import { useLocale } from '../../../i18n/useLocale';
import { versionLine } from './versionLine';

/** The desktop host's 打开数据文件夹; absent in the browser preview, which shows the path instead. */
function hostOpenDataFolder(): (() => Promise<{ opened: boolean }>) | null {
  const host = findBridge(window)?.host;
  return typeof host?.openDataFolder === 'function' ? () => host.openDataFolder() : null;
}

/** 设置 → 诊断: the data and log folders, the versions, and the diagnostics zip (a download in the browser). */
export function DiagnosticsSection() {
  const { t } = useTranslation();
  const locale = useLocale();
  const api = useApi();
  const info = useApiQuery('diagnostics.info', {});
  const [openDataFolder] = useState(hostOpenDataFolder);
  const exported = useMutation({
    mutationFn: async () => {
      const zip = await api.call('diagnostics.export', {});
      const { saved } = await saveFile(zip.fileName, zip.base64, 'application/zip');
      return { saved, bytes: zip.bytes, count: zip.entries.length };
    },
  });
  const opened = useMutation({ mutationFn: () => (openDataFolder ? openDataFolder() : Promise.resolve({ opened: false })) });

  return (
    <section className="panel" aria-labelledby="settings-diagnostics-title" data-testid="settings-diagnostics">
      <h2 id="settings-diagnostics-title">{t('diagnostics.title')}</h2>
      {info.isError ? <ErrorMessage error={info.error} onRetry={() => void info.refetch()} /> : null}
      {info.isPending ? <Loading /> : null}
      {info.data ? (
        <dl className="facts facts-list">
          <div className="fact">
            <dt>{t('diagnostics.dataFolder')}</dt>
            <dd className="selectable" data-testid="diagnostics-data-dir">
              {info.data.dataDir}
            </dd>
          </div>
          <div className="fact">
            <dt>{t('diagnostics.logsFolder')}</dt>
            <dd className="selectable" data-testid="diagnostics-logs-dir">
              {info.data.logsDir ?? t('diagnostics.noLogs')}
            </dd>
          </div>
          <div className="fact">
            <dt>{t('diagnostics.versions')}</dt>
            <dd className="selectable" data-testid="diagnostics-versions">
              {versionLine(info.data.versions)}
            </dd>
          </div>
        </dl>
      ) : null}

      <div className="maintenance">
        {openDataFolder ? (
          <div className="action-row">
            <button type="button" className="button" disabled={opened.isPending} onClick={() => opened.mutate()}>
              {t('diagnostics.openDataFolder')}
            </button>
            <div className="action-result" aria-live="polite" data-testid="diagnostics-open-result">
              {opened.data && !opened.data.opened ? <p className="result-bad">{t('diagnostics.openFailed')}</p> : null}
              {opened.isError ? <ErrorMessage error={opened.error} /> : null}
            </div>
          </div>
        ) : null}
        <div className="action-row">
          <button type="button" className="button" disabled={exported.isPending} onClick={() => exported.mutate()}>
            {exported.isPending ? t('diagnostics.exporting') : t('diagnostics.export')}
          </button>
          <div className="action-result" aria-live="polite" data-testid="diagnostics-export-result">
            <p className="help">{t('diagnostics.exportHelp')}</p>
            {exported.data ? (
              <p className={exported.data.saved ? 'result-ok' : 'help'}>
                {exported.data.saved
                  ? t('diagnostics.exportDone', { size: formatBytes(exported.data.bytes, locale), count: exported.data.count })
                  : t('diagnostics.exportCancelled')}
              </p>
            ) : null}
            {exported.isError ? <ErrorMessage error={exported.error} /> : null}
          </div>
        </div>
      </div>
    </section>
  );
}
