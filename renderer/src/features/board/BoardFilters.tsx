import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardSummary } from '../../../../shared/contract/boardMethods';
import { useApiQuery } from '../../api/hooks';
import { useLocale } from '../../i18n/useLocale';
import { boardQuery, cardSortsFor, effectiveSort, hasFilters, type BoardFilters as Filters, type CardSort, type FacetField } from './boardQuery';
import { useBoardStore } from './boardStore';
import { useDebouncedValue } from './useDebouncedValue';

function FacetSelect({ field, filters, value, label, all, onChange }: {
  field: FacetField;
  filters: Filters;
  value: string | null;
  label: string;
  all: string;
  onChange(value: string | null): void;
}) {
  // Values that the other filters leave, so a choice never empties the board by itself.
  const facets = useApiQuery('clients.facets', { field, query: boardQuery(filters, field), limit: 500 }, { keepPrevious: true });
  const values = (facets.data ?? []).flatMap((facet) => (typeof facet.value === 'string' && facet.value !== '' ? [facet.value] : []));
  if (value !== null && !values.includes(value)) values.unshift(value);
  return (
    <label className="field field-inline">
      <span className="visually-hidden">{label}</span>
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}>
        <option value="">{all}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Rep, hospital, department, zones, search and "overridden only". */
export const BoardFilters = memo(function BoardFilters({ zones, showVolume }: { zones: BoardSummary['zones']; showVolume: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const filters = useBoardStore((s) => s.filters);
  const setFilters = useBoardStore((s) => s.setFilters);
  const resetFilters = useBoardStore((s) => s.resetFilters);
  const reps = useApiQuery('reps.list', {});
  const search = useDebouncedValue(filters.search, 250);
  const facetFilters = { ...filters, search };

  return (
    <div className="board-filters" role="group" aria-label={t('boardView.filters.label')}>
      <label className="field field-inline">
        <span className="visually-hidden">{t('boardView.filters.rep')}</span>
        <select
          data-testid="board-rep"
          value={filters.repId === null ? '' : String(filters.repId)}
          onChange={(event) => setFilters({ repId: event.target.value === '' ? null : Number(event.target.value) })}
        >
          <option value="">{t('boardView.filters.allReps')}</option>
          {(reps.data ?? []).map((rep) => (
            <option key={rep.id} value={String(rep.id)}>
              {rep.name}
            </option>
          ))}
        </select>
      </label>
      <FacetSelect
        field="hospitalName"
        filters={facetFilters}
        value={filters.hospital}
        label={t('boardView.filters.hospital')}
        all={t('boardView.filters.allHospitals')}
        onChange={(hospital) => setFilters({ hospital })}
      />
      <FacetSelect
        field="department"
        filters={facetFilters}
        value={filters.department}
        label={t('boardView.filters.department')}
        all={t('boardView.filters.allDepartments')}
        onChange={(department) => setFilters({ department })}
      />
      <div className="board-zone-chips" role="group" aria-label={t('boardView.filters.zones')}>
        {zones.map((zone) => {
          const on = filters.zones.includes(zone.id);
          return (
            <button
              key={zone.id}
              type="button"
              className="board-chip"
              aria-pressed={on}
              onClick={() => setFilters({ zones: on ? filters.zones.filter((z) => z !== zone.id) : [...filters.zones, zone.id] })}
            >
              <span className="swatch" aria-hidden="true" style={{ backgroundColor: zone.color }} />
              {zone.name[locale]}
            </button>
          );
        })}
      </div>
      <label className="field field-inline">
        <span className="visually-hidden">{t('boardView.filters.search')}</span>
        <input
          type="search"
          className="board-search"
          value={filters.search}
          maxLength={200}
          placeholder={t('boardView.filters.searchPlaceholder')}
          aria-label={t('boardView.filters.search')}
          onChange={(event) => setFilters({ search: event.target.value })}
        />
      </label>
      <label className="board-check">
        <input type="checkbox" checked={filters.overriddenOnly} onChange={(event) => setFilters({ overriddenOnly: event.target.checked })} />
        <span>{t('boardView.filters.overriddenOnly')}</span>
      </label>
      <label className="field field-inline">
        <span className="visually-hidden">{t('boardView.filters.sort')}</span>
        <select data-testid="board-sort" value={effectiveSort(filters.sort, showVolume)} onChange={(event) => setFilters({ sort: event.target.value as CardSort })}>
          {cardSortsFor(showVolume).map((sort) => (
            <option key={sort} value={sort}>
              {t(`boardView.filters.sortBy.${sort}`)}
            </option>
          ))}
        </select>
      </label>
      {hasFilters(filters) ? (
        <button type="button" className="button board-reset" onClick={resetFilters}>
          {t('boardView.filters.reset')}
        </button>
      ) : null}
    </div>
  );
});
