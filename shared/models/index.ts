export { PHARMA_NINE_GRID } from './pharmaNineGrid';
export { BUILTIN_MODELS, DEFAULT_MODEL_ID } from './builtinModels';
export {
  DEFAULT_DICTIONARIES,
  DEFAULT_DICTIONARY_IDS,
  HOSPITAL_CLASS_DICTIONARY,
  TITLE_DICTIONARY,
  BEHAVIOUR_DICTIONARY,
} from './defaultDictionaries';
