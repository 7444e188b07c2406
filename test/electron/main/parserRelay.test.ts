import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../electron/core/log/logger';
import { forkLauncher, parseInChild, type ParserLauncher, type ParserProcess } from '../../../electron/core/transfer/parserHost';
import type { SheetRow } from '../../../shared/transfer/sheet';
import type { ParserFromWorker, ParserToWorker } from '../../../electron/main/coreProtocol';
import { createParserRelayClient, createParserRelayHost } from '../../../electron/main/parserRelay';
import { FIXTURES } from '../core/transfer/transferHarness';

const dir = mkdtempSync(join(tmpdir(), 'tg-relay-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Worker and main thread joined the way postMessage joins them (asynchronously, structured clone). */
function wire(launcher: ParserLauncher) {
  const toWorker = new EventEmitter();
  const fromWorker: ParserFromWorker[] = [];
  const host = createParserRelayHost(launcher, (message: ParserToWorker) => setImmediate(() => toWorker.emit('message', structuredClone(message))), silentLogger);
  const client = createParserRelayClient({
    postMessage: (message) => {
      fromWorker.push(message);
      setImmediate(() => host.handle(structuredClone(message)));
    },
    on: (event, listener) => toWorker.on(event, listener),
  });
  return { host, client, fromWorker };
}

describe('parser relay between the core worker and the main thread', () => {
  it('parses a real file in a real child started by the main side', async () => {
    const { client } = wire(forkLauncher());
    const rows: SheetRow[] = [];
    const stats = await parseInChild(
      client,
      { path: join(FIXTURES, 'utf8-bom.csv'), fileName: 'utf8-bom.csv', tempDir: dir },
      { meta: () => {}, merges: () => {}, rows: (batch) => rows.push(...batch) },
    );
    expect(stats.rows).toBe(rows.length);
    expect(rows.length).toBeGreaterThan(1);
  });

  it('turns a launch that throws into a typed failure at once, not a timeout', async () => {
    const { client } = wire(() => {
      throw new Error('utilityProcess unavailable');
    });
    const started = Date.now();
    await expect(
      parseInChild(client, { path: join(FIXTURES, 'utf8-bom.csv'), fileName: 'utf8-bom.csv', tempDir: dir, timeoutMs: 30_000 }, { meta() {}, merges() {}, rows() {} }),
    ).rejects.toMatchObject({ kind: 'crashed' });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('forwards kill, and killAll ends every parser of a worker that has gone', async () => {
    const killed: number[] = [];
    const fakes: ParserProcess[] = [];
    const launcher: ParserLauncher = () => {
      const id = fakes.length;
      const fake: ParserProcess = { post: vi.fn(), onMessage: () => {}, onExit: () => {}, kill: () => killed.push(id) };
      fakes.push(fake);
      return fake;
    };
    const { host, client } = wire(launcher);
    const first = client({ tempDir: dir, maxOldSpaceMb: 256 });
    client({ tempDir: dir, maxOldSpaceMb: 256 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fakes).toHaveLength(2);
    first.kill();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(killed).toEqual([0]);
    host.killAll();
    expect(killed).toEqual([0, 0, 1]);
  });

  it('ignores messages that are not for a known parser', () => {
    const toWorker = new EventEmitter();
    const client = createParserRelayClient({ postMessage: () => {}, on: (event, listener) => toWorker.on(event, listener) });
    const process = client({ tempDir: dir, maxOldSpaceMb: 256 });
    const seen: unknown[] = [];
    process.onMessage((message) => seen.push(message));
    toWorker.emit('message', { type: 'parser', op: 'message', pid: 99, message: 'x' });
    toWorker.emit('message', { type: 'invoke', id: 1 });
    toWorker.emit('message', { type: 'parser', op: 'message', pid: 1, message: 'mine' });
    expect(seen).toEqual(['mine']);
  });
});
