import type { ModelAction } from '../../../../shared/grading/modelShape';
import { actionWords, type ActionWords } from '../../../../shared/grading/cadenceText';
import { useLocale } from '../../i18n/useLocale';

/** The words as t() interpolation values (a plain record, which i18next's options accept). */
export type PlanWords = Readonly<Record<keyof ActionWords, string>>;

/**
 * The model's words for its contacts in the current language (拜访 / 跟进 / 面谈), to pass to
 * t() as interpolation values: the plans' texts say {{noun}}, {{plan}}, {{printTitle}} …
 * Before the plan has loaded (no action yet) the pharma default, visit.
 */
export function usePlanWords(action: ModelAction | undefined): PlanWords {
  return actionWords(action ?? 'visit', useLocale());
}
