import type { DemoRegionSummary } from '../../../../../shared/contract/demoMethods';
import type { ModelSummary } from '../../../../../shared/domain/schemas';
import type { Locale } from '../../../../../shared/i18n/locales';

/** A region's name and one line in the UI's language, and the name of the model it activates. */
export function regionText(region: DemoRegionSummary, locale: Locale, models: readonly ModelSummary[] | undefined) {
  return {
    name: region.name[locale],
    description: region.description[locale],
    model: models?.find((model) => model.id === region.modelId)?.name[locale] ?? region.modelId,
  };
}
