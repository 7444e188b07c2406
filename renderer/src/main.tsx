// First: configures zod before any schema module is evaluated (see zodJitless.ts).
import './zodJitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from '../../shared/contract';
import { createQueryClient } from './api/ApiProvider';
import { chooseTransport, reloadOnNewToken } from './api/chooseTransport';
import { App } from './app/App';
import { startNavSync, useNav } from './app/navStore';
import { NoToken } from './app/NoToken';
import { preloadPage } from './app/PageView';
import { prefetchBoard } from './features/board/prefetchBoard';
import { setupI18n } from './i18n/setupI18n';
import './styles/base.css';
import './styles/app.css';
import './styles/components.css';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

// Order matters: the transport choice consumes '#token=…' before the router reads the hash.
const choice = chooseTransport();
setupI18n();
const root = createRoot(container);
if (choice.kind === 'noToken' || choice.via === 'http') reloadOnNewToken();

if (choice.kind === 'noToken') {
  root.render(<NoToken />);
} else {
  startNavSync();
  const api = createApi(choice.transport);
  const queryClient = createQueryClient();
  // The page the window opens on starts loading now, not after the settings have come; on the
  // board (a reload, a bookmark) its data comes while its code loads.
  const page = useNav.getState().page;
  if (page === 'board') prefetchBoard(api, queryClient);
  preloadPage(page);
  root.render(
    <StrictMode>
      <App api={api} queryClient={queryClient} />
    </StrictMode>,
  );
}
