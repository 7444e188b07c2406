import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ColumnState } from 'ag-grid-community';
import { type ClientQuery } from '../../../../shared/contract';
import { attributesOfModel } from '../../../../shared/grading';
import { attributeInputsOfModel, inputsOfModel } from '../../../../shared/models';
import { useApi } from '../../api/ApiProvider';
import { useApiQuery } from '../../api/hooks';
import { apiQueryKey } from '../../api/queryKeys';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageTitle } from '../../components/PageTitle';
import { useLocale } from '../../i18n/useLocale';
import { AddClientDialog } from './AddClientDialog';
import { BulkBar, type BulkField } from './BulkBar';
import { ClientGrid, type ClientPage, type EditOutcome, type GridController } from './ClientGrid';
import { chooseClipboard } from './clipboard';
import { ColumnChooser } from './ColumnChooser';
import { FilterChips } from './FilterChips';
import { useShallow } from 'zustand/react/shallow';
import { pageFiltersOf, useClientFilters, type ClientFilterState } from './filterStore';
import { GridFooter } from './GridFooter';
import {
  buildColumnDefs,
  changeFor,
  displayValue,
  emptyGridContext,
  formatValue,
  freeAttributesOf,
  invalidMessage,
  isEditableColumn,
  modelDefaultHidden,
  type DictionaryId,
  type GridContext,
  type Translate,
} from './gridColumns';
import { gridToQuery, isUnfiltered } from './gridQuery';
import { prefetchPage } from './pagePrefetch';
import { dataDefaultHidden, withoutDefaultHide } from './regions';
import { useRegions } from './useRegions';
import { PasteDialog, type PasteTarget } from './PasteDialog';
import { SearchBox } from './SearchBox';
import { toTsv } from './tsv';
import { dictionaryChoices } from './validators';
import './clients.css';
import { errorText } from '../../components/errorText';

type Message = { kind: 'ok' | 'error'; text: string; seq: number };

const DICTIONARY_IDS: DictionaryId[] = ['title', 'hospitalClass', 'behaviour'];

/**
 * What cells, editors and filters read. AG Grid takes its `context` once, so this one object
 * lives outside React and the page updates it in place (then redraws the cells).
 */
const gridContext: GridContext = emptyGridContext((key) => key, 'zh-CN');
const ROWS_PER_CALL = 1000;
const LAYOUT_SAVE_MS = 800;

/** The query the grid will ask for, from the store (the grid's sort and filters are mirrored there). */
function queryOfStore(state: ClientFilterState) {
  return gridToQuery({ sortModel: state.sortModel, filterModel: state.filterModel, filters: pageFiltersOf(state) });
}

/**
 * The saved layout in the settings' shape (width clamped to what the schema accepts). Columns
 * whose default follows the data keep `hide` only when the user chose otherwise (regions.ts).
 */
function layoutOf(state: ColumnState[], defaultHidden: Readonly<Record<string, boolean>>) {
  return state.slice(0, 200).map((c) =>
    withoutDefaultHide(
      {
        colId: c.colId.slice(0, 100),
        ...(typeof c.width === 'number' ? { width: Math.min(2000, Math.max(20, Math.round(c.width))) } : {}),
        hide: Boolean(c.hide),
        pinned: c.pinned === 'left' || c.pinned === true ? ('left' as const) : c.pinned === 'right' ? ('right' as const) : null,
      },
      defaultHidden,
    ),
  );
}

export function ClientsPage() {
  const { t: typedT } = useTranslation();
  // Grid texts are looked up by computed keys (grid.col.<field>, grid.invalid.<reason>); resources.ts holds them all.
  const t = useMemo<Translate>(() => (key, params) => (typedT as unknown as Translate)(key, params), [typedT]);
  const locale = useLocale();
  const api = useApi();
  const queryClient = useQueryClient();
  const summary = useApiQuery('stats.summary', {});
  const modelId = summary.data?.model.id;
  const model = useApiQuery('models.get', { id: modelId ?? 'none' }, { enabled: Boolean(modelId) });
  const reps = useApiQuery('reps.list', {});
  const dictionaries = useApiQuery('dictionaries.list', {});
  const settings = useApiQuery('settings.get', {});

  // Only what the grid's query needs: typing in the search box must not re-render the page per keystroke.
  const { search, zones, cells, repIds, regions, overriddenOnly } = useClientFilters(
    useShallow((s) => ({ search: s.search, zones: s.zones, cells: s.cells, repIds: s.repIds, regions: s.regions, overriddenOnly: s.overriddenOnly })),
  );
  const filters = useMemo(
    () => pageFiltersOf({ search, zones, cells, repIds, regions, overriddenOnly }),
    [search, zones, cells, repIds, regions, overriddenOnly],
  );
  // A roll-up of several regions shows the region column (unless the user hid it) and its chips;
  // a model that does not speak of doctors hides the pharma columns it does not read.
  const regionList = useRegions();
  const definition = model.data?.definition ?? null;
  const defaultHidden = useMemo(() => ({ ...dataDefaultHidden(regionList.many ?? false), ...modelDefaultHidden(definition) }), [regionList.many, definition]);
  const dataDefaults = regionList.many === undefined || definition === null ? undefined : defaultHidden;
  // The first block is asked for now, while AG Grid is still being created (and before the page's other reads).
  useState(() => prefetchPage(api, queryOfStore(useClientFilters.getState())));
  // A new search or chip: ask at once, before React re-renders and the grid resets.
  useEffect(
    () =>
      useClientFilters.subscribe((state, previous) => {
        const changed = (['search', 'zones', 'cells', 'repIds', 'regions', 'overriddenOnly'] as const).some((key) => state[key] !== previous[key]);
        if (changed) prefetchPage(api, queryOfStore(state));
      }),
    [api],
  );

  const controller = useRef<GridController | null>(null);
  const ctx = gridContext;
  const [page, setPage] = useState<{ total: number; zoneCounts: Record<string, number>; query: ClientQuery } | null>(null);
  const [selectedCount, setSelectedCount] = useState(0);
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const [adding, setAdding] = useState(false);
  const [pasting, setPasting] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [confirmBulk, setConfirmBulk] = useState<{ field: BulkField; value: string } | null>(null);
  const clipboard = useMemo(() => chooseClipboard(), []);

  const say = useCallback((kind: Message['kind'], text: string) => setMessage((m) => ({ kind, text, seq: (m?.seq ?? 0) + 1 })), []);
  const sayError = useCallback(
    (error: unknown) => say('error', errorText(error, locale)),
    [locale, say],
  );

  // A new model version (or an undo of one) changes the computed columns; dictionaries change the dropdowns.
  useEffect(
    () =>
      api.on('data:changed', ({ scopes }) => {
        if (scopes.includes('models') || scopes.includes('dictionaries')) {
          void queryClient.invalidateQueries({ queryKey: apiQueryKey('models.get', { id: modelId ?? 'none' }) });
          void queryClient.invalidateQueries({ queryKey: apiQueryKey('dictionaries.list', {}) });
        }
      }),
    [api, queryClient, modelId],
  );

  const sortedReps = useMemo(() => [...(reps.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')), [reps.data]);
  const dictionaryById = useMemo(() => new Map((dictionaries.data ?? []).map((d) => [d.id, d])), [dictionaries.data]);
  const choices = useMemo(
    () => Object.fromEntries(DICTIONARY_IDS.map((id) => [id, dictionaryChoices(dictionaryById.get(id))])) as Record<DictionaryId, string[]>,
    [dictionaryById],
  );

  // What cells, editors and filters read. Mutated in place (the grid holds it as its context), then cells redraw.
  useEffect(() => {
    ctx.t = t;
    ctx.locale = locale;
    ctx.api = api;
    ctx.model = definition;
    ctx.inputs = new Map((definition ? attributeInputsOfModel(definition) : []).map((input) => [input.attribute, input]));
    ctx.zones = new Map((summary.data?.zones ?? []).map((zone) => [zone.id, zone]));
    ctx.reps = sortedReps;
    ctx.dictionaries = Object.fromEntries(dictionaryById);
    ctx.choices = choices;
    ctx.queryWithout = (field) => controller.current?.query(field) ?? {};
    controller.current?.api?.refreshCells({ force: true });
  }, [ctx, t, locale, api, definition, summary.data, sortedReps, dictionaryById, choices]);

  // The model's inputs as typed columns (a refetched, unchanged definition is the same object: the columns stay).
  const columnDefs = useMemo(
    () =>
      buildColumnDefs({
        t,
        locale,
        model: definition,
        inputs: definition ? inputsOfModel(definition) : [],
        freeAttributes: definition ? freeAttributesOf(attributesOfModel(definition)) : [],
      }),
    [t, locale, definition],
  );
  const headerOf = useCallback((colId: string) => columnDefs.find((def) => def.colId === colId)?.headerName ?? colId, [columnDefs]);
  const bulkInputs = useMemo(() => (definition ? attributeInputsOfModel(definition) : []), [definition]);

  // Column layout: restored once per grid, saved (debounced) when the user moves, resizes or hides columns.
  const savedLayout = settings.data?.clientGridColumns as ColumnState[] | undefined;
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveLayout = useCallback(
    (state: ColumnState[] | null) => {
      clearTimeout(saveTimer.current);
      saveTimer.current = setTimeout(() => {
        const layout = state ?? controller.current?.api?.getColumnState() ?? [];
        api.call('settings.update', { clientGridColumns: layoutOf(layout, defaultHidden) }).catch(sayError);
      }, LAYOUT_SAVE_MS);
    },
    [api, sayError, defaultHidden],
  );
  useEffect(() => () => clearTimeout(saveTimer.current), []);

  const onPage = useCallback((result: ClientPage, query: ClientQuery) => setPage({ total: result.total, zoneCounts: result.zoneCounts, query }), []);

  const onEdit = useCallback(
    (outcome: EditOutcome) => {
      if (outcome.kind === 'saved') {
        const value = displayValue(outcome.row, outcome.colId, ctx) || t('grid.blank');
        say('ok', t('grid.edit.saved', { name: outcome.row.name, column: outcome.header, value, cell: outcome.row.cell ?? t('common.ungraded') }));
      } else {
        say('error', t('grid.edit.refused', { name: outcome.row.name, column: outcome.header, message: outcome.message ?? '' }));
      }
    },
    [ctx, say, t],
  );

  /** The selected ids in the grid's order (the core sorts them like the grid). */
  const orderedSelection = useCallback(async (): Promise<number[]> => {
    const grid = controller.current;
    if (!grid) return [];
    const ids = await api.call('clients.ids', { query: grid.query() });
    return ids.filter((id) => grid.selected.has(id));
  }, [api]);

  const selectAllFiltered = () => {
    const grid = controller.current;
    if (!grid) return;
    setBusy(true);
    api
      .call('clients.ids', { query: grid.query() })
      .then((ids) => grid.selectIds(ids))
      .catch(sayError)
      .finally(() => setBusy(false));
  };

  const setField = async (field: BulkField, value: string) => {
    const grid = controller.current;
    if (!grid || grid.selected.size === 0) return;
    const parsed = changeFor(field, value, ctx);
    if (!parsed.ok) {
      say('error', invalidMessage(parsed.error, t));
      return;
    }
    setBusy(true);
    try {
      const result = await api.call('clients.bulkUpdate', { ids: [...grid.selected], changes: parsed.value });
      // A model input says what was stored (已保有 for R, 1500000 for 150万).
      const shown = field.startsWith('attr:') ? formatValue(field, parsed.value.attributes?.[field.slice(5)], ctx) : value;
      say('ok', t('grid.bulk.done', { n: result.count, field: headerOf(field), value: shown || t('grid.blank') }));
    } catch (error) {
      sayError(error);
    } finally {
      setBusy(false);
    }
  };

  const copyRows = async () => {
    const grid = controller.current;
    if (!grid?.api) return;
    setBusy(true);
    try {
      const ids = await orderedSelection();
      const columns = (grid.api.getAllDisplayedColumns() ?? [])
        .map((column) => ({ colId: column.getColId(), header: column.getColDef().headerName ?? '' }))
        .filter((column) => column.header !== '' && !column.colId.startsWith('ag-Grid'));
      const lines: string[][] = [columns.map((c) => c.header)];
      for (let i = 0; i < ids.length; i += ROWS_PER_CALL) {
        const rows = await api.call('clients.rows', { ids: ids.slice(i, i + ROWS_PER_CALL) });
        for (const row of rows) lines.push(columns.map((c) => displayValue(row, c.colId, ctx)));
      }
      await clipboard.writeText(toTsv(lines));
      say('ok', t('grid.bulk.copied', { n: lines.length - 1 }));
    } catch (error) {
      sayError(error);
    } finally {
      setBusy(false);
    }
  };

  const deleteRows = async () => {
    const grid = controller.current;
    setConfirmDelete(false);
    if (!grid || grid.selected.size === 0) return;
    setBusy(true);
    try {
      const result = await api.call('clients.delete', { ids: [...grid.selected] });
      grid.clearSelection();
      say('ok', t('grid.delete.done', { n: result.count }));
    } catch (error) {
      sayError(error);
    } finally {
      setBusy(false);
    }
  };

  const pasteTargets: PasteTarget[] = useMemo(
    () => columnDefs.filter((def) => def.colId && isEditableColumn(def.colId)).map((def) => ({ colId: def.colId!, header: def.headerName ?? def.colId! })),
    [columnDefs],
  );

  const boardCells = useMemo(() => {
    const byCode = new Map((summary.data?.cells ?? []).map((c) => [c.code, c]));
    return (summary.data?.layout.rows.flat() ?? []).map((code) => ({ code, zoneId: byCode.get(code)?.zoneId ?? null }));
  }, [summary.data]);

  const anyFilter = page ? !isUnfiltered(page.query) : false;

  return (
    <section className="page page-clients" aria-labelledby="clients-title">
      <PageTitle id="clients-title">{t('clients.title')}</PageTitle>
      <div className="grid-toolbar">
        <SearchBox />
        <label className="toggle-field">
          <input
            type="checkbox"
            checked={overriddenOnly}
            onChange={(event) => useClientFilters.getState().setOverriddenOnly(event.target.checked)}
            data-testid="overridden-only"
          />
          {t('grid.overriddenOnly')}
        </label>
        <button
          type="button"
          className="button"
          disabled={!anyFilter}
          onClick={() => {
            useClientFilters.getState().clearPageFilters();
            controller.current?.api?.setFilterModel(null);
          }}
        >
          {t('grid.clearFilters')}
        </button>
        <span className="grid-toolbar-spacer" />
        <ColumnChooser
          controller={controller}
          onChanged={() => saveLayout(null)}
          onReset={() => {
            clearTimeout(saveTimer.current);
            api.call('settings.update', { clientGridColumns: [] }).catch(sayError);
          }}
        />
        <button type="button" className="button button-primary" onClick={() => setAdding(true)} data-testid="add-client">
          {t('grid.add.button')}
        </button>
      </div>
      <FilterChips zones={summary.data?.zones ?? []} cells={boardCells} reps={sortedReps} regions={regionList.many ? regionList.regions : []} />
      <BulkBar
        reps={sortedReps}
        choices={choices}
        inputs={bulkInputs}
        dictionaries={dictionaryById}
        headerOf={headerOf}
        selected={selectedCount}
        filtered={page?.total ?? null}
        busy={busy}
        onSelectAllFiltered={selectAllFiltered}
        onClearSelection={() => controller.current?.clearSelection()}
        onSetField={(field, value) => (field === 'hospitalClass' ? setConfirmBulk({ field, value }) : void setField(field, value))}
        onCopy={() => void copyRows()}
        onPaste={() => setPasting(true)}
        onDelete={() => setConfirmDelete(true)}
      />
      <div className="grid-message-line">
        {message ? (
          <p
            key={message.seq}
            className={message.kind === 'error' ? 'grid-message grid-message-error' : 'grid-message'}
            role={message.kind === 'error' ? 'alert' : 'status'}
            data-testid="grid-message"
          >
            {message.text}
          </p>
        ) : null}
      </div>
      <div className="client-grid" data-testid="clients-table" aria-label={t('grid.label')}>
        <ClientGrid
          key={locale}
          locale={locale}
          ctx={ctx}
          columnDefs={columnDefs}
          filters={filters}
          savedLayout={savedLayout}
          dataDefaults={dataDefaults}
          ref={controller}
          onPage={onPage}
          onLoadError={sayError}
          onSelectionChanged={setSelectedCount}
          onEdit={onEdit}
          onLayoutChanged={saveLayout}
        />
      </div>
      <GridFooter
        total={summary.data?.totals.clients ?? null}
        filtered={page?.total ?? null}
        selected={selectedCount}
        zoneCounts={page?.zoneCounts ?? null}
        zones={summary.data?.zones ?? []}
      />
      <AddClientDialog open={adding} ctx={ctx} reps={sortedReps} choices={choices} onClose={() => setAdding(false)} onCreated={(row) => say('ok', t('grid.add.done', { name: row.name, cell: row.cell ?? t('common.ungraded') }))} />
      <PasteDialog
        open={pasting}
        ctx={ctx}
        clipboard={clipboard}
        targets={pasteTargets}
        orderedIds={orderedSelection}
        onClose={() => setPasting(false)}
        onDone={(text) => say('ok', text)}
      />
      <ConfirmDialog
        open={confirmDelete}
        title={t('grid.delete.title', { n: selectedCount })}
        confirmLabel={t('grid.delete.confirm')}
        cancelLabel={t('common.cancel')}
        danger
        onConfirm={() => void deleteRows()}
        onCancel={() => setConfirmDelete(false)}
      >
        <p>{t('grid.delete.body', { n: selectedCount })}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirmBulk !== null}
        title={t('grid.bulk.classTitle')}
        confirmLabel={t('grid.bulk.apply')}
        cancelLabel={t('common.cancel')}
        onConfirm={() => {
          const pending = confirmBulk;
          setConfirmBulk(null);
          if (pending) void setField(pending.field, pending.value);
        }}
        onCancel={() => setConfirmBulk(null)}
      >
        <p>{t('grid.bulk.classBody', { n: selectedCount, value: confirmBulk?.value || t('grid.blank') })}</p>
      </ConfirmDialog>
    </section>
  );
}
