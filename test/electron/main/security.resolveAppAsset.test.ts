import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAppAsset } from '../../../electron/main/security/resolveAppAsset';
import { resolveAssetPath } from '../../../electron/node/resolveAssetPath';
import { MIME_TYPES, mimeTypeFor } from '../../../electron/node/mimeTypes';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'tg-assets-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'export {}');
  writeFileSync(join(root, 'assets', 'style.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'font.woff2'), 'x');
  writeFileSync(join(root, 'assets', 'logo.svg'), '<svg/>');
  writeFileSync(join(root, 'assets', '客户 list.json'), '{}');
  writeFileSync(join(base, 'secret.txt'), 'secret');
  mkdirSync(join(base, 'renderer-evil'));
  writeFileSync(join(base, 'renderer-evil', 'x.js'), 'x');
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'link-out.txt'));
  symlinkSync(base, join(root, 'dir-out'));
  symlinkSync(join(root, 'assets', 'style.css'), join(root, 'assets', 'link-in.css'));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('resolveAppAsset', () => {
  it.each([
    ['app://bundle/index.html', 'index.html', 'text/html; charset=utf-8'],
    ['app://bundle/', 'index.html', 'text/html; charset=utf-8'],
    ['app://bundle', 'index.html', 'text/html; charset=utf-8'],
    ['app://bundle/index.html#/board', 'index.html', 'text/html; charset=utf-8'],
    ['app://bundle/assets/index-abc.js?v=1', 'assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['app://bundle/assets/style.css', 'assets/style.css', 'text/css; charset=utf-8'],
    ['app://bundle/assets/font.woff2', 'assets/font.woff2', 'font/woff2'],
    ['app://bundle/assets/logo.svg', 'assets/logo.svg', 'image/svg+xml'],
    ['app://bundle/assets/%E5%AE%A2%E6%88%B7%20list.json', 'assets/客户 list.json', 'application/json; charset=utf-8'],
    ['app://bundle//assets//style.css', null, null],
  ])('serves %s', async (url, relPath, mime) => {
    const result = await resolveAppAsset(root, url);
    if (relPath === null) {
      expect(result.kind).toBe('forbidden');
      return;
    }
    expect(result).toEqual({ kind: 'file', path: join(root, relPath), mime });
  });

  it('follows a symlink that stays inside the bundle', async () => {
    const result = await resolveAppAsset(root, 'app://bundle/assets/link-in.css');
    expect(result).toEqual({ kind: 'file', path: join(root, 'assets', 'style.css'), mime: 'text/css; charset=utf-8' });
  });

  it.each([
    'app://bundle/../secret.txt',
    'app://bundle/assets/../../secret.txt',
    'app://bundle/%2e%2e/secret.txt',
    'app://bundle/%2E%2E/secret.txt',
    'app://bundle/.%2e/secret.txt',
    'app://bundle/%2e%2e%2fsecret.txt',
    'app://bundle/assets%2f..%2f..%2fsecret.txt',
    'app://bundle/..%5csecret.txt',
    'app://bundle/assets\\..\\..\\secret.txt',
    'app://bundle/%5c%5cserver%5cshare%5cx.js',
    'app://bundle/C:/Windows/win.ini',
    'app://bundle/C:%5CWindows%5Cwin.ini',
    'app://bundle/c%3A/Windows/win.ini',
    'app://bundle//etc/passwd',
    'app://bundle/index.html%00.js',
    'app://bundle/%00',
    'app://bundle/%E0%A4%A',
    'app://bundle/assets/link-out.txt',
    'app://bundle/dir-out/secret.txt',
    'app://bundle.evil/index.html',
    'app://evil/index.html',
    'app://user@bundle/index.html',
    'https://bundle/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s', async (url) => {
    expect(await resolveAppAsset(root, url)).toEqual({ kind: 'forbidden' });
  });

  it.each(['app://bundle/missing.js', 'app://bundle/assets', 'app://bundle/assets/', 'app://bundle/assets/nope/x.js'])(
    'reports %s as not found',
    async (url) => {
      expect(await resolveAppAsset(root, url)).toEqual({ kind: 'notFound' });
    },
  );

  it('does not let a sibling directory with the same prefix pass', async () => {
    expect((await resolveAssetPath(root, '/../renderer-evil/x.js')).kind).toBe('forbidden');
  });

  it('handles HTTP request targets with the same checks', async () => {
    expect(await resolveAssetPath(root, '/assets/style.css?x=1')).toMatchObject({ kind: 'file' });
    expect(await resolveAssetPath(root, '/')).toMatchObject({ kind: 'file', path: join(root, 'index.html') });
    expect((await resolveAssetPath(root, '//evil.com/x')).kind).toBe('forbidden');
    expect((await resolveAssetPath(root, 'assets/style.css')).kind).toBe('forbidden');
    expect((await resolveAssetPath(root, '/%2e%2e/secret.txt')).kind).toBe('forbidden');
  });
});

describe('mimeTypeFor', () => {
  it('serves ES modules as JavaScript', () => {
    expect(mimeTypeFor('a/b/index-123.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('x.MJS')).toBe('text/javascript; charset=utf-8');
  });
  it('falls back to opaque bytes', () => {
    expect(mimeTypeFor('x.exe')).toBe('application/octet-stream');
    expect(mimeTypeFor('noext')).toBe('application/octet-stream');
  });
  it('never maps anything to an executable or HTML-like type by accident', () => {
    const htmlish = Object.entries(MIME_TYPES).filter(([, type]) => type.startsWith('text/html'));
    expect(htmlish.map(([ext]) => ext)).toEqual(['.html']);
  });
});
