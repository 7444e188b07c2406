import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../../../shared/contract';
import { createEventBus, type Router } from '../../../electron/core/router';
import { silentLogger } from '../../../electron/core/log/logger';
import { startLoopbackServer, type LoopbackServer } from '../../../electron/server/loopbackServer';

const rendererDir = fileURLToPath(new URL('../../fixtures/renderer', import.meta.url));

/** Raw HTTP, so the test can send what a browser's fetch would refuse to (a foreign Host header). */
function raw(server: LoopbackServer, path: string, headers: Record<string, string> = {}, method = 'GET', body?: string) {
  const { port } = new URL(server.origin);
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('loopback server', () => {
  const calls: { method: string; input: unknown }[] = [];
  const bus = createEventBus();
  const router: Router = {
    invoke: async (method, input) => {
      calls.push({ method, input });
      return ok({ echoed: method });
    },
    subscribe: bus.subscribe,
  };
  let server: LoopbackServer;
  beforeAll(async () => {
    server = await startLoopbackServer({ router, rendererDir, log: silentLogger, token: 'test-token-0123456789' });
  });
  afterAll(async () => server.close());

  it('listens on 127.0.0.1 only and puts the token in the fragment of the printed URL', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).toBe(`${server.origin}/#token=test-token-0123456789`);
  });

  it('requires the token on every API request', async () => {
    const auth = { Authorization: 'Bearer test-token-0123456789', Host: new URL(server.origin).host };
    const host = { Host: new URL(server.origin).host };
    expect((await raw(server, '/api/call/app.info', host, 'POST', '{}')).status).toBe(401);
    expect((await raw(server, '/api/call/app.info', { ...host, Authorization: 'Bearer wrong' }, 'POST', '{}')).status).toBe(401);
    expect((await raw(server, '/api/events', host)).status).toBe(401);
    const good = await raw(server, '/api/call/app.info', auth, 'POST', '{}');
    expect(good.status).toBe(200);
    expect(JSON.parse(good.body)).toEqual({ ok: true, value: { echoed: 'app.info' } });
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const response = await raw(server, '/', { Host: 'attacker.example' });
    expect(response.status).toBe(421);
  });

  it('serves the renderer with a fresh CSP nonce per response and never leaks files outside it', async () => {
    const host = { Host: new URL(server.origin).host };
    const first = await raw(server, '/', host);
    const second = await raw(server, '/index.html', host);
    expect(first.status).toBe(200);
    const csp = String(first.headers['content-security-policy']);
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(first.body).toContain(`nonce="${nonce}"`);
    expect(first.body).not.toContain('TG_CSP_NONCE');
    expect(second.headers['content-security-policy']).not.toBe(csp);
    expect(first.headers['x-content-type-options']).toBe('nosniff');
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/missing.js']) {
      const response = await raw(server, path, host);
      expect([403, 404]).toContain(response.status);
      expect(response.body).not.toContain('"name"');
    }
  });

  it('refuses oversized bodies without calling the router', async () => {
    const before = calls.length;
    const auth = { Authorization: 'Bearer test-token-0123456789', Host: new URL(server.origin).host };
    const response = await raw(server, '/api/call/app.info', auth, 'POST', JSON.stringify({ x: 'x'.repeat(2 * 1024 * 1024) }));
    expect(response.status).toBe(400);
    expect(calls.length).toBe(before);
  });
});
