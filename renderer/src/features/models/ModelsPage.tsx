import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import { useLocale } from '../../i18n/useLocale';

export function ModelsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const models = useApiQuery('models.list', {});

  return (
    <section className="page page-models" aria-labelledby="models-title">
      <PageTitle id="models-title">{t('models.title')}</PageTitle>
      {models.isError ? <ErrorMessage error={models.error} onRetry={() => void models.refetch()} /> : null}
      {models.isPending ? <Loading /> : null}
      {models.data && models.data.length === 0 ? <p className="empty">{t('models.empty')}</p> : null}
      {models.data && models.data.length > 0 ? (
        <div className="table-scroll table-fit">
          <table className="data-table" data-testid="models-table">
            <thead>
              <tr>
                <th scope="col">{t('models.col.name')}</th>
                <th scope="col" className="num">
                  {t('models.col.version')}
                </th>
                <th scope="col">{t('models.col.status')}</th>
                <th scope="col">{t('models.col.kind')}</th>
              </tr>
            </thead>
            <tbody>
              {models.data.map((model) => (
                <tr key={model.id} data-model-id={model.id} aria-current={model.active ? 'true' : undefined}>
                  <th scope="row">{model.name[locale]}</th>
                  <td className="num">{model.version}</td>
                  <td>
                    {model.active ? (
                      <span className="badge badge-active">{t('models.active')}</span>
                    ) : (
                      <span className="muted">{t('models.inactive')}</span>
                    )}
                  </td>
                  <td>{model.builtin ? t('models.builtin') : t('models.custom')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
