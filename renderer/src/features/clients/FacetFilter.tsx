import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { IAfterGuiAttachedParams } from 'ag-grid-community';
import { useGridFilter, type CustomFilterProps } from 'ag-grid-react';
import type { ClientRow } from '../../../../shared/domain/schemas';
import { choiceLabel } from '../../../../shared/grading';
import type { FacetLabel, GridContext } from './gridColumns';
import type { FacetFilterModel } from './gridQuery';
import { errorText } from '../../components/errorText';

interface FacetFilterProps extends CustomFilterProps<ClientRow, GridContext, FacetFilterModel> {
  field: string;
  label: FacetLabel;
}

type Facet = { value: string | null; count: number };

const keyOf = (value: string | null) => (value === null ? '\u0000blank' : value);

/**
 * A set-like column filter from Community pieces (AG Grid's Set Filter is Enterprise): the
 * column's distinct values with counts from 'clients.facets', under the other filters, as
 * checkboxes. Applying sends the ticked values; the core filters in SQL.
 */
export function FacetFilter(props: FacetFilterProps) {
  const ctx = props.context as GridContext;
  const { t } = ctx;
  const { model, onModelChange, field } = props;
  const [facets, setFacets] = useState<Facet[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [find, setFind] = useState('');
  const [ticked, setTicked] = useState<Set<string> | null>(null);
  const [opened, setOpened] = useState(0);
  const findId = useId();

  const doesFilterPass = useCallback(() => true, []);
  const hidePopup = useRef<(() => void) | undefined>(undefined);
  const afterGuiAttached = useCallback(
    (params?: IAfterGuiAttachedParams) => {
      hidePopup.current = params?.hidePopup;
      setError(null);
      setTicked(model ? new Set(model.values.map(keyOf)) : null);
      setOpened((n) => n + 1);
    },
    [model],
  );
  useGridFilter({ doesFilterPass, afterGuiAttached });

  // Each time the filter opens: fresh values under the current other filters, and the applied ticks.
  useEffect(() => {
    if (opened === 0 || !ctx.api) return;
    let live = true;
    ctx.api
      .call('clients.facets', { field, query: ctx.queryWithout(field), limit: 500 })
      .then((rows) => {
        if (!live) return;
        const values = rows.map((row) => ({ value: row.value === null ? null : String(row.value), count: row.count }));
        // Values the applied filter holds stay listed even when no row has them now.
        for (const value of model?.values ?? []) if (!values.some((v) => v.value === value)) values.push({ value, count: 0 });
        setFacets(values);
      })
      .catch((reason: unknown) => {
        if (live) setError(errorText(reason, ctx.locale));
      });
    return () => {
      live = false;
    };
  }, [opened]); // eslint-disable-line react-hooks/exhaustive-deps

  const labelOf = useCallback(
    (value: string | null) => {
      if (value === null) return t(props.label === 'region' ? 'grid.facet.noRegion' : 'grid.facet.blank');
      if (props.label === 'zone') return ctx.zones.get(value)?.name[ctx.locale] ?? value;
      if (props.label === 'choice') {
        const input = ctx.inputs.get(field.slice('attr:'.length));
        if (input) return choiceLabel(input, value, ctx.locale);
      }
      return value;
    },
    [ctx, field, props.label, t],
  );

  const shown = useMemo(() => {
    const needle = find.trim().toLowerCase();
    return (facets ?? []).filter((f) => !needle || labelOf(f.value).toLowerCase().includes(needle));
  }, [facets, find, labelOf]);

  const isTicked = (value: string | null) => ticked === null || ticked.has(keyOf(value));
  const toggle = (value: string | null) => {
    const all = new Set((facets ?? []).map((f) => keyOf(f.value)));
    const next = new Set(ticked ?? all);
    if (next.has(keyOf(value))) next.delete(keyOf(value));
    else next.add(keyOf(value));
    setTicked(next.size === all.size && [...all].every((k) => next.has(k)) ? null : next);
  };
  const allShownTicked = shown.every((f) => isTicked(f.value));
  const toggleShown = () => {
    const all = new Set((facets ?? []).map((f) => keyOf(f.value)));
    const next = new Set(ticked ?? all);
    for (const f of shown) {
      if (allShownTicked) next.delete(keyOf(f.value));
      else next.add(keyOf(f.value));
    }
    setTicked(next.size === all.size ? null : next);
  };

  const apply = () => {
    if (ticked === null) onModelChange(null);
    else onModelChange({ filterType: 'facet', values: (facets ?? []).filter((f) => ticked.has(keyOf(f.value))).map((f) => f.value) });
    hidePopup.current?.();
  };
  const reset = () => {
    setTicked(null);
    onModelChange(null);
  };

  return (
    <div className="facet-filter" data-testid={`facet-filter-${field}`}>
      <label className="visually-hidden" htmlFor={findId}>
        {t('grid.facet.find')}
      </label>
      <input
        id={findId}
        className="facet-find"
        type="search"
        placeholder={t('grid.facet.find')}
        value={find}
        onChange={(event) => setFind(event.target.value)}
      />
      {error ? (
        <p className="inline-error" role="alert">
          {error}
        </p>
      ) : facets === null ? (
        <p className="muted facet-loading">{t('grid.loading')}</p>
      ) : (
        <div className="facet-list" role="group" aria-label={t('grid.facet.values')}>
          <label className="facet-item facet-all">
            <input type="checkbox" checked={allShownTicked && shown.length > 0} onChange={toggleShown} />
            <span>{t('grid.facet.all')}</span>
          </label>
          {shown.map((f) => (
            <label key={keyOf(f.value)} className="facet-item">
              <input type="checkbox" checked={isTicked(f.value)} onChange={() => toggle(f.value)} />
              <span className="facet-label">{labelOf(f.value)}</span>
              <span className="facet-count">{f.count}</span>
            </label>
          ))}
          {shown.length === 0 ? <p className="muted">{t('grid.facet.none')}</p> : null}
        </div>
      )}
      <div className="facet-actions">
        <button type="button" className="button" onClick={reset}>
          {t('grid.facet.reset')}
        </button>
        <button type="button" className="button button-primary" onClick={apply} disabled={ticked !== null && ticked.size === 0}>
          {t('grid.facet.apply')}
        </button>
      </div>
    </div>
  );
}
