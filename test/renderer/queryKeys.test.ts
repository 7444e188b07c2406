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
  it('client changes refresh lists and the summary', () => {
    expect(methodsForScopes(['clients'])).toEqual(['clients.list', 'stats.summary']);
  });
  it('merges scopes without duplicates and names only real read methods', () => {
    const scopes = DataScope.options.filter((scope) => scope !== 'all');
    const methods = methodsForScopes(scopes);
    expect(methods).not.toBe('all');
    if (methods === 'all') return;
    expect(new Set(methods).size).toBe(methods.length);
    for (const method of methods) expect(METHOD_NAMES).toContain(method);
  });
});
