import { modelHasVolume } from '../../../../../shared/models/inputsOfModel';
import { useActiveModel } from '../../clients/useActiveModel';
import { usePlanWords, type PlanWords } from '../../plans/planWords';

export interface ReportWords {
  /** The model's word for a contact (拜访 / 跟进 / 面谈) as t() values: the report's texts say {{noun}}, {{Nouns}} … */
  words: PlanWords;
  /** Whether the model speaks of a monthly volume: the Pareto and the top-20% figure only then. */
  hasVolume: boolean;
}

/**
 * The active model's words for the report; its words for clients and organisations come
 * through $t(vocab.*) like everywhere. Before the model has loaded: the pharma default.
 */
export function useReportWords(): ReportWords {
  const model = useActiveModel();
  return { words: usePlanWords(model?.action), hasVolume: model ? modelHasVolume(model) : true };
}
