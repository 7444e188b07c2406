import { enteredAttributesOfModel } from '../grading/modelAttributes';
import type { ClientKind, ModelVocabulary, OrganisationKind } from '../grading/modelInputs';
import type { ModelDefinition } from '../grading/modelShape';
import type { Locale } from '../i18n/locales';

/**
 * The words the app speaks of clients and their organisations in, per model vocabulary
 * (ModelVocabularySchema): 客户/医院 for the pharma nine-grid, 员工/团队 for the staff
 * nine-grid. The one table of these words; the renderer turns it into its `vocab` texts.
 */

interface NounWords {
  /** One of them: 客户, client. */
  one: string;
  /** Several: 客户, clients (Chinese has no plural). */
  many: string;
}

interface ClientWords extends NounWords {
  /** The measure word before the noun in Chinese counts (3 位客户, 3 家零售户); empty in English. */
  measure: string;
  /** What the monthly volume fields count: a doctor's prescriptions (处方量, in 支), anyone else's volume. */
  volume: string;
  /** The monthly volume's unit after a number: 支/月, units/mo. */
  perMonth: string;
  /** What the client's title field holds: a doctor's 职称 (主任医师), anyone else's 职位 (采购经理). */
  title: string;
}

interface OrganisationWords extends NounWords {
  /** The unit inside an organisation the client works in: 科室 in a hospital, 部门 elsewhere. */
  unit: NounWords;
}

/** Words of a client kind that is not a doctor: its volume is a plain volume, not prescriptions. */
function words(one: string, many: string, measure: string): ClientWords {
  const chinese = measure !== '';
  return { one, many, measure, volume: chinese ? '用量' : 'volume', perMonth: chinese ? '/月' : '/mo', title: chinese ? '职位' : 'job title' };
}

// In Chinese pharma a doctor is the rep's 客户: the app has always said 客户 for them, and keeps doing so.
export const CLIENT_WORDS: Readonly<Record<ClientKind, Record<Locale, ClientWords>>> = {
  client: { 'zh-CN': words('客户', '客户', '位'), en: words('client', 'clients', '') },
  doctor: {
    'zh-CN': { one: '客户', many: '客户', measure: '位', volume: '处方量', perMonth: '支/月', title: '职称' },
    en: { one: 'client', many: 'clients', measure: '', volume: 'units', perMonth: 'units/mo', title: 'title' },
  },
  store: { 'zh-CN': words('零售户', '零售户', '家'), en: words('retailer', 'retailers', '') },
  account: { 'zh-CN': words('客户', '客户', '家'), en: words('account', 'accounts', '') },
  employee: { 'zh-CN': words('员工', '员工', '位'), en: words('employee', 'employees', '') },
};

const DEPARTMENT: Record<Locale, NounWords> = { 'zh-CN': { one: '部门', many: '部门' }, en: { one: 'department', many: 'departments' } };

export const ORGANISATION_WORDS: Readonly<Record<OrganisationKind, Record<Locale, OrganisationWords>>> = {
  organisation: { 'zh-CN': { one: '单位', many: '单位', unit: DEPARTMENT['zh-CN'] }, en: { one: 'organisation', many: 'organisations', unit: DEPARTMENT.en } },
  hospital: {
    'zh-CN': { one: '医院', many: '医院', unit: { one: '科室', many: '科室' } },
    en: { one: 'hospital', many: 'hospitals', unit: { one: 'department', many: 'departments' } },
  },
  department: {
    'zh-CN': { one: '部门', many: '部门', unit: { one: '小组', many: '小组' } },
    en: { one: 'department', many: 'departments', unit: { one: 'group', many: 'groups' } },
  },
  team: { 'zh-CN': { one: '团队', many: '团队', unit: DEPARTMENT['zh-CN'] }, en: { one: 'team', many: 'teams', unit: DEPARTMENT.en } },
  store: {
    'zh-CN': { one: '门店', many: '门店', unit: { one: '片区', many: '片区' } },
    en: { one: 'shop', many: 'shops', unit: { one: 'area', many: 'areas' } },
  },
};

/** The pharma default: doctors (客户) in hospitals. */
export const DEFAULT_VOCABULARY: ModelVocabulary = { client: 'doctor', organisation: 'hospital' };

const ACCOUNTS: ModelVocabulary = { client: 'account', organisation: 'organisation' };
const CLIENTS: ModelVocabulary = { client: 'client', organisation: 'organisation' };

/**
 * Each built-in preset's vocabulary, by preset id: the presets declare theirs from here, and a
 * stored copy of a preset saved before models declared one still speaks its words. Kept apart
 * from the presets so the app's first screen can speak the right words without loading them.
 */
export const PRESET_VOCABULARIES = {
  'pharma-nine-grid': DEFAULT_VOCABULARY,
  'pharma-beds': DEFAULT_VOCABULARY,
  'pharma-12-point': DEFAULT_VOCABULARY,
  'b2b-lifecycle': ACCOUNTS,
  'deal-timing': CLIENTS,
  'follow-up-cadence': CLIENTS,
  'deal-status-profit': ACCOUNTS,
  'acceptance-pain': ACCOUNTS,
  'opportunity-funnel': ACCOUNTS,
  'retail-compliance': { client: 'store', organisation: 'store' },
  'employee-nine-grid': { client: 'employee', organisation: 'team' },
  satisfaction: CLIENTS,
} as const satisfies Record<string, ModelVocabulary>;

const PHARMA_READS = new Set(['hospitalClass', 'hospitalRevenueWan', 'title', 'behaviour', 'bedsManaged', 'volumeOurs', 'volumeCompetitor']);

/** A model's words: declared, else its preset's, else doctors in hospitals when it grades with the pharma fields. */
export function vocabularyOfModel(model: ModelDefinition): ModelVocabulary {
  if (model.vocabulary) return model.vocabulary;
  const preset = (PRESET_VOCABULARIES as Readonly<Record<string, ModelVocabulary>>)[model.id];
  if (preset) return preset;
  return enteredAttributesOfModel(model).some((attribute) => PHARMA_READS.has(attribute)) ? DEFAULT_VOCABULARY : CLIENTS;
}

/** A model's words in one language, as flat texts ('Client' capitalised for the start of an English sentence). */
export interface VocabularyTexts {
  client: string;
  clients: string;
  Client: string;
  Clients: string;
  /** The noun after a count: 位客户, 家零售户 (with its measure word), clients. */
  counted: string;
  /**
   * What follows a count whose noun is said nearby: the measure word alone in Chinese (3 位, 3 家),
   * the plural noun in English, which has no measure words (3 clients).
   */
  measure: string;
  /** The monthly volume: 处方量 for doctors, 用量 otherwise (units / volume in English). */
  volume: string;
  Volume: string;
  /** After a monthly volume: 支/月 or /月. */
  perMonth: string;
  /** The title field: 职称 for doctors, 职位 otherwise. */
  title: string;
  Title: string;
  org: string;
  orgs: string;
  Org: string;
  Orgs: string;
  dept: string;
  depts: string;
  Dept: string;
  Depts: string;
}

const capital = (word: string): string => (word === '' ? word : word[0]!.toUpperCase() + word.slice(1));

export function vocabularyTexts(vocabulary: ModelVocabulary, locale: Locale): VocabularyTexts {
  const client = CLIENT_WORDS[vocabulary.client][locale];
  const org = ORGANISATION_WORDS[vocabulary.organisation][locale];
  return {
    client: client.one,
    clients: client.many,
    Client: capital(client.one),
    Clients: capital(client.many),
    counted: `${client.measure}${client.many}`,
    measure: client.measure || client.many,
    volume: client.volume,
    Volume: capital(client.volume),
    perMonth: client.perMonth,
    title: client.title,
    Title: capital(client.title),
    org: org.one,
    orgs: org.many,
    Org: capital(org.one),
    Orgs: capital(org.many),
    dept: org.unit.one,
    depts: org.unit.many,
    Dept: capital(org.unit.one),
    Depts: capital(org.unit.many),
  };
}
