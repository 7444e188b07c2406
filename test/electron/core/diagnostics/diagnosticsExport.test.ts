import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApi } from '../../../../shared/contract';
import { LATEST_VERSION } from '../../../../electron/core/db/migrations';
import { createLogger } from '../../../../electron/core/log/logger';
import { createRotatingFileSink } from '../../../../electron/core/log/rotatingFileSink';
import { openCore, type Core } from '../../../../electron/core/openCore';
import { useTempDir } from '../../../harness/tempDir';
import { leaks, runPrivacyScenario, SECRETS } from '../privacyScenario';

const tempDir = useTempDir('tg-diag-');
const cores: Core[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
  vi.unstubAllEnvs();
});

/** A profile under a home folder named after its user, as on a real machine. */
async function desktopLikeCore() {
  const home = join(tempDir(), '王建国');
  vi.stubEnv('HOME', home);
  const userData = join(home, '.config', 'Territory Grid');
  const logsDir = join(userData, 'logs');
  mkdirSync(logsDir, { recursive: true });
  // A line an older version wrote, with the full path: the zip must still show ~.
  writeFileSync(join(logsDir, 'main.1.log'), `2026-01-01T00:00:00.000Z INFO opened {"db":"${join(userData, 'territory-grid.sqlite')}"}\n`);
  const log = createLogger(createRotatingFileSink({ dir: logsDir, fileName: 'core.log', echo: null }));
  const main = createLogger(createRotatingFileSink({ dir: logsDir, fileName: 'main.log', echo: null }));
  main.info('app started', { version: '0.0.0-test' });
  const dbPath = join(userData, 'territory-grid.sqlite');
  const core = await openCore({
    dbPath,
    seedDemo: false,
    appVersion: '0.0.0-test',
    log,
    diagnostics: { logsDir, hostVersions: { electron: '45.4.1', chromium: '142.0.7444.52' } },
  });
  cores.push(core);
  return { core, home, userData, logsDir, dbPath };
}

describe('diagnostics.export on a real core and a real SQLite file', () => {
  it('zips the logs, the versions and a database check, with no personal data and the home as ~', async () => {
    const { core, home } = await desktopLikeCore();
    await runPrivacyScenario(core);
    const api = createApi(core.router);

    const zip = await api.call('diagnostics.export', {});
    expect(zip.fileName).toMatch(/^territory-grid-diagnostics-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.zip$/);
    const bytes = Buffer.from(zip.base64, 'base64');
    expect(bytes.length).toBe(zip.bytes);
    const files = unzipSync(new Uint8Array(bytes));
    const names = Object.keys(files).sort();
    expect(names).toEqual(['README.txt', 'db-check.json', 'logs/core.log', 'logs/main.1.log', 'logs/main.log', 'manifest.json', 'versions.json']);
    expect(zip.entries.sort()).toEqual(names);
    const text = (name: string) => strFromU8(files[name] ?? new Uint8Array());

    const versions = JSON.parse(text('versions.json')) as Record<string, unknown>;
    expect(versions).toMatchObject({
      app: '0.0.0-test',
      electron: '45.4.1',
      chromium: '142.0.7444.52',
      node: process.versions.node,
      v8: process.versions.v8,
      schemaVersion: LATEST_VERSION,
      latestSchemaVersion: LATEST_VERSION,
    });
    expect(versions['sqlite']).toMatch(/^3\.\d+\.\d+$/);
    expect(versions['os']).toMatch(/^\S+ \S+ \(\w+\)$/);

    const check = JSON.parse(text('db-check.json')) as { ok: boolean; integrity: string[]; foreignKeyViolations: number; tables: Record<string, number>; fileBytes: number };
    expect(check).toMatchObject({ ok: true, integrity: ['ok'], foreignKeyViolations: 0 });
    expect(check.tables['clients']).toBe(3);
    expect(check.tables['hospitals']).toBe(2);
    expect(check.fileBytes).toBeGreaterThan(0);

    expect(text('logs/core.log')).toContain('import committed');
    expect(text('logs/main.log')).toContain('app started');
    expect(text('logs/main.1.log')).toContain('"db":"~/.config/Territory Grid/territory-grid.sqlite"');
    expect(JSON.parse(text('manifest.json'))).toMatchObject({ dataFile: '~/.config/Territory Grid/territory-grid.sqlite', logsDir: '~/.config/Territory Grid/logs' });

    for (const name of names) {
      expect({ name, leaks: leaks(text(name), [...SECRETS, '王建国']) }).toEqual({ name, leaks: [] });
      expect({ name, home: text(name).includes(home) }).toEqual({ name, home: false });
    }
  });

  it('tells the settings page where the data and the logs are, and the versions', async () => {
    const { core, dbPath, logsDir } = await desktopLikeCore();
    const info = await createApi(core.router).call('diagnostics.info', {});
    expect(info.dataDir).toBe(dirname(dbPath));
    expect(info.logsDir).toBe(logsDir);
    expect(info.versions).toMatchObject({ app: '0.0.0-test', electron: '45.4.1', schemaVersion: LATEST_VERSION });
  });

  it('still exports without a log folder (the CLI and tests), with no Electron versions', async () => {
    const dir = tempDir();
    const core = await openCore({ dbPath: join(dir, 'x.sqlite'), seedDemo: false, appVersion: '1.2.3', log: createLogger(() => {}) });
    cores.push(core);
    const api = createApi(core.router);
    const zip = await api.call('diagnostics.export', {});
    const files = unzipSync(new Uint8Array(Buffer.from(zip.base64, 'base64')));
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'db-check.json', 'manifest.json', 'versions.json']);
    expect(JSON.parse(strFromU8(files['versions.json'] ?? new Uint8Array()))).toMatchObject({ app: '1.2.3', electron: null, chromium: null });
    expect((await api.call('diagnostics.info', {})).logsDir).toBeNull();
  });
});
