import { useActiveModel } from '../clients/useActiveModel';
import { usePlanWords, type PlanWords } from '../plans/planWords';

/** The active model's word for a contact (拜访 / 跟进 / 面谈) for the board's monthly figures, as t() values. */
export function useBoardActionWords(): PlanWords {
  return usePlanWords(useActiveModel()?.action);
}
