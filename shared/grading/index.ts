export * from './modelDefinition';
export { validateModel, MAX_RULE_DEPTH } from './validateModel';
export type { ValidateOptions } from './validateModel';
export { MODEL_PROBLEM_MESSAGES, modelProblem } from './problemMessages';
export type { ModelProblem, ModelProblemCode, ProblemParams } from './problemMessages';
export { DictionarySchema, DictionaryEntrySchema, normaliseKey, lookupDictionary, compileDictionary, dictionaryCategories } from './dictionaries';
export type { Dictionary, DictionaryEntry, CompiledDictionary } from './dictionaries';
export { bandContains, bandValueOf, checkBands, formatBand } from './bands';
export type { BandProblem } from './bands';
export { childRules, attributesOfRule } from './rules';
export type { EnteredRule, LookupRule, ThresholdsRule, CompareRule, ScoreTableRule, FirstOfRule, MaxOfRule, WhenRule, WhenCase, ChildRule } from './rules';
export { parseNumeric } from './numbers';
export { gradeClient, gradeAll, compileModel } from './gradeClient';
export type {
  CompiledModel,
  GradeAllOptions,
  GradeAttributes,
  GradeFailure,
  GradeResult,
  GradeSuccess,
  TraceStatus,
  TraceStep,
  UnknownValue,
} from './gradeClient';
export { boardGrid, zoneOfCell, visitsPerMonthOfCell, plannedVisitsPerMonthOfCell, axisValueOf } from './board';
export type { BoardGrid } from './board';
export { attributesOfModel, enteredAttributesOfModel } from './modelAttributes';
export {
  BUILTIN_ATTRIBUTES,
  isBuiltinAttribute,
  INPUT_ATTRIBUTE,
  INPUT_TYPES,
  CLIENT_KINDS,
  ORGANISATION_KINDS,
  ModelInputSchema,
  ModelVocabularySchema,
  InputChoiceSchema,
  HeaderUnitSchema,
} from './modelInputs';
export type { BuiltinAttribute, InputType, InputChoice, HeaderUnit, ModelInput, ModelVocabulary, ClientKind, OrganisationKind } from './modelInputs';
export { parseInputValue, choicesOf, choiceLabel, INPUT_INVALID_MESSAGES, MAX_INPUT_TEXT } from './inputValues';
export type { InputValue, InputInvalid, InputInvalidKey, ParsedInput, ParseInputOptions } from './inputValues';
export { nextContactDays, phaseOfClient, gapsOfCadence, DAYS_PER_MONTH, SCHEDULE_START_ATTRIBUTE } from './cadence';
export { ACTION_WORDS, actionOfModel, actionWords, cadenceText, cellPrescriptionText, frequencyText, zonePrescriptionText } from './cadenceText';
export type { ActionWords } from './cadenceText';
export { topNByAttribute, applyRanking, rankingAttributesOfModel } from './ranking';
export type { RankCandidate, RankedClientInput, RankId } from './ranking';
