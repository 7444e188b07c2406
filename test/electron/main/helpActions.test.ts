import { describe, expect, it, vi } from 'vitest';
import { formatError, type Result } from '../../../shared/contract';
import { createLogger } from '../../../electron/core/log/logger';
import { aboutBox, aboutVersions, coreVersions, createHelpActions, type HelpActionDeps } from '../../../electron/main/helpActions';

function deps(overrides: Partial<HelpActionDeps> = {}) {
  const lines: string[] = [];
  const base: HelpActionDeps = {
    invoke: vi.fn(async (): Promise<Result<unknown>> => ({
      ok: true,
      value: { fileName: 'territory-grid-diagnostics-2026-01-01T00-00-00-000Z.zip', base64: Buffer.from('PK').toString('base64'), bytes: 2, entries: ['README.txt'] },
    })),
    saveFile: vi.fn(async () => ({ saved: true })),
    openPath: vi.fn(async () => ''),
    dataDir: '/home/u/.config/Territory Grid',
    locale: () => 'zh-CN',
    showError: vi.fn(),
    showInfo: vi.fn(async () => undefined),
    log: createLogger((line) => lines.push(line), { home: '/home/u' }),
  };
  return { d: { ...base, ...overrides }, lines };
}

describe('createHelpActions', () => {
  it('asks the core for the zip and saves it under the core’s file name', async () => {
    const { d } = deps();
    await createHelpActions(d).exportDiagnostics();
    expect(d.invoke).toHaveBeenCalledWith('diagnostics.export', {});
    expect(d.saveFile).toHaveBeenCalledExactlyOnceWith('territory-grid-diagnostics-2026-01-01T00-00-00-000Z.zip', Buffer.from('PK'));
    expect(d.showInfo).toHaveBeenCalledExactlyOnceWith('诊断信息已保存', expect.stringContaining('不含客户'));
    expect(d.showError).not.toHaveBeenCalled();
  });

  it('says nothing when the save dialog is cancelled', async () => {
    const { d } = deps({ saveFile: vi.fn(async () => ({ saved: false })) });
    await createHelpActions(d).exportDiagnostics();
    expect(d.showInfo).not.toHaveBeenCalled();
    expect(d.showError).not.toHaveBeenCalled();
  });

  it('shows the core’s refusal in the menu language', async () => {
    const error = { code: 'core.restarted' as const };
    const { d } = deps({ invoke: vi.fn(async (): Promise<Result<unknown>> => ({ ok: false, error })), locale: () => 'en' });
    await createHelpActions(d).exportDiagnostics();
    expect(d.saveFile).not.toHaveBeenCalled();
    expect(d.showError).toHaveBeenCalledExactlyOnceWith('Cannot export diagnostics', formatError(error, 'en'));
  });

  it('reports a failed write as an internal error and logs it without the path', async () => {
    const { d, lines } = deps({
      saveFile: vi.fn(async () => {
        throw Object.assign(new Error("ENOSPC: no space left on device, open '/home/u/桌面/诊断.zip'"), { code: 'ENOSPC' });
      }),
    });
    await createHelpActions(d).exportDiagnostics();
    expect(d.showError).toHaveBeenCalledExactlyOnceWith('无法导出诊断信息', formatError({ code: 'internal' }, 'zh-CN'));
    expect(lines.join('\n')).toContain('"code":"ENOSPC"');
    expect(lines.join('\n')).not.toContain('桌面');
  });

  it('opens the data folder, and tells the menu user the path when the system cannot', async () => {
    const { d } = deps();
    expect(await createHelpActions(d).openDataFolder()).toEqual({ opened: true });
    expect(d.openPath).toHaveBeenCalledWith('/home/u/.config/Territory Grid');
    const failing = deps({ openPath: vi.fn(async () => 'Failed to open path') }).d;
    const actions = createHelpActions(failing);
    expect(await actions.openDataFolder()).toEqual({ opened: false });
    expect(failing.showError).not.toHaveBeenCalled();
    await actions.openDataFolderFromMenu();
    expect(failing.showError).toHaveBeenCalledExactlyOnceWith('无法打开数据文件夹', '请在文件管理器中打开：\n/home/u/.config/Territory Grid');
  });
});

describe('About', () => {
  const host = {
    app: '0.1.0',
    runtime: { node: '22.20.0', v8: '14.2', electron: '45.4.1', chrome: '142.0' },
    os: { type: 'Darwin', release: '24.1.0', arch: 'arm64' },
  };

  it('takes the host’s versions and the core’s SQLite and data version', async () => {
    const invoke = vi.fn(async (): Promise<Result<unknown>> => ({
      ok: true,
      value: { dataDir: '/x', logsDir: null, versions: { app: 'core', electron: null, chromium: null, node: '22.20.0', v8: '14.2', sqlite: '3.50.4', schemaVersion: 7, latestSchemaVersion: 7, os: 'x' } },
    }));
    const versions = aboutVersions(await coreVersions(invoke), host);
    expect(versions).toMatchObject({ app: '0.1.0', electron: '45.4.1', chromium: '142.0', sqlite: '3.50.4', schemaVersion: 7, os: 'Darwin 24.1.0 (arm64)' });
    const box = aboutBox('en', 'Territory Grid', versions);
    expect(box.title).toBe('About');
    expect(box.message).toBe('Territory Grid 0.1.0\nNine-grid client grading and visit planning');
    expect(box.detail).toContain('SQLite 3.50.4');
    expect(box.detail).toContain('Chromium 142.0');
  });

  it('still opens when the core cannot answer', async () => {
    const versions = aboutVersions(await coreVersions(async () => ({ ok: false, error: { code: 'transport.unavailable' } })), host);
    expect(aboutBox('zh-CN', 'Territory Grid', versions).detail).toContain('SQLite 未知');
  });
});
