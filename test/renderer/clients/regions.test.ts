import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClientChangesSchema, ClientQuerySchema } from '../../../shared/contract';
import { DEFAULT_DICTIONARIES } from '../../../shared/models';
import { buildColumnDefs, changeFor, columnSpecs, emptyGridContext, isEditableColumn } from '../../../renderer/src/features/clients/gridColumns';
import { gridToQuery, isUnfiltered, NO_PAGE_FILTERS } from '../../../renderer/src/features/clients/gridQuery';
import { pageFiltersOf, useClientFilters } from '../../../renderer/src/features/clients/filterStore';
import {
  dataDefaultHidden,
  defaultVisibility,
  hasManyRegions,
  regionsOfFacets,
  withoutDefaultHide,
} from '../../../renderer/src/features/clients/regions';
import { openChartTarget } from '../../../renderer/src/features/dashboards/openChartTarget';
import { useNav } from '../../../renderer/src/app/navStore';
import { translator } from './translate';

const zh = translator('zh-CN');

describe('the region as a page filter of the grid (regional roll-ups)', () => {
  beforeEach(() => {
    useClientFilters.getState().clearPageFilters();
    // Navigating sets the address bar's hash.
    vi.stubGlobal('window', { location: { hash: '' } });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('becomes the query’s regions, deduplicated, null for the clients without one, valid for the contract', () => {
    const query = gridToQuery({ filters: { ...NO_PAGE_FILTERS, regions: ['华东', null, '华东', '华北'] } });
    expect(query).toEqual({ regions: ['华东', null, '华北'] });
    expect(ClientQuerySchema.parse(query)).toEqual(query);
    expect(isUnfiltered(query)).toBe(false);
    expect(isUnfiltered(gridToQuery({ filters: NO_PAGE_FILTERS }))).toBe(true);
    // Longer than the contract allows: cut, never refused.
    const long = gridToQuery({ filters: { ...NO_PAGE_FILTERS, regions: ['区'.repeat(300)] } });
    expect(() => ClientQuerySchema.parse(long)).not.toThrow();
  });

  it('is kept in the filter store with the chips, toggled, and cleared with them', () => {
    const store = useClientFilters.getState();
    store.toggleRegion('华东');
    store.toggleRegion(null);
    expect(pageFiltersOf(useClientFilters.getState()).regions).toEqual(['华东', null]);
    useClientFilters.getState().toggleRegion('华东');
    expect(useClientFilters.getState().regions).toEqual([null]);
    useClientFilters.getState().clearPageFilters();
    expect(useClientFilters.getState().regions).toEqual([]);
  });

  it('is set by a chart’s click-through to the grid, other page filters cleared', () => {
    useClientFilters.setState({ search: '张', searchText: '张', regions: ['华北'] });
    openChartTarget({ page: 'clients', zones: ['red'], regions: ['华东'] });
    const state = useClientFilters.getState();
    expect(pageFiltersOf(state)).toEqual({ ...NO_PAGE_FILTERS, zones: ['red'], regions: ['华东'] });
    expect(useNav.getState().page).toBe('clients');
    openChartTarget({ page: 'clients', cells: ['A1'] });
    expect(useClientFilters.getState().regions).toEqual([]);
  });
});

describe('the region column', () => {
  const defs = new Map(buildColumnDefs({ t: zh }).map((d) => [d.colId!, d]));

  it('is headed 区域 / Region, filtered by the facet filter (blank = 未填区域), hidden until the data says otherwise', () => {
    const region = defs.get('region')!;
    expect(region.headerName).toBe('区域');
    expect(new Map(buildColumnDefs({ t: translator('en') }).map((d) => [d.colId!, d])).get('region')!.headerName).toBe('Region');
    expect(region.filter).toBe('facetFilter');
    expect(region.filterParams).toEqual({ field: 'region', label: 'region' });
    expect(region.initialHide).toBe(true);
    expect(region.sortable).toBe(true);
    expect(zh('grid.facet.noRegion')).toBe('未填区域');
    // First of the scrolling columns, before the hospital.
    const ids = columnSpecs([]).map((s) => s.colId);
    expect(ids.indexOf('region')).toBe(ids.indexOf('hospitalName') - 1);
  });

  it('is edited as free text like the department: trimmed, blank clears it, at most 100 characters', () => {
    const ctx = emptyGridContext(zh, 'zh-CN');
    for (const id of ['title', 'hospitalClass', 'behaviour'] as const) ctx.dictionaries[id] = DEFAULT_DICTIONARIES[id];
    expect(isEditableColumn('region')).toBe(true);
    expect(defs.get('region')!.cellEditor).toBe('agTextCellEditor');
    const parsed = changeFor('region', ' 华东 ', ctx);
    expect(parsed).toEqual({ ok: true, value: { region: '华东' } });
    expect(ClientChangesSchema.parse(parsed.ok ? parsed.value : {})).toEqual({ region: '华东' });
    expect(changeFor('region', '', ctx)).toEqual({ ok: true, value: { region: null } });
    expect(changeFor('region', '区'.repeat(101), ctx)).toEqual({ ok: false, error: { key: 'tooLong', params: { max: 100 } } });
  });
});

describe('what the data decides: more than one region shows the column and the chips', () => {
  it('lists regions in the core’s order with the clients without one last', () => {
    const regions = regionsOfFacets([
      { value: null, count: 3 },
      { value: '华北', count: 2 },
      { value: '华东', count: 5 },
    ]);
    expect(regions).toEqual([
      { region: '华北', count: 2 },
      { region: '华东', count: 5 },
      { region: null, count: 3 },
    ]);
    expect(hasManyRegions(regions)).toBe(true);
    expect(hasManyRegions(regionsOfFacets([{ value: null, count: 300 }]))).toBe(false);
    expect(hasManyRegions(regionsOfFacets([{ value: '华东', count: 300 }]))).toBe(false);
    expect(hasManyRegions(regionsOfFacets(undefined))).toBe(false);
  });

  it('shows or hides the column by the data unless the saved layout holds the user’s own choice', () => {
    expect(dataDefaultHidden(true)).toEqual({ region: false });
    expect(dataDefaultHidden(false)).toEqual({ region: true });
    expect(defaultVisibility(undefined, { region: false })).toEqual([{ colId: 'region', hide: false }]);
    expect(defaultVisibility([{ colId: 'region' }, { colId: 'name', hide: false }], { region: false })).toEqual([{ colId: 'region', hide: false }]);
    expect(defaultVisibility([{ colId: 'region', hide: true }], { region: false })).toEqual([]);
    expect(defaultVisibility([{ colId: 'region', hide: null }], { region: true })).toEqual([{ colId: 'region', hide: true }]);
  });

  it('saves the column’s hide only where the user differs from the data’s default', () => {
    const hidden = dataDefaultHidden(false);
    expect(withoutDefaultHide({ colId: 'region', width: 96, hide: true }, hidden)).toEqual({ colId: 'region', width: 96 });
    expect(withoutDefaultHide({ colId: 'region', hide: false }, hidden)).toEqual({ colId: 'region', hide: false });
    expect(withoutDefaultHide({ colId: 'region', hide: false }, dataDefaultHidden(true))).toEqual({ colId: 'region' });
    expect(withoutDefaultHide({ colId: 'department', hide: true }, hidden)).toEqual({ colId: 'department', hide: true });
  });
});
