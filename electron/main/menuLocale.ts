import type { EventName } from '../../shared/contract';

/** Only a settings change can change the menu language. */
export function affectsMenuLocale(event: EventName, payload: unknown): boolean {
  if (event !== 'data:changed') return false;
  const scopes = (payload as { scopes?: unknown } | null)?.scopes;
  return Array.isArray(scopes) && scopes.includes('settings');
}
