import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApi } from '../../../shared/contract';
import { silentLogger } from '../../../electron/core/log/logger';
import { forkLauncher } from '../../../electron/core/transfer/parserHost';
import { createCoreHost } from '../../../electron/main/coreHost';
import { spawnCoreWorker } from '../../../electron/main/spawnCoreWorker';
import { fixture, stage } from '../core/transfer/transferHarness';

// Runs the real built worker (out/main/coreWorker.js) against real SQLite files, so the
// message protocol is checked end to end. It runs in the e2e project, after `npm run build`.
const OUT_MAIN = resolve(import.meta.dirname, '../../../out/main');
if (!existsSync(join(OUT_MAIN, 'coreWorker.js'))) throw new Error('out/main/coreWorker.js is missing: run `npm run build` first');
const dir = mkdtempSync(join(tmpdir(), 'tg-core-worker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The built parser child, started by the host on the worker's behalf as the desktop app does
// (there with utilityProcess; here with child_process.fork, the same relay in between).
const builtParser = forkLauncher({ script: join(OUT_MAIN, 'importerChild.js'), execArgv: [] });

const hostFor = (dbPath: string, parserLauncher = builtParser) =>
  createCoreHost({
    spawn: () => spawnCoreWorker({ dbPath, seedDemo: false, appVersion: '0.0.0-test' }, OUT_MAIN),
    log: silentLogger,
    parserLauncher,
  });

describe('built core worker', () => {
  it('opens a new database, answers calls, pushes events and closes cleanly', async () => {
    const host = hostFor(join(dir, 'new.sqlite'));
    expect(await host.start()).toEqual({ ok: true });
    const events: unknown[] = [];
    host.onEvent((event, payload) => events.push({ event, payload }));
    const settings = await host.invoke('settings.update', { locale: 'en' });
    expect(settings).toEqual({ ok: true, value: { locale: 'en' } });
    // Events follow the reply (the core delivers them once the command has answered).
    await expect.poll(() => events).toContainEqual({ event: 'data:changed', payload: { scopes: ['settings'] } });
    expect(await host.invoke('settings.get', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
    await host.close();
    expect(await host.invoke('settings.get', {})).toMatchObject({ ok: false, error: { code: 'transport.unavailable' } });
  });

  it('refuses a file that is not its database and leaves it untouched', async () => {
    const path = join(dir, 'notes.sqlite');
    writeFileSync(path, 'these are my notes, not a database');
    const host = hostFor(path);
    const outcome = await host.start();
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(['db.notSqlite', 'db.foreignFile']).toContain(outcome.error.code);
    expect(readFileSync(path, 'utf8')).toBe('these are my notes, not a database');
    await host.close();
  });

  it('imports a spreadsheet through the parser the main thread starts for the worker', async () => {
    const host = hostFor(join(dir, 'import.sqlite'));
    expect(await host.start()).toEqual({ ok: true });
    const api = createApi({ invoke: (method, input) => host.invoke(method, input), subscribe: () => () => {} });
    const token = await stage(api, 'manager-wps.xlsx', fixture('manager-wps.xlsx'));
    const inspect = await api.call('transfer.inspect', { token });
    expect(inspect.format).toBe('xlsx');
    const report = await api.call('transfer.commit', {
      token,
      settings: { headerRow: inspect.header?.row ?? 1, headerRows: inspect.header?.rows ?? 1, mapping: inspect.mapping },
    });
    expect(report.counts.added).toBeGreaterThan(0);
    await host.close();
  });

  it('fails an import with a typed error when the host cannot start a parser', async () => {
    const host = hostFor(join(dir, 'no-parser.sqlite'), () => {
      throw new Error('utilityProcess unavailable');
    });
    expect(await host.start()).toEqual({ ok: true });
    const api = createApi({ invoke: (method, input) => host.invoke(method, input), subscribe: () => () => {} });
    const token = await stage(api, 'manager-wps.xlsx', fixture('manager-wps.xlsx'));
    const outcome = await host.invoke('transfer.inspect', { token });
    expect(outcome).toMatchObject({ ok: false, error: { code: expect.stringMatching(/^transfer\./) } });
    await host.close();
  });
});
