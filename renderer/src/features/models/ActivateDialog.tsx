import { useTranslation } from 'react-i18next';
import type { ModelSummary } from '../../../../shared/domain/schemas';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useLocale } from '../../i18n/useLocale';

/** Explains what activating does (backup first, every client regraded) before doing it. */
export function ActivateDialog({ model, onConfirm, onCancel }: { model: ModelSummary; onConfirm(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <ConfirmDialog
      open
      title={t('models.activate.title')}
      confirmLabel={t('models.activate.confirm')}
      cancelLabel={t('common.cancel')}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>{t('models.activate.body', { name: model.name[locale], version: model.version })}</p>
      <p>{t('models.activate.backup')}</p>
    </ConfirmDialog>
  );
}

/** What activating did, in numbers from the core. */
export function ActivationNotice({ model, clients, graded, ungraded }: { model: ModelSummary; clients: number; graded: number; ungraded: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="notice notice-ok" role="status" data-testid="activation-result">
      <p>{t('models.activate.done', { name: model.name[locale], version: model.version, clients, graded, ungraded })}</p>
    </div>
  );
}
