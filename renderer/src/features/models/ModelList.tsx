import { useTranslation } from 'react-i18next';
import type { ModelSummary } from '../../../../shared/domain/schemas';
import { useLocale } from '../../i18n/useLocale';

interface ModelListProps {
  models: readonly ModelSummary[];
  busy: boolean;
  onOpen(model: ModelSummary): void;
  onClone(model: ModelSummary): void;
  onActivate(model: ModelSummary): void;
}

/** Every preset and user model, with view/edit, clone and activate. */
export function ModelList({ models, busy, onOpen, onClone, onActivate }: ModelListProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="table-scroll table-fit">
      <table className="data-table models-table" data-testid="models-table">
        <thead>
          <tr>
            <th scope="col">{t('models.col.name')}</th>
            <th scope="col">{t('models.col.id')}</th>
            <th scope="col" className="num">
              {t('models.col.version')}
            </th>
            <th scope="col">{t('models.col.status')}</th>
            <th scope="col">{t('models.col.kind')}</th>
            <th scope="col">{t('models.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {models.map((model) => {
            const nameId = `model-name-${model.id}`;
            return (
              <tr key={model.id} data-model-id={model.id} aria-current={model.active ? 'true' : undefined}>
                <th scope="row" id={nameId}>
                  {model.name[locale]}
                </th>
                <td className="mono">{model.id}</td>
                <td className="num" data-testid={`model-version-${model.id}`}>
                  {model.version}
                </td>
                <td>
                  {model.active ? (
                    <span className="badge badge-active">{t('models.active')}</span>
                  ) : (
                    <span className="muted">{t('models.inactive')}</span>
                  )}
                </td>
                <td>
                  <span className={model.builtin ? 'badge badge-builtin' : 'badge badge-custom'}>{model.builtin ? t('models.builtin') : t('models.custom')}</span>
                </td>
                <td className="row-actions">
                  <button type="button" className="button" aria-describedby={nameId} onClick={() => onOpen(model)}>
                    {model.builtin ? t('models.action.view') : t('models.action.edit')}
                  </button>
                  <button type="button" className="button" aria-describedby={nameId} onClick={() => onClone(model)}>
                    {t('models.action.clone')}
                  </button>
                  {model.active ? null : (
                    <button type="button" className="button" aria-describedby={nameId} disabled={busy} onClick={() => onActivate(model)}>
                      {t('models.action.activate')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
