import type { QueryClient } from '@tanstack/react-query';
import type { Api } from '../../../shared/contract';
import { ApiProvider } from '../api/ApiProvider';
import { ModelVocabularySync } from '../i18n/modelVocabulary';
import { AppFrame } from './AppFrame';
import { ErrorBoundary } from './ErrorBoundary';
import { StartupGate } from './StartupGate';

export function App({ api, queryClient }: { api: Api; queryClient: QueryClient }) {
  return (
    <ErrorBoundary>
      <ApiProvider api={api} queryClient={queryClient}>
        <StartupGate>
          <ModelVocabularySync />
          <AppFrame />
        </StartupGate>
      </ApiProvider>
    </ErrorBoundary>
  );
}
