import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuHandlers } from '../../../electron/main/menu';

const handlers = (): MenuHandlers => ({
  undo: vi.fn(),
  redo: vi.fn(),
  importData: vi.fn(),
  exportData: vi.fn(),
  printVisitPlan: vi.fn(),
  setLocale: vi.fn(),
  about: vi.fn(),
  exportDiagnostics: vi.fn(),
  openDataFolder: vi.fn(),
});
const WIN = { platform: 'win32' as const, isPackaged: true, appName: 'Territory Grid' };
const MAC = { platform: 'darwin' as const, isPackaged: true, appName: 'Territory Grid' };

type Shape = { id?: string; type?: string; role?: string; accelerator?: string; visible?: boolean; submenu?: Shape[] };

function shape(items: MenuItemConstructorOptions[]): Shape[] {
  return items.map((item) => ({
    ...(item.id ? { id: item.id } : {}),
    ...(item.type ? { type: item.type } : {}),
    ...(item.role ? { role: item.role } : {}),
    ...(item.accelerator ? { accelerator: String(item.accelerator) } : {}),
    ...(item.visible === false ? { visible: false } : {}),
    ...(Array.isArray(item.submenu) ? { submenu: shape(item.submenu) } : {}),
  }));
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const find = (items: MenuItemConstructorOptions[], id: string) => {
  const found = flatten(items).find((item) => item.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
};

const click = (item: MenuItemConstructorOptions) =>
  (item.click as unknown as () => void)();

describe('buildMenuTemplate', () => {
  it.each([WIN, MAC, { ...WIN, platform: 'linux' as const, isPackaged: false }])(
    'has the same structure and accelerators in zh-CN and en (%o)',
    (options) => {
      const zh = buildMenuTemplate('zh-CN', handlers(), options);
      const en = buildMenuTemplate('en', handlers(), options);
      expect(shape(zh)).toEqual(shape(en));
    },
  );

  it('labels the Windows menus in Chinese with mnemonics', () => {
    const zh = buildMenuTemplate('zh-CN', handlers(), WIN);
    expect(zh.map((item) => item.label)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)']);
    expect(find(zh, 'import').label).toBe('导入…');
    expect(find(zh, 'export').label).toBe('导出…');
    expect(find(zh, 'print').label).toBe('打印拜访计划…');
    expect(find(zh, 'undo').label).toBe('撤销');
    expect(find(zh, 'redo').label).toBe('重做');
    expect(find(zh, 'quit').label).toBe('退出');
    const en = buildMenuTemplate('en', handlers(), WIN);
    expect(en.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('binds undo to Ctrl+Z and redo to both Ctrl+Shift+Z and Ctrl+Y', () => {
    const h = handlers();
    const template = buildMenuTemplate('zh-CN', h, WIN);
    expect(find(template, 'undo').accelerator).toBe('CmdOrCtrl+Z');
    expect(find(template, 'redo').accelerator).toBe('CmdOrCtrl+Shift+Z');
    const alt = find(template, 'redoAlt');
    expect(alt).toMatchObject({ accelerator: 'CmdOrCtrl+Y', visible: false, acceleratorWorksWhenHidden: true });
    click(find(template, 'undo'));
    click(find(template, 'redo'));
    click(alt);
    expect(h.undo).toHaveBeenCalledOnce();
    expect(h.redo).toHaveBeenCalledTimes(2);
    // The app's change log is the undo history, not the web page's editing role.
    expect(find(template, 'undo').role).toBeUndefined();
  });

  it('wires the file commands and the language switch to handlers', () => {
    const h = handlers();
    const template = buildMenuTemplate('en', h, WIN);
    click(find(template, 'import'));
    click(find(template, 'export'));
    click(find(template, 'print'));
    click(find(template, 'language.zh-CN'));
    expect(h.importData).toHaveBeenCalledOnce();
    expect(h.exportData).toHaveBeenCalledOnce();
    expect(h.printVisitPlan).toHaveBeenCalledOnce();
    expect(h.setLocale).toHaveBeenCalledWith('zh-CN');
  });

  it('checks the current language and names each language in itself', () => {
    const zh = buildMenuTemplate('zh-CN', handlers(), WIN);
    expect(find(zh, 'language.zh-CN')).toMatchObject({ checked: true, label: '中文（简体）' });
    expect(find(zh, 'language.en')).toMatchObject({ checked: false, label: 'English' });
    const en = buildMenuTemplate('en', handlers(), WIN);
    expect(find(en, 'language.en').checked).toBe(true);
  });

  it('adds the macOS app menu and no mnemonics on darwin', () => {
    const zh = buildMenuTemplate('zh-CN', handlers(), MAC);
    expect(zh[0]?.label).toBe('Territory Grid');
    expect(find(zh, 'quit')).toMatchObject({ role: 'quit', accelerator: 'Command+Q' });
    expect(zh.slice(1).map((item) => item.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    expect(find(zh, 'about').label).toBe('关于Territory Grid');
  });

  it.each([
    ['zh-CN', WIN, ['exportDiagnostics', 'openDataFolder', undefined, 'about'], ['导出诊断信息…', '打开数据文件夹', undefined, '关于Territory Grid']],
    ['en', WIN, ['exportDiagnostics', 'openDataFolder', undefined, 'about'], ['Export Diagnostics…', 'Open Data Folder', undefined, 'About Territory Grid']],
    ['zh-CN', MAC, ['exportDiagnostics', 'openDataFolder'], ['导出诊断信息…', '打开数据文件夹']],
    ['en', MAC, ['exportDiagnostics', 'openDataFolder'], ['Export Diagnostics…', 'Open Data Folder']],
  ] as const)('puts diagnostics, the data folder and (not on macOS) About in the %s Help menu on %o', (locale, options, ids, labels) => {
    const template = buildMenuTemplate(locale, handlers(), options);
    const help = template.at(-1);
    expect(help).toMatchObject({ id: 'help', role: 'help' });
    const items = help?.submenu as MenuItemConstructorOptions[];
    expect(items.map((item) => item.id)).toEqual(ids);
    expect(items.map((item) => item.label)).toEqual(labels);
  });

  it('keeps About in the macOS app menu, once', () => {
    const template = buildMenuTemplate('en', handlers(), MAC);
    const abouts = flatten(template).filter((item) => item.id === 'about');
    expect(abouts).toHaveLength(1);
    expect((template[0]?.submenu as MenuItemConstructorOptions[])[0]).toMatchObject({ id: 'about', label: 'About Territory Grid' });
  });

  it.each([WIN, MAC])('wires the Help items to their handlers (%o)', (options) => {
    const h = handlers();
    const template = buildMenuTemplate('zh-CN', h, options);
    click(find(template, 'exportDiagnostics'));
    click(find(template, 'openDataFolder'));
    click(find(template, 'about'));
    expect(h.exportDiagnostics).toHaveBeenCalledOnce();
    expect(h.openDataFolder).toHaveBeenCalledOnce();
    expect(h.about).toHaveBeenCalledOnce();
  });

  it.each(['zh-CN', 'en'] as const)('keeps every accelerator in %s on Windows and macOS', (locale) => {
    const accelerators = (options: typeof WIN | typeof MAC) =>
      Object.fromEntries(
        flatten(buildMenuTemplate(locale, handlers(), options))
          .filter((item) => item.accelerator)
          .map((item) => [item.id, String(item.accelerator)]),
      );
    expect(accelerators(WIN)).toEqual({
      import: 'CmdOrCtrl+I',
      export: 'CmdOrCtrl+E',
      print: 'CmdOrCtrl+P',
      quit: 'Ctrl+Q',
      undo: 'CmdOrCtrl+Z',
      redo: 'CmdOrCtrl+Shift+Z',
      redoAlt: 'CmdOrCtrl+Y',
    });
    expect(accelerators(MAC)).toEqual({
      quit: 'Command+Q',
      import: 'CmdOrCtrl+I',
      export: 'CmdOrCtrl+E',
      print: 'CmdOrCtrl+P',
      close: 'Command+W',
      undo: 'CmdOrCtrl+Z',
      redo: 'CmdOrCtrl+Shift+Z',
      redoAlt: 'CmdOrCtrl+Y',
    });
  });

  it('shows developer tools only in unpackaged runs', () => {
    const ids = (isPackaged: boolean) =>
      flatten(buildMenuTemplate('en', handlers(), { ...WIN, isPackaged })).map((item) => item.id);
    expect(ids(true)).not.toContain('devTools');
    expect(ids(false)).toContain('devTools');
  });
});
