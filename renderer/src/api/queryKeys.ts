import type { DataScope, MethodName } from '../../../shared/contract';

/** Every cached API result lives under ['api', method, input]; invalidation works per method. */
export const API_KEY_ROOT = 'api';

export function apiQueryKey(method: MethodName, input: unknown): readonly unknown[] {
  return [API_KEY_ROOT, method, input ?? {}];
}

/**
 * Which cached reads a change makes stale. Grades, clients, reps, hospitals and models feed
 * almost every read (counts, pages, facets, previews, history), so any of them refreshes all
 * reads; only a settings change is narrow. Listing reads per scope went stale with every new method.
 */
export function methodsForScopes(scopes: readonly DataScope[]): 'all' | MethodName[] {
  if (scopes.length > 0 && scopes.every((scope) => scope === 'settings')) return ['settings.get'];
  return 'all';
}
