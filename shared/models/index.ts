export { PHARMA_NINE_GRID } from './pharmaNineGrid';
export { PHARMA_BY_BEDS } from './pharmaByBeds';
export { PHARMA_TWELVE_POINT_SCALE } from './pharmaTwelvePointScale';
export { B2B_LIFECYCLE } from './b2bLifecycle';
export { DEAL_TIMING } from './dealTiming';
export { FOLLOW_UP_CADENCE, SAMPLE_REQUESTED_SCHEDULE, SAMPLE_ARRIVED_SCHEDULE, SAMPLE_CADENCE } from './followUpCadence';
export { DEAL_STATUS_PROFIT } from './dealStatusProfit';
export { ACCEPTANCE_PAIN } from './acceptancePain';
export { OPPORTUNITY_FUNNEL, FUNNEL_WIN_PROBABILITY } from './opportunityFunnel';
export { RETAIL_COMPLIANCE, RETAIL_STAR_RANKING } from './retailCompliance';
export { EMPLOYEE_NINE_GRID } from './employeeNineGrid';
export { SATISFACTION } from './satisfaction';
export { BUILTIN_MODELS, DEFAULT_MODEL_ID } from './builtinModels';
export {
  DEFAULT_DICTIONARIES,
  DEFAULT_DICTIONARY_IDS,
  HOSPITAL_CLASS_DICTIONARY,
  TITLE_DICTIONARY,
  BEHAVIOUR_DICTIONARY,
  LIFECYCLE_DICTIONARY,
  DEAL_TIMING_DICTIONARY,
  FOLLOW_UP_GRADE_DICTIONARY,
  DEAL_STATUS_DICTIONARY,
  PROFIT_TIER_DICTIONARY,
  ACCEPTANCE_DICTIONARY,
  PAIN_DICTIONARY,
  FUNNEL_STAGE_DICTIONARY,
  RETAIL_GRADE_DICTIONARY,
  LEVEL_DICTIONARY,
  SATISFACTION_DICTIONARY,
} from './defaultDictionaries';
export { BUILTIN_INPUTS, builtinInputs } from './builtinInputs';
export { inputsOfModel, attributeInputsOfModel, modelHasVolume } from './inputsOfModel';
export { CLIENT_WORDS, ORGANISATION_WORDS, DEFAULT_VOCABULARY, PRESET_VOCABULARIES, vocabularyOfModel, vocabularyTexts } from './vocabulary';
export type { VocabularyTexts } from './vocabulary';
