import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { formatCount } from '../../components/format';
import { useLocale } from '../../i18n/useLocale';
import { ComparisonView } from './ComparisonView';
import { defaultPair } from './snapshotPick';
import { SnapshotForm } from './SnapshotForm';
import { useSnapshotName, useTakenAt } from './useSnapshotName';
import './periods.css';

/** 期间对比 on the 分析 page: snapshot the grades per month or quarter, then compare two snapshots. */
export function PeriodComparison() {
  const { t } = useTranslation();
  const locale = useLocale();
  const baseId = useId();
  const snapshotName = useSnapshotName();
  const takenAt = useTakenAt();
  const list = useApiQuery('snapshots.list', {});
  const models = useApiQuery('models.list', {});
  const modelName = (id: string) => models.data?.find((model) => model.id === id)?.name[locale] ?? id;
  const [picked, setPicked] = useState<{ fromId: number | null; toId: number | null }>({ fromId: null, toId: null });
  const [compared, setCompared] = useState<{ fromId: number; toId: number } | null>(null);

  const snapshots = list.data ?? [];
  const defaults = defaultPair(snapshots);
  const fromId = picked.fromId ?? defaults.fromId;
  const toId = picked.toId ?? defaults.toId;
  const canCompare = fromId !== null && toId !== null && fromId !== toId;
  const option = (id: number) => {
    const snapshot = snapshots.find((s) => s.id === id);
    return snapshot ? t('periods.compare.option', { name: snapshotName(snapshot), time: takenAt(snapshot.takenAt) }) : '';
  };

  return (
    <section className="periods" aria-labelledby={`${baseId}-title`} data-testid="periods">
      <h2 id={`${baseId}-title`}>{t('periods.title')}</h2>
      <p className="lead">{t('periods.intro')}</p>
      <SnapshotForm onTaken={() => setPicked({ fromId: null, toId: null })} />

      <div className="period-list">
        <h3>{t('periods.list.title')}</h3>
        {list.isError ? <ErrorMessage error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.isPending ? <Loading /> : null}
        {list.data && snapshots.length === 0 ? <p className="empty">{t('periods.list.empty')}</p> : null}
        {snapshots.length > 0 ? (
          <div className="table-scroll table-fit period-list-scroll">
            <table className="data-table" data-testid="snapshots-table">
              <thead>
                <tr>
                  <th scope="col">{t('periods.list.col.period')}</th>
                  <th scope="col">{t('periods.list.col.model')}</th>
                  <th scope="col" className="num">
                    {t('periods.list.col.clients')}
                  </th>
                  <th scope="col">{t('periods.list.col.takenAt')}</th>
                  <th scope="col">{t('periods.list.col.role')}</th>
                </tr>
              </thead>
              <tbody>
                {snapshots.map((snapshot) => (
                  <tr key={snapshot.id} data-snapshot-id={snapshot.id} data-period={snapshot.period}>
                    <th scope="row">{snapshotName(snapshot)}</th>
                    <td>
                      {t('periods.list.modelVersion', { model: modelName(snapshot.modelId), version: snapshot.modelVersion })}
                    </td>
                    <td className="num">{formatCount(snapshot.clients, locale)}</td>
                    <td>{takenAt(snapshot.takenAt)}</td>
                    <td>
                      {canCompare && snapshot.id === fromId ? <span className="badge badge-from">{t('periods.list.from')}</span> : null}
                      {canCompare && snapshot.id === toId ? <span className="badge badge-to">{t('periods.list.to')}</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {snapshots.length === 1 ? <p className="help">{t('periods.list.needTwo')}</p> : null}
        {snapshots.length >= 2 ? (
          <form
            className="period-pick"
            onSubmit={(event) => {
              event.preventDefault();
              if (canCompare) setCompared({ fromId, toId });
            }}
          >
            <div className="field">
              <label htmlFor={`${baseId}-from`}>{t('periods.compare.from')}</label>
              <select id={`${baseId}-from`} value={fromId ?? ''} onChange={(event) => setPicked({ fromId: Number(event.target.value), toId })}>
                {snapshots.map((snapshot) => (
                  <option key={snapshot.id} value={snapshot.id}>
                    {option(snapshot.id)}
                  </option>
                ))}
              </select>
            </div>
            <span className="period-arrow" aria-hidden="true">
              →
            </span>
            <div className="field">
              <label htmlFor={`${baseId}-to`}>{t('periods.compare.to')}</label>
              <select id={`${baseId}-to`} value={toId ?? ''} onChange={(event) => setPicked({ fromId, toId: Number(event.target.value) })}>
                {snapshots.map((snapshot) => (
                  <option key={snapshot.id} value={snapshot.id}>
                    {option(snapshot.id)}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button button-primary" disabled={!canCompare}>
              {t('periods.compare.button')}
            </button>
            {canCompare ? null : (
              <span className="field-error" role="alert">
                {t('periods.compare.pickTwo')}
              </span>
            )}
          </form>
        ) : null}
      </div>

      {compared ? <ComparisonView key={`${compared.fromId}-${compared.toId}`} fromId={compared.fromId} toId={compared.toId} /> : null}
    </section>
  );
}
