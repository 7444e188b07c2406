import { useEffect, useRef } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DemoRegionId } from '../../../../shared/demo/demoRegions';
import { useApi } from '../../api/ApiProvider';
import { useApiQuery } from '../../api/hooks';
import { useNav } from '../../app/navStore';
import { API_KEY_ROOT } from '../../api/queryKeys';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useLocale } from '../../i18n/useLocale';
import { regionText } from '../settings/demo/regionText';
import './welcome.css';

type Choice = DemoRegionId | 'empty' | 'keep';

/**
 * 选择示例数据: shown once, when a new database got the default demo region without anyone
 * choosing it (the core's demo.regions says so). Each choice is one command (a region loaded or
 * the empty start, both undoable), then the question is marked answered; closing it keeps the
 * region there is.
 */
export function WelcomeDialog() {
  const { t } = useTranslation();
  const locale = useLocale();
  const api = useApi();
  const queryClient = useQueryClient();
  const demo = useApiQuery('demo.regions', {});
  const models = useApiQuery('models.list', {});
  const ref = useRef<HTMLDialogElement>(null);
  const firstRef = useRef<HTMLButtonElement>(null);
  // A print window (a plan, the report) is never asked.
  const printing = useNav((state) => state.page) === 'print';
  const open = demo.data?.choicePending === true && !printing;

  const choose = useMutation({
    mutationFn: async (choice: Choice) => {
      if (choice === 'empty') await api.call('data.startEmpty', {});
      else if (choice !== 'keep' && choice !== demo.data?.current) await api.call('data.loadDemo', { region: choice });
      await api.call('demo.markChosen', {});
    },
    // The core also announces 'data:changed'; refetching here covers a dropped event stream.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [API_KEY_ROOT] }),
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      firstRef.current?.focus();
    } else if (!open && dialog.open) dialog.close();
  }, [open]);

  const busy = choose.isPending;
  const current = demo.data?.regions.find((region) => region.id === demo.data?.current);
  return (
    <dialog
      ref={ref}
      className="dialog dialog-welcome"
      aria-labelledby="welcome-title"
      data-testid="welcome-dialog"
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) choose.mutate('keep');
      }}
    >
      <h2 id="welcome-title">{t('demoRegions.welcome.title')}</h2>
      <p className="muted">{t('demoRegions.welcome.intro')}</p>
      <ul className="welcome-choices">
        {(demo.data?.regions ?? []).map((region, index) => {
          const text = regionText(region, locale, models.data);
          return (
            <li key={region.id}>
              <button
                ref={index === 0 ? firstRef : undefined}
                type="button"
                className="welcome-choice"
                disabled={busy}
                data-testid={`welcome-${region.id}`}
                onClick={() => choose.mutate(region.id)}
              >
                <span className="welcome-choice-name">{text.name}</span>
                <span className="welcome-choice-line">{text.description}</span>
              </button>
            </li>
          );
        })}
        <li>
          <button type="button" className="welcome-choice" disabled={busy} data-testid="welcome-empty" onClick={() => choose.mutate('empty')}>
            <span className="welcome-choice-name">{t('demoRegions.welcome.empty')}</span>
            <span className="welcome-choice-line">{t('demoRegions.welcome.emptyLine')}</span>
          </button>
        </li>
      </ul>
      <div aria-live="polite">
        {busy ? <p role="status">{t('demoRegions.welcome.working')}</p> : null}
        {choose.isError ? <ErrorMessage error={choose.error} /> : null}
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" disabled={busy} onClick={() => choose.mutate('keep')}>
          {t('demoRegions.welcome.later', { name: current ? regionText(current, locale, models.data).name : '' })}
        </button>
      </div>
    </dialog>
  );
}
