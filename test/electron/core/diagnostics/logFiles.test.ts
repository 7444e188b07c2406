import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectLogFiles, orderLogNames } from '../../../../electron/core/diagnostics/logFiles';
import { useTempDir } from '../../../harness/tempDir';

const tempDir = useTempDir('tg-logfiles-');

describe('orderLogNames', () => {
  it('keeps only the app’s logs, each newest first', () => {
    expect(orderLogNames(['main.2.log', 'core.log', 'notes.txt', 'main.log', 'main.10.log', 'main.1.log', 'web.log', 'territory-grid.sqlite', 'x.log'])).toEqual([
      'core.log',
      'main.log',
      'main.1.log',
      'main.2.log',
      'main.10.log',
      'web.log',
    ]);
  });
});

describe('collectLogFiles', () => {
  it('gives none for a missing folder or none at all', () => {
    expect(collectLogFiles(join(tempDir(), 'nope'))).toEqual({ files: [], skipped: [] });
    expect(collectLogFiles(null)).toEqual({ files: [], skipped: [] });
  });

  it('cuts a file over the cap to its last whole lines, and stops at the total budget', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'main.log'), Array.from({ length: 100 }, (_unused, n) => `line ${n}`).join('\n') + '\n');
    writeFileSync(join(dir, 'main.1.log'), 'older\n');
    writeFileSync(join(dir, 'main.2.log'), 'oldest\n');
    const collected = collectLogFiles(dir, { maxBytesPerFile: 50, maxBytesTotal: 60, home: '/nowhere' });
    const main = collected.files.find((file) => file.name === 'main.log');
    expect(main?.truncated).toBe(true);
    expect(main?.text.startsWith('line ')).toBe(true);
    expect(main?.text.endsWith('line 99\n')).toBe(true);
    expect(collected.files.map((file) => file.name)).toEqual(['main.log', 'main.1.log']);
    expect(collected.skipped).toEqual([{ name: 'main.2.log', reason: 'size limit' }]);
  });

  it('skips what cannot be read, with the error code and no path', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'core.log'), 'ok\n');
    mkdirSync(join(dir, 'core.1.log'));
    const collected = collectLogFiles(dir);
    expect(collected.files.map((file) => file.name)).toEqual(['core.log']);
    expect(collected.skipped).toEqual([{ name: 'core.1.log', reason: 'EISDIR' }]);
  });
});
