import { memo, useCallback, useEffect, useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type {
  CellEditRequestEvent,
  ColDef,
  ColumnState,
  GetRowIdParams,
  GridApi,
  GridReadyEvent,
  IDatasource,
  IRowNode,
  RowSelectionOptions,
  SelectionChangedEvent,
} from 'ag-grid-community';
import { type ClientQuery } from '../../../../shared/contract';
import type { ClientRow } from '../../../../shared/domain/schemas';
import type { Locale } from '../../../../shared/i18n/locales';
import { useApi } from '../../api/ApiProvider';
import { ZoneCellRenderer, ZoneNameRenderer } from './cellRenderers';
import { FacetFilter } from './FacetFilter';
import { cellErrorKey, changeFor, invalidMessage, type GridContext } from './gridColumns';
import { gridToQuery, type GridSortItem, type PageFilters } from './gridQuery';
import { cspNonce, gridLocaleText, gridModules, gridTheme } from './gridSetup';
import { useClientFilters } from './filterStore';
import { FIRST_BLOCK, forgetPrefetched, loadPage, type ClientPage } from './pagePrefetch';
import { gridRefreshFor } from './gridRefresh';
import { WholeNumberEditor } from './WholeNumberEditor';
import { defaultVisibility } from './regions';
import { errorText } from '../../components/errorText';

export type { ClientPage } from './pagePrefetch';


/** What the page can do with the grid (selection lives here because the Infinite Row Model only holds loaded rows). */
export interface GridController {
  api: GridApi<ClientRow> | null;
  /** Selected client ids, including rows not loaded (after "select all filtered"). */
  selected: Set<number>;
  /** The query of what the grid shows now (search, chips, column filters, sort), optionally without one column's filter. */
  query(excludeField?: string): ClientQuery;
  selectIds(ids: readonly number[]): void;
  clearSelection(): void;
  /** Reloads the loaded blocks in place (after a change elsewhere). */
  refresh(): void;
  /** Back to the default columns, with those whose default follows the data shown or hidden by it. */
  resetColumns(): void;
}

export interface EditOutcome {
  kind: 'saved' | 'refused';
  row: ClientRow;
  colId: string;
  header: string;
  message?: string;
}

interface ClientGridProps {
  ctx: GridContext;
  /** The grid's own texts (menus, filters, aria labels); the page re-creates the grid when it changes. */
  locale: Locale;
  columnDefs: ColDef<ClientRow>[];
  filters: PageFilters;
  /** Saved column layout to restore once. */
  savedLayout: ColumnState[] | undefined;
  /** Columns whose default visibility follows the data (colId → hidden), once known; a saved choice wins. */
  dataDefaults: Readonly<Record<string, boolean>> | undefined;
  ref: Ref<GridController>;
  onPage(page: ClientPage, query: ClientQuery): void;
  onLoadError(error: unknown): void;
  onSelectionChanged(count: number): void;
  onEdit(outcome: EditOutcome): void;
  onLayoutChanged(state: ColumnState[]): void;
}

/** Components the column definitions refer to by name (see gridColumns.ts). */
const GRID_COMPONENTS = {
  wholeNumberEditor: WholeNumberEditor,
  facetFilter: FacetFilter,
  zoneCellRenderer: ZoneCellRenderer,
  zoneNameRenderer: ZoneNameRenderer,
};

const ROW_SELECTION: RowSelectionOptions = {
  mode: 'multiRow',
  checkboxes: true,
  // The Infinite Row Model has no "select all"; the page offers "select all filtered" through the core.
  headerCheckbox: false,
  enableClickSelection: false,
};

const SELECTION_COLUMN = { width: 44, minWidth: 44, maxWidth: 44, pinned: 'left' as const, suppressMovable: true, resizable: false };

function sortModelOf(state: ColumnState[]): GridSortItem[] {
  return state
    .filter((c) => c.sort === 'asc' || c.sort === 'desc')
    .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
    .map((c) => ({ colId: c.colId, sort: c.sort as 'asc' | 'desc' }));
}

const getRowId = (params: GetRowIdParams<ClientRow>) => String(params.data.id);

const sameValue = (a: unknown, b: unknown) => (a ?? '') === (b ?? '') || String(a ?? '') === String(b ?? '');

/**
 * The client grid: AG Grid Community on the Infinite Row Model. Every block is one
 * 'clients.page' call filtered, sorted and counted in SQL; edits are 'clients.update' commands
 * (readOnlyEdit: the grid never changes a row by itself, the core's answer does).
 */
/** Memoised: the page re-renders on every loaded block (footer counts); the grid need not. */
export const ClientGrid = memo(function ClientGrid(props: ClientGridProps) {
  const api = useApi();
  const { ctx, ref } = props;
  const { onPage, onLoadError, onSelectionChanged: onSelection, onEdit, onLayoutChanged, savedLayout, dataDefaults, filters, columnDefs } = props;
  // The latest callbacks, for grid events and datasource answers that outlive a render.
  const propsRef = useRef({ onPage, onLoadError, onSelectionChanged: onSelection, onEdit, onLayoutChanged, savedLayout });
  useEffect(() => {
    propsRef.current = { onPage, onLoadError, onSelectionChanged: onSelection, onEdit, onLayoutChanged, savedLayout };
  }, [onPage, onLoadError, onSelection, onEdit, onLayoutChanged, savedLayout]);
  const gridApi = useRef<GridApi<ClientRow> | null>(null);
  const selected = useRef(new Set<number>());
  const filtersRef = useRef(filters);
  const lastQuery = useRef<ClientQuery>({});
  const dataDefaultsRef = useRef(dataDefaults);

  /** Shows or hides the columns whose default follows the data, except where a saved layout chose. */
  const applyDataDefaults = useCallback((respectSaved: boolean) => {
    const grid = gridApi.current;
    const defaults = dataDefaultsRef.current;
    if (!grid || !defaults) return;
    const state = defaultVisibility(respectSaved ? propsRef.current.savedLayout : undefined, defaults);
    if (state.length > 0) grid.applyColumnState({ state });
  }, []);
  useEffect(() => {
    dataDefaultsRef.current = dataDefaults;
    applyDataDefaults(true);
  }, [dataDefaults, applyDataDefaults]);

  const modules = useMemo(() => gridModules(), []);
  const localeText = useMemo(() => gridLocaleText(props.locale), [props.locale]);
  const nonce = useMemo(() => cspNonce(), []);

  const queryNow = useCallback((excludeField?: string): ClientQuery => {
    const grid = gridApi.current;
    if (!grid) return gridToQuery({ filters: filtersRef.current, excludeField });
    return gridToQuery({
      sortModel: sortModelOf(grid.getColumnState()),
      filterModel: grid.getFilterModel() as Record<string, unknown>,
      filters: filtersRef.current,
      excludeField,
    });
  }, []);

  const datasource = useCallback(
    (): IDatasource => ({
      getRows(params) {
        const query = gridToQuery({ sortModel: params.sortModel, filterModel: params.filterModel as Record<string, unknown>, filters: filtersRef.current });
        lastQuery.current = query;
        loadPage(api, query, params.startRow, params.endRow - params.startRow)
          .then((page) => {
            params.successCallback(page.rows, page.total);
            propsRef.current.onPage(page, query);
          })
          .catch((error: unknown) => {
            params.failCallback();
            propsRef.current.onLoadError(error);
          });
      },
    }),
    [api],
  );

  /** Ticks the loaded rows that are in the selection (blocks load and reload as the user scrolls). */
  const syncSelection = useCallback(() => {
    const grid = gridApi.current;
    if (!grid) return;
    grid.forEachNode((node) => {
      if (!node.data) return;
      const want = selected.current.has(node.data.id);
      if (node.isSelected() !== want) node.setSelected(want, false, 'api');
    });
  }, []);

  useImperativeHandle(
    ref,
    () => ({
      get api() {
        return gridApi.current;
      },
      get selected() {
        return selected.current;
      },
      query: (excludeField) => queryNow(excludeField),
      selectIds(ids) {
        selected.current.clear();
        for (const id of ids) selected.current.add(id);
        syncSelection();
        propsRef.current.onSelectionChanged(selected.current.size);
      },
      clearSelection() {
        selected.current.clear();
        gridApi.current?.deselectAll();
        propsRef.current.onSelectionChanged(0);
      },
      refresh() {
        gridApi.current?.refreshInfiniteCache();
      },
      resetColumns() {
        gridApi.current?.resetColumnState();
        applyDataDefaults(false);
      },
    }),
    [queryNow, syncSelection, applyDataDefaults],
  );

  // Search, chips or the toggle changed: a new datasource starts again from the top.
  useEffect(() => {
    filtersRef.current = filters;
    const grid = gridApi.current;
    if (!grid) return;
    selected.current.clear();
    propsRef.current.onSelectionChanged(0);
    grid.setGridOption('datasource', datasource());
  }, [filters, datasource]);

  // A command (here, on the board, an undo) changed data: the rows it names are fetched again in
  // place; a change of what every row shows reloads what is loaded, keeping the scroll position.
  useEffect(
    () =>
      api.on('data:changed', (event) => {
        const grid = gridApi.current;
        if (!grid) return;
        const loaded = new Map<number, IRowNode<ClientRow>>();
        grid.forEachNode((node) => {
          if (node.data) loaded.set(node.data.id, node);
        });
        const refresh = gridRefreshFor(event, new Set(loaded.keys()));
        if (refresh.kind === 'none') return;
        forgetPrefetched();
        if (refresh.kind === 'all') {
          grid.refreshInfiniteCache();
          return;
        }
        // The footer's counts follow the grades: one row's worth of the current query brings them.
        loadPage(api, lastQuery.current, 0, 1)
          .then((page) => propsRef.current.onPage(page, lastQuery.current))
          .catch((error: unknown) => propsRef.current.onLoadError(error));
        if (refresh.ids.length === 0) return;
        api
          .call('clients.rows', { ids: refresh.ids })
          .then((rows) => {
            for (const row of rows) loaded.get(row.id)?.setData(row);
            // A client gone meanwhile (deleted elsewhere) is not in the answer: reload the blocks.
            if (rows.length < refresh.ids.length) grid.refreshInfiniteCache();
          })
          .catch((error: unknown) => propsRef.current.onLoadError(error));
      }),
    [api],
  );

  const onGridReady = useCallback(
    (event: GridReadyEvent<ClientRow>) => {
      gridApi.current = event.api;
      const store = useClientFilters.getState();
      const layout = propsRef.current.savedLayout ?? [];
      const sortById = new Map(store.sortModel.map((s, index) => [s.colId, { sort: s.sort ?? null, sortIndex: index }]));
      const state: ColumnState[] = layout.map((c) => ({ ...c, ...(sortById.get(c.colId) ?? { sort: null }) }));
      for (const [colId, sort] of sortById) if (!layout.some((c) => c.colId === colId)) state.push({ colId, ...sort });
      if (state.length > 0) event.api.applyColumnState({ state, applyOrder: layout.length > 0 });
      applyDataDefaults(true);
      if (Object.keys(store.filterModel).length > 0) event.api.setFilterModel(store.filterModel);
      event.api.setGridOption('datasource', datasource());
    },
    [datasource, applyDataDefaults],
  );

  const onSelectionChanged = useCallback((event: SelectionChangedEvent<ClientRow>) => {
    if (event.source === 'api') return;
    event.api.forEachNode((node) => {
      if (!node.data) return;
      if (node.isSelected()) selected.current.add(node.data.id);
      else selected.current.delete(node.data.id);
    });
    propsRef.current.onSelectionChanged(selected.current.size);
  }, []);

  const onCellEditRequest = useCallback(
    (event: CellEditRequestEvent<ClientRow>) => {
      const row = event.data;
      const colId = event.column.getColId();
      const header = event.colDef.headerName ?? colId;
      if (!row || sameValue(event.oldValue, event.newValue)) return;
      const key = cellErrorKey(row.id, colId);
      const refreshCell = () => event.api.refreshCells({ rowNodes: [event.node], columns: [colId], force: true });
      const parsed = changeFor(colId, event.newValue, ctx);
      if (!parsed.ok) {
        const message = invalidMessage(parsed.error, ctx.t);
        ctx.cellErrors.set(key, message);
        refreshCell();
        propsRef.current.onEdit({ kind: 'refused', row, colId, header, message });
        return;
      }
      api
        .call('clients.update', { id: row.id, changes: parsed.value })
        .then((updated) => {
          ctx.cellErrors.delete(key);
          event.node.setData(updated);
          refreshCell();
          propsRef.current.onEdit({ kind: 'saved', row: updated, colId, header });
        })
        .catch((error: unknown) => {
          const message = errorText(error, ctx.locale);
          ctx.cellErrors.set(key, message);
          // The grid never took the value (readOnlyEdit): the cell still shows the saved one.
          refreshCell();
          propsRef.current.onEdit({ kind: 'refused', row, colId, header, message });
        });
    },
    [api, ctx],
  );

  const saveLayout = useCallback((event: { source: string; finished?: boolean }) => {
    if (event.finished === false || !event.source.startsWith('ui')) return;
    const grid = gridApi.current;
    if (grid) propsRef.current.onLayoutChanged(grid.getColumnState());
  }, []);

  const storeFilter = useCallback(() => {
    const grid = gridApi.current;
    if (!grid) return;
    useClientFilters.getState().setFilterModel(grid.getFilterModel() as Record<string, unknown>);
    selected.current.clear();
    propsRef.current.onSelectionChanged(0);
  }, []);

  const storeSort = useCallback(() => {
    const grid = gridApi.current;
    if (grid) useClientFilters.getState().setSortModel(sortModelOf(grid.getColumnState()));
  }, []);

  const defaultColDef = useMemo<ColDef<ClientRow>>(() => ({ suppressHeaderMenuButton: true }), []);

  return (
    <AgGridReact<ClientRow>
      modules={modules}
      theme={gridTheme}
      {...(nonce ? { styleNonce: nonce } : {})}
      localeText={localeText}
      context={ctx}
      components={GRID_COMPONENTS}
      columnDefs={columnDefs}
      defaultColDef={defaultColDef}
      rowModelType="infinite"
      rowBuffer={4}
      cacheBlockSize={FIRST_BLOCK}
      maxBlocksInCache={30}
      maxConcurrentDatasourceRequests={2}
      infiniteInitialRowCount={1}
      getRowId={getRowId}
      rowSelection={ROW_SELECTION}
      selectionColumnDef={SELECTION_COLUMN}
      readOnlyEdit
      invalidEditValueMode="block"
      stopEditingWhenCellsLoseFocus
      tooltipShowDelay={400}
      onGridReady={onGridReady}
      onSelectionChanged={onSelectionChanged}
      onModelUpdated={syncSelection}
      onCellEditRequest={onCellEditRequest}
      onFilterChanged={storeFilter}
      onSortChanged={storeSort}
      onColumnResized={saveLayout}
      onColumnMoved={saveLayout}
      onColumnPinned={saveLayout}
      onColumnVisible={saveLayout}
    />
  );
});
