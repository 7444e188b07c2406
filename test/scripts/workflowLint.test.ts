import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lintWorkflow, lintWorkflows } from '../../scripts/workflowLint';

const ROOT = join(import.meta.dirname, '../..');
const scripts = { test: 'vitest', dist: 'electron-builder' };
const workflow = (name: string) => readFileSync(join(ROOT, '.github/workflows', name), 'utf8');

const BROKEN = `name: broken
on:
  push:
jobs:
  test:
    runs-on: ubuntu-latest
    step:
      - run: npm test
  other:
    needs: nope
    runs-on: ubuntu-latest
    steps:
      - run: npm run no-such-script
`;

describe('the workflow linter', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('passes the repository’s workflows', () => {
    const { files, problems } = lintWorkflows(ROOT);
    expect(files).toEqual(['release.yml', 'test.yml']);
    expect(problems).toEqual([]);
  });

  it('fails a broken workflow: a misspelt key, a missing job, an unknown npm script', () => {
    const messages = lintWorkflow('broken.yml', BROKEN, scripts).map((problem) => problem.message);
    expect(messages.some((message) => message.includes("Additional property 'step' is not allowed"))).toBe(true);
    expect(messages.some((message) => message.includes('unresolved job nope'))).toBe(true);
    expect(messages).toContain('runs "npm run no-such-script", which package.json does not define');
  });

  it('fails what is not YAML at all', () => {
    expect(lintWorkflow('bad.yml', 'jobs: [unclosed', scripts)).not.toEqual([]);
  });

  it('makes `npm run lint:workflows` exit non-zero on a broken workflow', () => {
    const root = mkdtempSync(join(tmpdir(), 'tg-workflows-'));
    dirs.push(root);
    mkdirSync(join(root, '.github/workflows'), { recursive: true });
    writeFileSync(join(root, '.github/workflows/broken.yml'), BROKEN);
    writeFileSync(join(root, 'package.json'), JSON.stringify({ scripts }));
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/lint-workflows.ts'), root], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      ({ status, stderr } = error as { status: number; stderr: string });
    }
    expect(status).toBe(1);
    expect(stderr).toContain('workflow problem(s)');
  });
});

describe('the workflows do what the release needs', () => {
  it('test.yml runs npm test on every push and pull request, with Chromium, CJK fonts and poppler from apt', () => {
    const test = workflow('test.yml');
    expect(test).toMatch(/on:\n {2}push:\n {2}pull_request:/);
    expect(test).toContain('apt-get install -y -qq chromium fonts-noto-cjk poppler-utils');
    expect(test).toContain('run: npm install --no-audit --no-fund');
    expect(test).toContain('run: npm test');
  });

  it('release.yml builds on the three OSes, smoke-tests the packaged app and drafts a release on a v* tag', () => {
    const release = workflow('release.yml');
    expect(release).toMatch(/tags: \['v\*'\]/);
    for (const [os, platform] of [['windows-latest', 'win'], ['macos-latest', 'mac'], ['ubuntu-latest', 'linux']]) {
      expect(release).toContain(`- os: ${os}\n            platform: ${platform}`);
    }
    expect(release).toContain('npm run dist -- --${{ matrix.platform }} --x64 --arm64 --publish never');
    expect(release).toContain('xvfb-run --auto-servernum --server-args="-screen 0 1440x900x24" npm run test:packaged');
    expect(release).toMatch(/if: runner.os != 'Linux'\n\s+run: npm run test:packaged/);
    expect(release).toContain('release/latest*.yml');
    expect(release).toContain('--draft');
    // The smoke test runs before anything is uploaded.
    expect(release.indexOf('npm run test:packaged')).toBeLessThan(release.indexOf('actions/upload-artifact'));
  });
});
