import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import { BoardGrid } from './BoardGrid';
import { BoardTotals } from './BoardTotals';
import { RepSelect } from './RepSelect';
import './board.css';

export function BoardPage() {
  const { t } = useTranslation();
  const [repId, setRepId] = useState<number | undefined>(undefined);
  const summary = useApiQuery('stats.summary', repId === undefined ? {} : { repId }, { keepPrevious: true });

  return (
    <section className="page page-board" aria-labelledby="board-title">
      <PageTitle id="board-title" actions={<RepSelect value={repId} onChange={setRepId} />}>
        {t('board.title')}
      </PageTitle>
      {summary.isError ? <ErrorMessage error={summary.error} onRetry={() => void summary.refetch()} /> : null}
      {summary.isPending ? <Loading /> : null}
      {summary.data ? (
        <div className="board-layout" aria-busy={summary.isFetching}>
          <BoardGrid summary={summary.data} />
          <BoardTotals totals={summary.data.totals} />
        </div>
      ) : null}
    </section>
  );
}
