import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateSettingsOf, type UpdateCheck, type UpdateSettings } from '../../../../../shared/domain/updateSettings';
import { findBridge } from '../../../api/bridgeTransport';
import { useApiMutation, useApiQuery, useSetApiData } from '../../../api/hooks';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { useLocale } from '../../../i18n/useLocale';
import { lastCheckText, updateFormProblem } from './updateText';
import './updates.css';

/**
 * 设置 → 更新: the switch (off by default), the address of the company's update server, and how
 * the desktop host's last check ended. The host (electron/main/updates) checks when the app
 * starts and again when these settings change.
 */
export function UpdatesSection() {
  const { t } = useTranslation();
  const settings = useApiQuery('settings.get', {});
  // Here, not in the form: the form starts afresh from what was saved, the outcome stays.
  const mutation = useApiMutation('settings.update');
  return (
    <section className="panel" aria-labelledby="settings-updates-title" data-testid="settings-updates">
      <h2 id="settings-updates-title">{t('updates.title')}</h2>
      {settings.isError ? <ErrorMessage error={settings.error} onRetry={() => void settings.refetch()} /> : null}
      {settings.data ? (
        <UpdatesForm
          key={JSON.stringify(settings.data.updates ?? null)}
          saved={updateSettingsOf(settings.data)}
          check={settings.data.updateCheck}
          mutation={mutation}
        />
      ) : settings.isPending ? (
        <Loading />
      ) : null}
    </section>
  );
}

interface UpdatesFormProps {
  saved: UpdateSettings;
  check: UpdateCheck | undefined;
  mutation: ReturnType<typeof useApiMutation<'settings.update'>>;
}

function UpdatesForm({ saved, check, mutation }: UpdatesFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const setApiData = useSetApiData();
  const [enabled, setEnabled] = useState(saved.enabled);
  const [url, setUrl] = useState(saved.url);
  const [touched, setTouched] = useState(false);
  const [desktop] = useState(() => findBridge(window) !== null);
  const problem = updateFormProblem({ enabled, url });
  const showProblem = problem !== null && (touched || enabled);
  const changed = enabled !== saved.enabled || url.trim() !== saved.url;
  const last = lastCheckText(check, locale);

  const save = () => {
    setTouched(true);
    if (problem) return;
    mutation.mutate(
      { updates: { enabled, url: url.trim() } },
      { onSuccess: (next) => setApiData('settings.get', {}, next) },
    );
  };

  return (
    <form
      className="updates-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      {desktop ? null : <p className="help">{t('updates.browserOnly')}</p>}
      <div className="field updates-switch">
        <label>
          <input
            type="checkbox"
            role="switch"
            checked={enabled}
            aria-checked={enabled}
            aria-describedby="settings-updates-help"
            data-testid="updates-enabled"
            onChange={(event) => setEnabled(event.target.checked)}
          />
          <span>{t('updates.enabled')}</span>
        </label>
        <p id="settings-updates-help" className="help">
          {t('updates.enabledHelp')}
        </p>
      </div>
      <div className="field">
        <label htmlFor="settings-updates-url">{t('updates.url')}</label>
        <input
          id="settings-updates-url"
          type="url"
          inputMode="url"
          spellCheck={false}
          autoComplete="off"
          className="updates-url"
          value={url}
          placeholder={t('updates.urlPlaceholder')}
          aria-invalid={showProblem}
          aria-describedby={showProblem ? 'settings-updates-url-problem' : 'settings-updates-url-help'}
          data-testid="updates-url"
          onChange={(event) => setUrl(event.target.value)}
          onBlur={() => setTouched(true)}
        />
        {showProblem ? (
          <p id="settings-updates-url-problem" className="inline-error" role="alert" data-testid="updates-url-problem">
            {t(problem)}
          </p>
        ) : (
          <p id="settings-updates-url-help" className="help">
            {t('updates.urlHelp')}
          </p>
        )}
      </div>
      <div className="updates-actions">
        <button type="submit" className="button button-primary" disabled={mutation.isPending || !changed} data-testid="updates-save">
          {mutation.isPending ? t('updates.saving') : t('updates.save')}
        </button>
        <span className="help" aria-live="polite" data-testid="updates-saved">
          {mutation.isSuccess && !changed ? t('updates.saved') : ''}
        </span>
      </div>
      {mutation.isError ? <ErrorMessage error={mutation.error} /> : null}
      <dl className="facts facts-list">
        <div className="fact">
          <dt>{t('updates.lastCheck')}</dt>
          <dd data-testid="updates-last-check">{t(last.key as never, last.values)}</dd>
        </div>
      </dl>
    </form>
  );
}
