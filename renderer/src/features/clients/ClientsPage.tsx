import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import { formatCount } from '../../components/format';
import { useLocale } from '../../i18n/useLocale';
import { ClientsTable } from './ClientsTable';
import { useDebounced } from './useDebounced';
import './clients.css';

const PAGE_SIZE = 50;

export function ClientsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [searchText, setSearchText] = useState('');
  const [offset, setOffset] = useState(0);
  const search = useDebounced(searchText.trim(), 300);

  const input = { offset, limit: PAGE_SIZE, ...(search ? { search } : {}) };
  const page = useApiQuery('clients.list', input, { keepPrevious: true });
  // Zone names and colours of the active model, for the cell column.
  const summary = useApiQuery('stats.summary', {});

  const total = page.data?.total ?? 0;
  // The data can shrink under us (another window, start empty): fall back to the first page.
  // Adjusted during render, as React recommends for state derived from new data.
  if (page.data && !page.isPlaceholderData && offset > 0 && offset >= page.data.total) setOffset(0);
  const shown = page.data?.rows.length ?? 0;

  return (
    <section className="page page-clients" aria-labelledby="clients-title">
      <PageTitle id="clients-title">{t('clients.title')}</PageTitle>
      <div className="toolbar">
        <label className="field field-inline">
          <span>{t('clients.search')}</span>
          <input
            type="search"
            value={searchText}
            placeholder={t('clients.searchPlaceholder')}
            maxLength={200}
            onChange={(event) => {
              setSearchText(event.target.value);
              setOffset(0);
            }}
          />
        </label>
        <p className="toolbar-fact">
          {t('clients.total')}{' '}
          <strong data-testid="clients-total">{page.data ? String(total) : '…'}</strong>
        </p>
      </div>

      {page.isError ? <ErrorMessage error={page.error} onRetry={() => void page.refetch()} /> : null}
      {page.isPending ? <Loading /> : null}
      {page.data ? (
        page.data.rows.length === 0 ? (
          <p className="empty">{search ? t('clients.empty') : t('clients.none')}</p>
        ) : (
          <ClientsTable rows={page.data.rows} zones={summary.data?.zones ?? []} pageSize={PAGE_SIZE} />
        )
      ) : null}

      {page.data && total > 0 ? (
        <nav className="pager" aria-label={t('clients.pager')}>
          <button
            type="button"
            className="button"
            disabled={offset === 0 || page.isFetching}
            onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
          >
            {t('clients.previous')}
          </button>
          <span aria-live="polite">
            {t('clients.range', { from: formatCount(offset + 1, locale), to: formatCount(offset + shown, locale) })}
          </span>
          <button
            type="button"
            className="button"
            disabled={offset + PAGE_SIZE >= total || page.isFetching}
            onClick={() => setOffset(offset + PAGE_SIZE)}
          >
            {t('clients.next')}
          </button>
        </nav>
      ) : null}
    </section>
  );
}
