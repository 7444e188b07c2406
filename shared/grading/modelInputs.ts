import { z } from 'zod';
import { LocalizedText } from '../domain/schemas';

/**
 * What a model asks the user to enter for each client (its inputs) and the words it speaks
 * of clients and their organisations in (its vocabulary). Both are data of the model, so a
 * B2B, retail or staff model brings its own columns and words without code changes.
 */

/**
 * Client fields with their own columns (the pharma grading table's): a model reads them like
 * attributes, but they are stored, edited and imported as the built-in fields they are.
 */
export const BUILTIN_ATTRIBUTES = ['hospitalClass', 'hospitalRevenueWan', 'hospitalBeds', 'title', 'bedsManaged', 'volumeOurs', 'volumeCompetitor', 'behaviour'] as const;
export type BuiltinAttribute = (typeof BUILTIN_ATTRIBUTES)[number];

export function isBuiltinAttribute(name: string): name is BuiltinAttribute {
  return (BUILTIN_ATTRIBUTES as readonly string[]).includes(name);
}

/** An attribute key as the client query and the import address it ('attr:<key>'): no quotes, backslashes or control characters. */
// eslint-disable-next-line no-control-regex -- attribute keys must not hold control characters
export const INPUT_ATTRIBUTE = /^[^"\\\u0000-\u001f]{1,64}$/;

export const INPUT_TYPES = ['number', 'text', 'choice', 'date'] as const;
export type InputType = (typeof INPUT_TYPES)[number];

export const InputChoiceSchema = z.object({
  /** The canonical value, as the model's rules compare it (a category of the input's dictionary). */
  value: z.string().min(1).max(200),
  label: LocalizedText,
});
export type InputChoice = z.infer<typeof InputChoiceSchema>;

export const HeaderUnitSchema = z.object({
  /** The unit as a header writes it in brackets, e.g. 万元 in 年采购额(万元). */
  unit: z.string().min(1).max(20),
  /** What a number under such a header is multiplied by to be in the input's unit (万元 → 元: 10,000). */
  factor: z.number().finite().positive(),
});
export type HeaderUnit = z.infer<typeof HeaderUnitSchema>;

export const ModelInputSchema = z.object({
  attribute: z.string().regex(INPUT_ATTRIBUTE),
  label: LocalizedText,
  type: z.enum(INPUT_TYPES),
  /** The unit the rules' thresholds are written in (元, 分, 月 …); shown in headers. */
  unit: LocalizedText.optional(),
  /**
   * choice: the dictionary that turns what users type or paste (已保有, retained, R) into the
   * value; the same dictionary the model's `entered` rule reads, so there is one list of synonyms.
   */
  dictionary: z.string().min(1).max(200).optional(),
  /** choice: the values offered, in order, with their labels (a subset of the dictionary's categories). */
  values: z.array(InputChoiceSchema).max(100).optional(),
  /** number: the allowed range, inclusive. */
  min: z.number().finite().optional(),
  max: z.number().finite().optional(),
  /** number: whole numbers only. */
  integer: z.boolean().optional(),
  /** Header words (Chinese and English) an imported column is recognised by, besides the label. */
  headers: z.array(z.string().min(1).max(100)).max(50).optional(),
  /** number: header units that scale imported numbers into the input's unit. */
  headerUnits: z.array(HeaderUnitSchema).max(10).optional(),
});
export type ModelInput = z.infer<typeof ModelInputSchema>;

export const CLIENT_KINDS = ['client', 'doctor', 'store', 'account', 'employee'] as const;
export type ClientKind = (typeof CLIENT_KINDS)[number];
export const ORGANISATION_KINDS = ['organisation', 'hospital', 'department', 'team', 'store'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Which words the app uses for the model's clients and the organisations they belong to (shared/models/vocabulary.ts). */
export const ModelVocabularySchema = z.object({
  client: z.enum(CLIENT_KINDS),
  organisation: z.enum(ORGANISATION_KINDS),
});
export type ModelVocabulary = z.infer<typeof ModelVocabularySchema>;
