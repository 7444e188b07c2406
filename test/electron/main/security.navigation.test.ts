import { describe, expect, it } from 'vitest';
import { isAllowedNavigation } from '../../../electron/main/security/navigation';
import { isTrustedAppUrl, rendererEntryUrl } from '../../../electron/main/security/appOrigin';

const DEV = 'http://localhost:5173';

describe('isAllowedNavigation', () => {
  it.each([
    ['app://bundle/index.html', true],
    ['app://bundle/', true],
    ['app://bundle/#/board', true],
    ['app://bundle/index.html#/clients?rep=3', true],
    ['app://bundle/print.html#/plan/7', true],
    ['APP://BUNDLE/index.html', true],
    ['https://evil', false],
    ['https://example.com.attacker.com/', false],
    ['http://localhost:5173/', false],
    ['file:///C:/x.xlsx', false],
    ['file:///home/u/clients.xlsx', false],
    ['app://bundle.evil/', false],
    ['app://evil/index.html', false],
    ['app://bundle@evil/index.html', false],
    ['app://user:pw@bundle/index.html', false],
    ['app://bundle:8080/index.html', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['blob:app://bundle/1234', false],
    ['about:blank', false],
    ['chrome://settings', false],
    ['devtools://devtools/bundled/inspector.html', false],
    ['', false],
    ['not a url', false],
  ])('%s -> %s (no dev server)', (url, expected) => {
    expect(isAllowedNavigation(url)).toBe(expected);
  });

  it.each([
    ['http://localhost:5173/', true],
    ['http://localhost:5173/#/board', true],
    ['http://localhost:5174/', false],
    ['http://127.0.0.1:5173/', false],
    ['https://localhost:5173/', false],
    ['http://localhost:5173.evil.com/', false],
    ['app://bundle/index.html', true],
  ])('%s -> %s (dev server given)', (url, expected) => {
    expect(isAllowedNavigation(url, { devServerUrl: DEV })).toBe(expected);
  });

  it('ignores a dev server URL that is not http(s)', () => {
    expect(isTrustedAppUrl('file:///x', { devServerUrl: 'file:///x' })).toBe(false);
    expect(isTrustedAppUrl('javascript:1', { devServerUrl: 'javascript:1' })).toBe(false);
  });
});

describe('rendererEntryUrl', () => {
  it.each([
    [{ isPackaged: true, devServerUrl: DEV }, 'app://bundle/index.html'],
    [{ isPackaged: true }, 'app://bundle/index.html'],
    [{ isPackaged: false }, 'app://bundle/index.html'],
    [{ isPackaged: false, devServerUrl: '' }, 'app://bundle/index.html'],
    [{ isPackaged: false, devServerUrl: DEV }, DEV],
  ])('%o -> %s', (options, expected) => {
    expect(rendererEntryUrl(options)).toBe(expected);
  });
});
