import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { StatsSummary } from '../../../../shared/contract';
import type { ModelSummary } from '../../../../shared/domain/schemas';
import type { LocalizedText } from '../../../../shared/domain/schemas';
import { useApi } from '../../api/ApiProvider';
import { API_KEY_ROOT } from '../../api/queryKeys';

export interface ActivationResult {
  model: ModelSummary;
  stats: StatsSummary;
}

/** Reads the data:changed event does not cover: a model's definition and what-if previews. */
export function useInvalidateModelReads() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: [API_KEY_ROOT, 'models.get'] }),
      queryClient.invalidateQueries({ queryKey: [API_KEY_ROOT, 'models.preview'] }),
    ]);
}

/** Activates a model, then reads the regraded totals to report them. */
export function useActivateModel() {
  const api = useApi();
  const invalidate = useInvalidateModelReads();
  return useMutation<ActivationResult, Error, string>({
    mutationFn: async (id) => {
      const model = await api.call('models.activate', { id });
      const stats = await api.call('stats.summary', {});
      return { model, stats };
    },
    onSuccess: () => void invalidate(),
  });
}

export function useCloneModel() {
  const api = useApi();
  return useMutation<ModelSummary, Error, { id: string; newId: string; name: LocalizedText }>({
    mutationFn: (input) => api.call('models.clone', input),
  });
}
