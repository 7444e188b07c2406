import { isHttpsFeedUrl, type UpdateCheck } from '../../../../../shared/domain/updateSettings';
import type { Locale } from '../../../../../shared/i18n/locales';

/** What is wrong with the form, as an i18n key; null when it can be saved. */
export function updateFormProblem(form: { enabled: boolean; url: string }): 'updates.urlInvalid' | 'updates.urlRequired' | null {
  const url = form.url.trim();
  if (url === '') return form.enabled ? 'updates.urlRequired' : null;
  return isHttpsFeedUrl(url) ? null : 'updates.urlInvalid';
}

/** The last check as an i18n key and its values; `never` when the host has not checked yet. */
export function lastCheckText(check: UpdateCheck | undefined, locale: Locale): { key: string; values: Record<string, string> } {
  if (!check) return { key: 'updates.never', values: {} };
  return {
    key: `updates.outcome.${check.outcome}`,
    values: { at: checkTime(check.at, locale), version: check.version ?? '', error: check.error ?? 'unknown' },
  };
}

function checkTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
