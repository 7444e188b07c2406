import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { contentSecurityPolicy, injectNonce } from '../../shared/security/contentSecurityPolicy';
import { resolveAppAsset } from './security/resolveAppAsset';

/** 18 random bytes give a 24-character base64 nonce, fresh for every HTML response. */
export const createNonce = (): string => randomBytes(18).toString('base64');

function securityHeaders(nonce: string, contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy(nonce),
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  });
}

function plain(status: number, text: string, nonce: string): Response {
  // Fixed short bodies: a refused or missing path never echoes the request or a stack.
  return new Response(text, { status, headers: securityHeaders(nonce, 'text/plain; charset=utf-8') });
}

/**
 * The app:// protocol as a function of (request, bundle directory). Every response carries
 * the CSP; HTML gets its nonce placeholder replaced by a fresh nonce that matches the header.
 */
export async function respondToAppRequest(
  request: Request,
  rootDir: string,
  nonce: () => string = createNonce,
): Promise<Response> {
  const requestNonce = nonce();
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method Not Allowed', requestNonce);
  const asset = await resolveAppAsset(rootDir, request.url);
  if (asset.kind === 'forbidden') return plain(403, 'Forbidden', requestNonce);
  if (asset.kind === 'notFound') return plain(404, 'Not Found', requestNonce);

  let body: Uint8Array<ArrayBuffer> | string;
  try {
    body = await readFile(asset.path);
  } catch {
    return plain(404, 'Not Found', requestNonce);
  }
  const headers = securityHeaders(requestNonce, asset.mime);
  if (asset.mime.startsWith('text/html')) {
    body = injectNonce(new TextDecoder().decode(body), requestNonce);
    // The nonce changes per load, so a cached copy would carry a stale one.
    headers.set('Cache-Control', 'no-store');
  }
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
}
