import { METHOD_NAMES, methods, type DataScope, type MethodName } from '../../../shared/contract';

/** Every cached API result lives under ['api', method, input]; invalidation works per method. */
export const API_KEY_ROOT = 'api';

export function apiQueryKey(method: MethodName, input: unknown): readonly unknown[] {
  return [API_KEY_ROOT, method, input ?? {}];
}

/**
 * Which cached reads a change makes stale: the queries whose declared reads (in the
 * contract) include a scope the change touched. Commands are never cached.
 */
export function methodsForScopes(scopes: readonly DataScope[]): MethodName[] {
  const touched = new Set(scopes);
  return METHOD_NAMES.filter((name) => !methods[name].mutates && methods[name].reads.some((scope) => touched.has(scope)));
}
