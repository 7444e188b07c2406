import * as fs from 'node:fs';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  createRotatingFileSink,
  logFileNames,
  needsRotation,
  rotationSteps,
  type SinkFs,
} from '../../../../electron/core/log/rotatingFileSink';
import { useTempDir } from '../../../harness/tempDir';

const tempDir = useTempDir('tg-logs-');
const line = (n: number) => `line ${String(n).padStart(4, '0')} ${'x'.repeat(40)}`;

describe('rotation policy', () => {
  it('names the files newest first, keeping .log at the end', () => {
    expect(logFileNames('main.log', 4)).toEqual(['main.log', 'main.1.log', 'main.2.log', 'main.3.log']);
    expect(logFileNames('core.log', 1)).toEqual(['core.log']);
  });

  it('moves files down oldest first and drops the last', () => {
    expect(rotationSteps('main.log', 3)).toEqual({
      remove: 'main.2.log',
      renames: [
        ['main.1.log', 'main.2.log'],
        ['main.log', 'main.1.log'],
      ],
    });
  });

  it('rotates before a line would pass the limit, never for an empty file', () => {
    expect(needsRotation(90, 10, 100)).toBe(false);
    expect(needsRotation(91, 10, 100)).toBe(true);
    expect(needsRotation(0, 500, 100)).toBe(false);
  });
});

describe('createRotatingFileSink', () => {
  it('keeps at most maxFiles files of at most maxBytes, newest lines in the current file', () => {
    const dir = join(tempDir(), 'logs');
    const sink = createRotatingFileSink({ dir, fileName: 'main.log', maxBytes: 500, maxFiles: 3, echo: null });
    for (let n = 0; n < 100; n += 1) sink(line(n));
    expect(readdirSync(dir).sort()).toEqual(['main.1.log', 'main.2.log', 'main.log']);
    for (const name of readdirSync(dir)) expect(statSync(join(dir, name)).size).toBeLessThanOrEqual(500);
    const current = readFileSync(join(dir, 'main.log'), 'utf8').trim().split('\n');
    expect(current.at(-1)).toBe(line(99));
    // The rolled files hold the lines just before, in order, with none lost between them.
    const all = ['main.2.log', 'main.1.log', 'main.log'].flatMap((name) => readFileSync(join(dir, name), 'utf8').trim().split('\n'));
    const numbers = all.map((text) => Number(text.slice(5, 9)));
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_unused, index) => 100 - numbers.length + index));
  });

  it('continues an existing file and counts its size', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'core.log'), `${'y'.repeat(480)}\n`);
    const sink = createRotatingFileSink({ dir, fileName: 'core.log', maxBytes: 500, maxFiles: 2, echo: null });
    sink(line(1));
    expect(readFileSync(join(dir, 'core.1.log'), 'utf8')).toMatch(/^y+\n$/);
    expect(readFileSync(join(dir, 'core.log'), 'utf8')).toBe(`${line(1)}\n`);
  });

  it('echoes every line (stderr by default)', () => {
    const echoed: string[] = [];
    const sink = createRotatingFileSink({ dir: tempDir(), fileName: 'main.log', echo: (text) => echoed.push(text) });
    sink('a');
    sink('b');
    expect(echoed).toEqual(['a', 'b']);
  });

  it('reports a failing disk once, without the path, keeps going, and writes again once it can', () => {
    const dir = tempDir();
    let full = true;
    const failing: SinkFs = {
      mkdirSync: fs.mkdirSync,
      statSync: fs.statSync,
      renameSync: fs.renameSync,
      rmSync: fs.rmSync,
      appendFileSync: (path, data, encoding) => {
        if (full) throw Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), { code: 'ENOSPC' });
        fs.appendFileSync(path, data, encoding);
      },
    };
    const reports: string[] = [];
    const sink = createRotatingFileSink({ dir, fileName: 'main.log', echo: null, fs: failing, reportFailure: (text) => reports.push(text) });
    expect(() => {
      sink('one');
      sink('two');
      sink('three');
    }).not.toThrow();
    expect(reports).toHaveLength(1);
    expect(reports[0]).toContain('ENOSPC');
    expect(reports[0]).toContain('main.log');
    expect(reports[0]).not.toContain(dir);
    full = false;
    sink('four');
    expect(readFileSync(join(dir, 'main.log'), 'utf8')).toBe('four\n');
    full = true;
    sink('five');
    expect(reports).toHaveLength(2);
  });

  it('reports on stderr by default', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const broken: SinkFs = {
        mkdirSync: () => {
          throw Object.assign(new Error('EROFS'), { code: 'EROFS' });
        },
        statSync: fs.statSync,
        renameSync: fs.renameSync,
        rmSync: fs.rmSync,
        appendFileSync: fs.appendFileSync,
      };
      const sink = createRotatingFileSink({ dir: tempDir(), fileName: 'core.log', echo: null, fs: broken });
      sink('x');
      sink('y');
      const messages = write.mock.calls.map((call) => String(call[0]));
      expect(messages.filter((text) => text.includes('EROFS'))).toHaveLength(1);
    } finally {
      write.mockRestore();
    }
  });
});
