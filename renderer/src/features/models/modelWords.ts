import { actionOfModel, actionWords, type ActionWords } from '../../../../shared/grading/cadenceText';
import type { ModelInput } from '../../../../shared/grading/modelInputs';
import type { ModelDefinition } from '../../../../shared/grading/modelShape';
import type { Locale } from '../../../../shared/i18n/locales';
import { inputsOfModel } from '../../../../shared/models/inputsOfModel';
import { vocabularyOfModel, vocabularyTexts, type VocabularyTexts } from '../../../../shared/models/vocabulary';

/** An input's name with its unit, as the editor names what a rule reads: 年采购额（元）, Annual spend (RMB). */
function inputName(input: ModelInput, locale: Locale): string {
  const unit = input.unit?.[locale];
  if (!unit) return input.label[locale];
  return locale === 'zh-CN' ? `${input.label[locale]}（${unit}）` : `${input.label[locale]} (${unit})`;
}

/**
 * Names the attributes a model reads in the model's own words: the label its inputs declare
 * (能力评分（分）for the staff model, not 'abilityRating'), else the app's table of known
 * attributes, else the attribute itself. Only the model's words: a B2B model never borrows the
 * pharma fields' names, and each model on the page is named by its own inputs.
 */
export function attributeLabeller(model: ModelDefinition, locale: Locale, known: Readonly<Record<string, string>>): (name: string) => string {
  const declared = new Map(
    inputsOfModel(model)
      // An input nothing declares is labelled with its attribute: the table knows better.
      .filter((input) => input.label[locale] !== input.attribute)
      .map((input) => [input.attribute, inputName(input, locale)]),
  );
  return (name) => declared.get(name) ?? known[name] ?? name;
}

/**
 * The edited model's words as t() values, for the editor's texts about its clients and contacts
 * ({{counted}}, {{clients}}, {{measure}}, {{nouns}} …): a staff model previewed while the pharma
 * model is active speaks of 员工 and 面谈, not of the active model's 客户 and 拜访.
 */
export type EditorWords = Readonly<Record<keyof VocabularyTexts | keyof ActionWords, string>>;

export function editorWords(model: ModelDefinition, locale: Locale): EditorWords {
  return { ...vocabularyTexts(vocabularyOfModel(model), locale), ...actionWords(actionOfModel(model), locale) };
}
