import { useTranslation } from 'react-i18next';
import { formatError } from '../../../../shared/contract';
import { lockedError } from '../../../../shared/contract/calibrationMethods';
import type { ModelSummary } from '../../../../shared/domain/schemas';
import { useApiQuery } from '../../api/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useLocale } from '../../i18n/useLocale';

/**
 * Explains what activating does (backup first, every client regraded) before doing it; while a
 * period is signed off, says up front that the core will refuse the switch (periods.locked).
 */
export function ActivateDialog({ model, onConfirm, onCancel }: { model: ModelSummary; onConfirm(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const calibration = useApiQuery('calibration.state', {}).data;
  const lockedBy = calibration?.locked ? (calibration.signOff ?? null) : null;
  return (
    <ConfirmDialog
      open
      title={t('models.activate.title')}
      confirmLabel={t('models.activate.confirm')}
      cancelLabel={t('common.cancel')}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      {lockedBy ? (
        <p className="notice notice-error" role="alert" data-testid="activate-locked">
          {formatError(lockedError(lockedBy), locale)}
        </p>
      ) : null}
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
