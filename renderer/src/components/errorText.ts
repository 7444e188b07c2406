import { ApiError, formatError } from '../../../shared/contract';
import type { Locale } from '../../../shared/i18n/locales';

/**
 * Any failure as one line in the user's language: a core error by its code's message, a
 * browser error by its message. The one place the renderer turns an error into text.
 */
export function errorText(error: unknown, locale: Locale): string {
  if (error instanceof ApiError) return formatError(error.error, locale);
  return error instanceof Error ? error.message : String(error);
}
