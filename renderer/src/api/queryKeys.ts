import type { DataScope, MethodName } from '../../../shared/contract';

/** Every cached API result lives under ['api', method, input]; invalidation works per method. */
export const API_KEY_ROOT = 'api';

export function apiQueryKey(method: MethodName, input: unknown): readonly unknown[] {
  return [API_KEY_ROOT, method, input ?? {}];
}

/** Which cached reads a change in each scope makes stale. */
const READS_BY_SCOPE: Record<Exclude<DataScope, 'all'>, readonly MethodName[]> = {
  clients: ['clients.list', 'stats.summary'],
  reps: ['reps.list', 'clients.list', 'stats.summary'],
  hospitals: ['hospitals.list', 'clients.list', 'stats.summary'],
  grades: ['clients.list', 'stats.summary'],
  models: ['models.list', 'clients.list', 'stats.summary'],
  settings: ['settings.get'],
};

/** 'all' when everything is stale, else the affected methods (deduplicated, sorted). */
export function methodsForScopes(scopes: readonly DataScope[]): 'all' | MethodName[] {
  if (scopes.includes('all')) return 'all';
  const methods = new Set<MethodName>();
  for (const scope of scopes) {
    if (scope === 'all') continue;
    for (const method of READS_BY_SCOPE[scope]) methods.add(method);
  }
  return [...methods].sort();
}
