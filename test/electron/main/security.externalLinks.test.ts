import { beforeEach, describe, expect, it, vi } from 'vitest';

const openExternal = vi.fn<(url: string) => Promise<void>>(async () => {});
vi.mock('electron', () => ({ shell: { openExternal } }));

const { isSafeExternalUrl, openExternalSafe, EXTERNAL_HOST_ALLOWLIST } = await import(
  '../../../electron/main/security/externalLinks'
);

describe('openExternalSafe', () => {
  beforeEach(() => openExternal.mockClear());

  it.each([
    ['https://territorygrid.app/', true],
    ['https://help.territorygrid.app/zh-CN/import#csv', true],
    ['HTTPS://HELP.TERRITORYGRID.APP/x', true],
    ['http://territorygrid.app/', false],
    ['https://territorygrid.app.evil.com/', false],
    ['https://evil.com/?u=https://territorygrid.app', false],
    ['https://evilterritorygrid.app/', false],
    ['https://x.territorygrid.app/', false],
    ['https://territorygrid.app@evil.com/', false],
    ['https://user:pw@territorygrid.app/', false],
    ['https://territorygrid.app:8443/', false],
    ['file:///C:/Windows/System32/calc.exe', false],
    ['smb://server/share', false],
    ['mailto:a@territorygrid.app', false],
    ['javascript:alert(1)', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    ['\\\\server\\share\\x.exe', false],
    ['张三医院', false],
    ['', false],
  ])('%s -> %s', async (url, allowed) => {
    expect(isSafeExternalUrl(url)).toBe(allowed);
    expect(await openExternalSafe(url)).toBe(allowed);
    expect(openExternal).toHaveBeenCalledTimes(allowed ? 1 : 0);
  });

  it('keeps the allowlist small and host-exact', () => {
    expect(EXTERNAL_HOST_ALLOWLIST.length).toBeLessThanOrEqual(5);
    for (const host of EXTERNAL_HOST_ALLOWLIST) expect(host).toMatch(/^[a-z0-9.-]+$/);
  });
});
