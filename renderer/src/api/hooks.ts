import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import { useApi } from './ApiProvider';
import { apiQueryKey } from './queryKeys';

export interface ApiQueryOptions {
  /** Keep showing the previous result while a new input loads (paging, search). */
  keepPrevious?: boolean;
  enabled?: boolean;
}

export function useApiQuery<M extends MethodName>(method: M, input: MethodInput<M>, options: ApiQueryOptions = {}) {
  const api = useApi();
  return useQuery<MethodOutput<M>, Error>({
    queryKey: apiQueryKey(method, input),
    queryFn: () => api.call(method, input),
    ...(options.keepPrevious ? { placeholderData: keepPreviousData } : {}),
    ...(options.enabled === undefined ? {} : { enabled: options.enabled }),
  });
}

export function useApiMutation<M extends MethodName>(method: M) {
  const api = useApi();
  return useMutation<MethodOutput<M>, Error, MethodInput<M>>({
    mutationFn: (input) => api.call(method, input),
  });
}

/** Puts a command's fresh result into the cache of the matching read (e.g. settings.update → settings.get). */
export function useSetApiData() {
  const queryClient = useQueryClient();
  return <M extends MethodName>(method: M, input: MethodInput<M>, value: MethodOutput<M>) =>
    queryClient.setQueryData(apiQueryKey(method, input), value);
}
