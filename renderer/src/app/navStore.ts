import { create } from 'zustand';
import { DEFAULT_PAGE, parseRoute, routeHash, type PageId } from './routes';

interface NavState {
  page: PageId;
  navigate(page: PageId): void;
}

/** The current page; the address bar's hash mirrors it so reload and back/forward keep the page. */
export const useNav = create<NavState>()((set) => ({
  page: DEFAULT_PAGE,
  navigate(page) {
    // Setting the hash adds a history entry; the hashchange listener then confirms the same page.
    if (window.location.hash !== routeHash(page)) window.location.hash = routeHash(page);
    set({ page });
  },
}));

/** Call after the access token was taken out of the hash, so '#token=…' is never read as a route. */
export function startNavSync(): () => void {
  const sync = () => useNav.setState({ page: parseRoute(window.location.hash) ?? DEFAULT_PAGE });
  sync();
  window.addEventListener('hashchange', sync);
  return () => window.removeEventListener('hashchange', sync);
}
