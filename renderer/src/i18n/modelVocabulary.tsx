import { useEffect } from 'react';
import i18next, { type i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ModelVocabulary } from '../../../shared/grading';
import { LOCALES } from '../../../shared/i18n/locales';
import { DEFAULT_VOCABULARY, vocabularyOfModel, vocabularyTexts } from '../../../shared/models/vocabulary';
import { useActiveModel } from '../features/clients/useActiveModel';
import { DEFAULT_NS } from './resources';
import { currentLocale } from './setupI18n';

/**
 * The active model's words in every text: texts say `$t(vocab.client)`, `$t(vocab.org)` …
 * (i18next nesting), and the `vocab` group holds the active model's words (客户/医院 for the
 * pharma default, 员工/团队 for the staff nine-grid), replaced here when the model changes.
 * Components re-render because i18next is set up to bind the resource store's 'added' event.
 */
export function applyVocabulary(i18n: I18n, vocabulary: ModelVocabulary): boolean {
  let changed = false;
  for (const lng of LOCALES) {
    const texts = vocabularyTexts(vocabulary, lng);
    const current = i18n.getResource(lng, DEFAULT_NS, 'vocab') as Record<string, string> | undefined;
    if (current && Object.entries(texts).every(([key, text]) => current[key] === text)) continue;
    i18n.addResourceBundle(lng, DEFAULT_NS, { vocab: texts }, true, true);
    changed = true;
  }
  return changed;
}

/** Keeps the texts in the active model's words; mounted once, around every page (print pages too). */
export function ModelVocabularySync({ i18n = i18next }: { i18n?: I18n }) {
  const model = useActiveModel();
  const vocabulary = model ? vocabularyOfModel(model) : null;
  const client = vocabulary?.client ?? DEFAULT_VOCABULARY.client;
  const organisation = vocabulary?.organisation ?? DEFAULT_VOCABULARY.organisation;
  useEffect(() => {
    applyVocabulary(i18n, { client, organisation });
  }, [i18n, client, organisation]);
  return null;
}

/**
 * True once the texts speak the active model's words: a printed page (the visit plan) waits
 * for it before it says it is ready, so a hidden print window never prints the default words.
 */
export function useModelVocabularyReady(): boolean {
  const { i18n } = useTranslation();
  const model = useActiveModel();
  if (!model) return false;
  const lng = currentLocale(i18n.language);
  const current = i18n.getResource(lng, DEFAULT_NS, 'vocab') as Record<string, string> | undefined;
  const texts = vocabularyTexts(vocabularyOfModel(model), lng);
  return current !== undefined && Object.entries(texts).every(([key, text]) => current[key] === text);
}
