import { describe, expect, it } from 'vitest';
import { DataScope, METHOD_NAMES } from '../../shared/contract';
import { apiQueryKey, methodsForScopes } from '../../renderer/src/api/queryKeys';

describe('query keys', () => {
  it('are per method and input', () => {
    expect(apiQueryKey('clients.list', { offset: 0 })).toEqual(['api', 'clients.list', { offset: 0 }]);
    expect(apiQueryKey('app.info', undefined)).toEqual(['api', 'app.info', {}]);
  });
});

describe('methodsForScopes', () => {
  it("'all' invalidates everything", () => {
    expect(methodsForScopes(['all'])).toBe('all');
    expect(methodsForScopes(['settings', 'all'])).toBe('all');
  });
  it('settings only touches settings', () => {
    expect(methodsForScopes(['settings'])).toEqual(['settings.get']);
  });
  it('any data change refreshes every read (pages, counts, facets, previews, history)', () => {
    for (const scope of DataScope.options.filter((s) => s !== 'settings')) expect(methodsForScopes([scope])).toBe('all');
    expect(methodsForScopes(['settings', 'grades'])).toBe('all');
    expect(METHOD_NAMES).toContain('settings.get');
  });
});
