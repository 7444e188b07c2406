import type { ModelDefinition } from '../../../../shared/grading';
import { useApiQuery } from '../../api/hooks';

/**
 * The active model's definition (null until loaded): its inputs make the grid's and the
 * import's columns, its vocabulary the app's words. Both reads refetch when a model changes.
 */
export function useActiveModel(): ModelDefinition | null {
  const summary = useApiQuery('stats.summary', {});
  const id = summary.data?.model.id;
  const model = useApiQuery('models.get', { id: id ?? 'none' }, { enabled: Boolean(id) });
  return model.data && model.data.definition.id === id ? model.data.definition : null;
}
