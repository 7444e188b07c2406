import { createContext, useContext } from 'react';
import type { ModelProblemDto } from '../../../../shared/contract';
import type { Dictionary } from '../../../../shared/grading';
import type { Path } from './definitionEdit';
import type { EditorWords } from './modelWords';

export interface EditorContextValue {
  readOnly: boolean;
  /** Replaces the value at `path` in the edited definition (immutably). */
  update(path: Path, fn: (old: unknown) => unknown): void;
  dictionaries: ReadonlyMap<string, Dictionary>;
  problems: readonly ModelProblemDto[];
  /** A problem in the user's language, its place named like the editor names it. */
  problemText(problem: ModelProblemDto): string;
  /** An attribute's name for people, in the edited model's words ('abilityRating' → 能力评分（分）, 'hospitalClass' → 医院级别). */
  attributeLabel(name: string): string;
  /** The edited model's words for its clients and contacts, as t() values (modelWords.ts editorWords). */
  words: EditorWords;
  /** Fields report text that is not (yet) a valid value, so Save can wait for it. */
  setInvalid(fieldId: string, invalid: boolean): void;
}

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('useEditor outside <EditorContext>');
  return value;
}
