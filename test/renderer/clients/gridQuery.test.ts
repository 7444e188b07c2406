import { describe, expect, it } from 'vitest';
import { ClientQuerySchema } from '../../../shared/contract';
import { conditionsOfColumn, gridToQuery, isQueryField, isUnfiltered, NO_PAGE_FILTERS, unsupportedFilters } from '../../../renderer/src/features/clients/gridQuery';

describe('grid sort and filter models → the contract client query', () => {
  it('an untouched grid asks for everything, in the core’s default order', () => {
    const query = gridToQuery({});
    expect(query).toEqual({});
    expect(isUnfiltered(query)).toBe(true);
  });

  it('quick search, chips and the toggle become query fields (trimmed, deduplicated)', () => {
    const query = gridToQuery({
      filters: { search: '  zw ', zones: ['red', 'red', 'yellow'], cells: ['A1'], repIds: [3, null], regions: [], overriddenOnly: true },
    });
    expect(query).toEqual({ search: 'zw', zones: ['red', 'yellow'], cells: ['A1'], repIds: [3, null], overriddenOnly: true });
    expect(isUnfiltered(query)).toBe(false);
  });

  it('cuts an over-long search to the contract’s limit instead of sending something the core refuses', () => {
    const query = gridToQuery({ filters: { ...NO_PAGE_FILTERS, search: '张'.repeat(500) } });
    expect(query.search).toHaveLength(200);
    expect(() => ClientQuerySchema.parse(query)).not.toThrow();
  });

  it('text filters map every operator the grid offers', () => {
    for (const op of ['contains', 'notContains', 'equals', 'notEqual', 'startsWith', 'endsWith'] as const) {
      expect(conditionsOfColumn('hospitalName', { filterType: 'text', type: op, filter: '人民' })).toEqual([
        { kind: 'text', field: 'hospitalName', op, value: '人民' },
      ]);
    }
    expect(conditionsOfColumn('department', { filterType: 'text', type: 'blank' })).toEqual([{ kind: 'text', field: 'department', op: 'blank' }]);
    // An empty text filters nothing, as in the grid.
    expect(conditionsOfColumn('name', { filterType: 'text', type: 'contains', filter: '' })).toEqual([]);
  });

  it('number filters, with inRange inclusive and in order', () => {
    expect(conditionsOfColumn('volumeOurs', { filterType: 'number', type: 'greaterThanOrEqual', filter: 500 })).toEqual([
      { kind: 'number', field: 'volumeOurs', op: 'greaterThanOrEqual', value: 500 },
    ]);
    expect(conditionsOfColumn('bedsManaged', { filterType: 'number', type: 'inRange', filter: 8, filterTo: 4 })).toEqual([
      { kind: 'number', field: 'bedsManaged', op: 'inRange', value: 4, valueTo: 8 },
    ]);
    expect(conditionsOfColumn('bedsManaged', { filterType: 'number', type: 'notBlank' })).toEqual([{ kind: 'number', field: 'bedsManaged', op: 'notBlank' }]);
    expect(conditionsOfColumn('bedsManaged', { filterType: 'number', type: 'equals', filter: null })).toEqual([]);
  });

  it('our set-like filter becomes a set condition, blanks as null', () => {
    expect(conditionsOfColumn('title', { filterType: 'facet', values: ['主任医师', null, '主任医师'] })).toEqual([
      { kind: 'set', field: 'title', values: ['主任医师', null] },
    ]);
    expect(conditionsOfColumn('zone', { filterType: 'facet', values: [] })).toEqual([{ kind: 'set', field: 'zone', values: [] }]);
  });

  it('an AND of two conditions is two conditions; an OR cannot be run and is reported', () => {
    const and = { filterType: 'number', operator: 'AND', conditions: [{ type: 'greaterThan', filter: 1 }, { type: 'lessThan', filter: 9 }] };
    expect(conditionsOfColumn('bedsManaged', and)).toHaveLength(2);
    const or = { filterType: 'text', operator: 'OR', conditions: [{ type: 'contains', filter: 'a' }, { type: 'contains', filter: 'b' }] };
    expect(conditionsOfColumn('name', or)).toBeNull();
    expect(unsupportedFilters({ name: or, bedsManaged: and })).toEqual(['name']);
  });

  it('sorts by up to five known columns, in the grid’s order; unknown columns are left out', () => {
    const query = gridToQuery({
      sortModel: [
        { colId: 'cell', sort: 'asc' },
        { colId: 'ag-Grid-SelectionColumn', sort: 'asc' },
        { colId: 'name', sort: 'desc' },
        { colId: 'attr:annualSpend', sort: 'desc' },
        { colId: 'title', sort: null },
      ],
    });
    expect(query.sort).toEqual([
      { field: 'cell', dir: 'asc' },
      { field: 'name', dir: 'desc' },
      { field: 'attr:annualSpend', dir: 'desc' },
    ]);
  });

  it('a set filter lists values under the other filters, not its own', () => {
    const filterModel = { title: { filterType: 'facet', values: ['主治医师'] }, name: { filterType: 'text', type: 'contains', filter: '张' } };
    expect(gridToQuery({ filterModel, excludeField: 'title' }).conditions).toEqual([{ kind: 'text', field: 'name', op: 'contains', value: '张' }]);
  });

  it('every query it builds is valid for the contract', () => {
    const query = gridToQuery({
      sortModel: [{ colId: 'visitsPerMonth', sort: 'desc' }],
      filterModel: {
        title: { filterType: 'facet', values: ['主任医师', null] },
        volumeCompetitor: { filterType: 'number', type: 'lessThan', filter: 100 },
        hospitalName: { filterType: 'text', type: 'startsWith', filter: '临江' },
        'attr:lifecycle': { filterType: 'text', type: 'equals', filter: '保有' },
        bogus: { filterType: 'text', type: 'contains', filter: 'x' },
      },
      filters: { search: 'zw', zones: ['red'], cells: ['A1', 'B2'], repIds: [1, null], regions: ['华东', null], overriddenOnly: false },
    });
    expect(ClientQuerySchema.parse(query)).toEqual(query);
    expect(query.conditions?.map((c) => c.field)).toEqual(['title', 'volumeCompetitor', 'hospitalName', 'attr:lifecycle']);
  });

  it('knows which column ids the core can sort and filter', () => {
    expect(isQueryField('repName')).toBe(true);
    expect(isQueryField('attr:年采购额')).toBe(true);
    expect(isQueryField('repId')).toBe(false);
    expect(isQueryField('attr:a"b')).toBe(false);
  });
});
