import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiError, type Api } from '../../../shared/contract';
import { API_KEY_ROOT, methodsForScopes } from './queryKeys';

const ApiContext = createContext<Api | null>(null);

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside <ApiProvider>');
  return api;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Data changes arrive as 'data:changed' events, so polling and focus refetches are waste.
        staleTime: Infinity,
        refetchOnWindowFocus: false,
        // A domain error will not fix itself; only retry a dropped connection, once.
        retry: (failures, error) => failures < 1 && error instanceof ApiError && error.error.code === 'transport.unavailable',
      },
      mutations: { retry: false },
    },
  });
}

export function ApiProvider({ api, queryClient, children }: { api: Api; queryClient: QueryClient; children: ReactNode }) {
  useEffect(
    () =>
      api.on('data:changed', ({ scopes }) => {
        for (const method of methodsForScopes(scopes)) void queryClient.invalidateQueries({ queryKey: [API_KEY_ROOT, method] });
      }),
    [api, queryClient],
  );
  return (
    <ApiContext value={api}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ApiContext>
  );
}
