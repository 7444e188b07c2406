/** Placeholder Vite writes into index.html (html.cspNonce); each response replaces it with a fresh nonce. */
export const CSP_NONCE_PLACEHOLDER = 'TG_CSP_NONCE';

/**
 * The one Content-Security-Policy of the renderer, sent as a response header by the
 * app:// protocol (Electron) and the loopback server (browser). No inline script, no eval;
 * styles need the nonce because AG Grid injects its theme as <style> elements.
 */
export function contentSecurityPolicy(nonce: string): string {
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(nonce)) throw new Error('CSP nonce must be 16+ base64 characters');
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Puts the per-response nonce into the built HTML. */
export function injectNonce(html: string, nonce: string): string {
  return html.split(CSP_NONCE_PLACEHOLDER).join(nonce);
}
