import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CSP_NONCE_PLACEHOLDER, contentSecurityPolicy } from '../../../shared/security/contentSecurityPolicy';

const registerSchemesAsPrivileged = vi.fn();
const handle = vi.fn();
vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged, handle } }));

const { registerAppScheme, handleAppProtocol } = await import('../../../electron/main/protocol');
const { respondToAppRequest, createNonce } = await import('../../../electron/main/appResponse');

let base: string;
let root: string;
const HTML = `<!doctype html><html><head><meta property="csp-nonce" nonce="${CSP_NONCE_PLACEHOLDER}"><script type="module" nonce="${CSP_NONCE_PLACEHOLDER}" src="/assets/index.js"></script></head><body>九宫格</body></html>`;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'tg-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), HTML);
  writeFileSync(join(root, 'assets', 'index.js'), 'export const x = 1;');
  writeFileSync(join(base, 'secret.txt'), 'secret');
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => respondToAppRequest(new Request(url, { method }), root);

describe('registerAppScheme', () => {
  it('registers app:// as standard, secure and fetch-capable, nothing more', () => {
    registerAppScheme();
    expect(registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('handles the app scheme with the asset mapper', async () => {
    handleAppProtocol(root);
    expect(handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = handle.mock.calls[0]?.[1] as (request: Request) => Promise<Response>;
    const response = await handler(new Request('app://bundle/assets/index.js'));
    expect(response.status).toBe(200);
  });
});

describe('respondToAppRequest', () => {
  it('serves HTML with a fresh nonce in the body and the matching CSP header', async () => {
    const first = await get('app://bundle/index.html');
    const second = await get('app://bundle/');
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(first.headers.get('cache-control')).toBe('no-store');
    const body = await first.text();
    expect(body).not.toContain(CSP_NONCE_PLACEHOLDER);
    expect(body).toContain('九宫格');
    const nonce = /nonce="([^"]+)"/.exec(body)?.[1] ?? '';
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
    expect(first.headers.get('content-security-policy')).toBe(contentSecurityPolicy(nonce));
    const secondNonce = /nonce="([^"]+)"/.exec(await second.text())?.[1];
    expect(secondNonce).not.toBe(nonce);
  });

  it('serves scripts as JavaScript with CSP and nosniff', async () => {
    const response = await get('app://bundle/assets/index.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toBe('export const x = 1;');
  });

  it.each([
    ['app://bundle/..%5csecret.txt', 403, 'Forbidden'],
    ['app://bundle/%2e%2e%2fsecret.txt', 403, 'Forbidden'],
    ['app://bundle/C:/Windows/win.ini', 403, 'Forbidden'],
    // Request (like Chromium) collapses plain dot segments, so this stays inside the bundle.
    ['app://bundle/../secret.txt', 404, 'Not Found'],
    ['app://bundle/missing.js', 404, 'Not Found'],
  ])('%s -> %i without leaking details', async (url, status, text) => {
    const response = await get(url);
    expect(response.status).toBe(status);
    expect(await response.text()).toBe(text);
    expect(response.headers.get('content-security-policy')).toBeTruthy();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://bundle/index.html', 'POST')).status).toBe(405);
    const head = await get('app://bundle/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('uses 18 random bytes per nonce', () => {
    const nonces = new Set(Array.from({ length: 50 }, () => createNonce()));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(18);
  });
});
