// First: configures zod before any schema module is evaluated (see zodJitless.ts).
import './zodJitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from '../../shared/contract';
import { createQueryClient } from './api/ApiProvider';
import { chooseTransport, reloadOnNewToken } from './api/chooseTransport';
import { App } from './app/App';
import { startNavSync } from './app/navStore';
import { NoToken } from './app/NoToken';
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
  root.render(
    <StrictMode>
      <App api={createApi(choice.transport)} queryClient={createQueryClient()} />
    </StrictMode>,
  );
}
