import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../electron/core/log/logger';
import { createRotatingFileSink } from '../../../electron/core/log/rotatingFileSink';
import { openCore, type Core } from '../../../electron/core/openCore';
import { memoryLogger } from '../../harness/openTestCore';
import { useTempDir } from '../../harness/tempDir';
import { leaks, runPrivacyScenario, SECRETS } from './privacyScenario';

const tempDir = useTempDir('tg-privacy-');
const cores: Core[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
});

describe('no personal data in the logs', () => {
  it('logs a real session of imports, refusals and edits without a name, hospital, phone number or file name', async () => {
    const log = memoryLogger();
    const core = await openCore({ dbPath: join(tempDir(), 'territory-grid.sqlite'), seedDemo: false, appVersion: '0.0.0-test', log });
    cores.push(core);
    await runPrivacyScenario(core);
    // The scenario did log: commands, the committed import, the refusals.
    const text = log.lines.join('\n');
    expect(text).toContain('import committed');
    expect(text).toContain('command refused');
    expect(text).toContain('input rejected');
    if (process.env['TG_SHOW_LOG']) process.stdout.write(`${text}\n`);
    expect(leaks(text)).toEqual([]);
  });

  it('scrubs a careless log call, and the search finds a secret left in a line', () => {
    const log = memoryLogger();
    // A log call that ignores the rule is still scrubbed; a message the app wrote is not.
    log.warn(`client ${SECRETS[0]} refused`);
    log.warn('client refused', { name: SECRETS[0], phone: '13987654321', file: SECRETS[11] });
    expect(leaks(log.lines.join('\n'))).toEqual([]);
    expect(leaks(`2026 INFO x {"name":"${SECRETS[0]}"}`)).toHaveLength(1);
  });

  it('writes the same session through the real rotating file sink with nothing personal in any log file', async () => {
    const dir = tempDir();
    const logsDir = join(dir, 'logs');
    // Small files, so rotation happens during the session and every rolled file is searched too.
    const log = createLogger(createRotatingFileSink({ dir: logsDir, fileName: 'core.log', maxBytes: 400, maxFiles: 50, echo: null }), {
      home: dir,
    });
    const core = await openCore({ dbPath: join(dir, 'territory-grid.sqlite'), seedDemo: false, appVersion: '0.0.0-test', log });
    cores.push(core);
    await runPrivacyScenario(core);
    const files = readdirSync(logsDir);
    expect(files.length).toBeGreaterThan(1);
    const text = files.map((name) => readFileSync(join(logsDir, name), 'utf8')).join('\n');
    expect(text).toContain('import committed');
    expect(leaks(text)).toEqual([]);
    // The data folder is under the (test's) home: it appears as ~, never spelled out.
    expect(text).not.toContain(dir);
  });
});
