import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { EVENT_NAMES, fail, type Result } from '../../shared/contract';
import { contentSecurityPolicy, injectNonce } from '../../shared/security/contentSecurityPolicy';
import type { Logger } from '../core/log/logger';
import type { Router } from '../core/router';
import { resolveAssetPath } from '../node/resolveAssetPath';
import { API_PREFIX, EVENTS_PATH, MAX_BODY_BYTES } from '../../shared/transport/httpTransportProtocol';

export interface LoopbackServerOptions {
  router: Router;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  log: Logger;
  port?: number;
  /** Fixed token for tests; a random one per run otherwise. */
  token?: string;
}

export interface LoopbackServer {
  /** The address to open, with the token in the fragment (never sent to the server or logged). */
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function bearer(request: IncomingMessage): string | undefined {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7) : undefined;
}

function sendJson(response: ServerResponse, status: number, body: Result<unknown>): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as unknown) : {};
}

/**
 * The same router as Electron's IPC, over HTTP on 127.0.0.1 only: for `npm run web` and
 * the end-to-end tests. Every API request needs the per-run token; the Host header must be
 * our own address (defeats DNS rebinding); the renderer is served with the app's CSP.
 */
export async function startLoopbackServer(options: LoopbackServerOptions): Promise<LoopbackServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const streams = new Set<ServerResponse>();
  let allowedHosts = new Set<string>();

  const unsubscribers = EVENT_NAMES.map((event) =>
    options.router.subscribe(event, (payload) => {
      const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
      for (const stream of streams) stream.write(frame);
    }),
  );

  const serveStatic = async (request: IncomingMessage, response: ServerResponse) => {
    const asset = await resolveAssetPath(options.rendererDir, request.url ?? '/');
    if (asset.kind !== 'file') {
      response.writeHead(asset.kind === 'forbidden' ? 403 : 404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain' });
      response.end(asset.kind === 'forbidden' ? 'Forbidden' : 'Not found');
      return;
    }
    const nonce = randomBytes(18).toString('base64');
    const headers = { ...SECURITY_HEADERS, 'Content-Type': asset.mime, 'Content-Security-Policy': contentSecurityPolicy(nonce) };
    if (asset.mime.startsWith('text/html')) {
      const html = injectNonce(await readFile(asset.path, 'utf8'), nonce);
      response.writeHead(200, { ...headers, 'Cache-Control': 'no-store' });
      response.end(html);
      return;
    }
    response.writeHead(200, headers);
    response.end(await readFile(asset.path));
  };

  const server = createServer((request, response) => {
    void (async () => {
      if (!allowedHosts.has(request.headers.host ?? '')) {
        response.writeHead(421, SECURITY_HEADERS);
        response.end('Misdirected request');
        return;
      }
      const path = (request.url ?? '/').split('?')[0] ?? '/';
      if (path.startsWith('/api/')) {
        if (!sameToken(bearer(request), token)) {
          sendJson(response, 401, fail('transport.unauthorized'));
          return;
        }
        if (path === EVENTS_PATH && request.method === 'GET') {
          response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
          response.write(': connected\n\n');
          streams.add(response);
          request.on('close', () => streams.delete(response));
          return;
        }
        if (path.startsWith(API_PREFIX) && request.method === 'POST') {
          let input: unknown;
          try {
            input = await readBody(request);
          } catch (error) {
            sendJson(response, 400, fail('input.invalid', { issues: error instanceof Error ? error.message : 'bad body' }));
            return;
          }
          const method = decodeURIComponent(path.slice(API_PREFIX.length));
          sendJson(response, 200, await options.router.invoke(method, input));
          return;
        }
        sendJson(response, 404, fail('method.unknown', { method: path.slice(0, 80) }));
        return;
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, SECURITY_HEADERS);
        response.end();
        return;
      }
      await serveStatic(request, response);
    })().catch((error: unknown) => {
      options.log.error('loopback request failed', { error });
      if (!response.headersSent) sendJson(response, 500, fail('internal'));
      else response.end();
    });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    async close() {
      unsubscribers.forEach((unsubscribe) => unsubscribe());
      for (const stream of streams) stream.end();
      streams.clear();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
