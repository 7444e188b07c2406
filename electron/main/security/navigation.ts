import { isTrustedAppUrl, type OriginOptions } from './appOrigin';

/**
 * Whether a frame may navigate to `url`. Only the app origin (and the dev server in
 * development) is allowed; hash-route changes stay on the same origin so they pass.
 * Everything else (https, file:// from a dropped file, javascript:, data:) is refused.
 */
export function isAllowedNavigation(url: string, options: OriginOptions = {}): boolean {
  return isTrustedAppUrl(url, options);
}
