/** The pages, in navigation order. The id is also the hash route: #/board. */
export const PAGES = ['clients', 'board', 'import', 'plans', 'analysis', 'models', 'settings'] as const;
/** Pages reached by address only, never listed in the navigation: the printable visit plan (#/print/plan?…) and quarterly report (#/print/report?…). */
export const HIDDEN_PAGES = ['print'] as const;
export type PageId = (typeof PAGES)[number] | (typeof HIDDEN_PAGES)[number];
export const DEFAULT_PAGE: PageId = 'clients';

export function isPageId(value: unknown): value is PageId {
  return typeof value === 'string' && ((PAGES as readonly string[]).includes(value) || (HIDDEN_PAGES as readonly string[]).includes(value));
}

/** '#/board' (optionally followed by '/…' or '?…' for later sub-routes) → 'board'; anything else → null. */
export function parseRoute(hash: string): PageId | null {
  const match = /^#\/([a-z]+)(?:[/?].*)?$/.exec(hash);
  return match && isPageId(match[1]) ? match[1] : null;
}

export function routeHash(page: PageId): string {
  return `#/${page}`;
}
