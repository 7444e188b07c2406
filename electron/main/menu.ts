import type { MenuItemConstructorOptions } from 'electron';
import type { Locale } from '../../shared/i18n/locales';

export interface MenuHandlers {
  /** Undo/redo drive the app's change log, not the focused text field's editing history. */
  undo(): void;
  redo(): void;
  importData(): void;
  exportData(): void;
  printVisitPlan(): void;
  setLocale(locale: Locale): void;
  about(): void;
  /** 帮助 → 导出诊断信息…: the core builds the zip, the host asks where to save it. */
  exportDiagnostics(): void;
  /** 帮助 → 打开数据文件夹: the folder of the data file, its backups beside it. */
  openDataFolder(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Developer entries (reload, devtools) exist only in unpackaged runs. */
  isPackaged: boolean;
  appName: string;
}

const LABELS = {
  'zh-CN': {
    file: '文件',
    edit: '编辑',
    view: '视图',
    help: '帮助',
    import: '导入…',
    export: '导出…',
    print: '打印拜访计划…',
    quit: '退出',
    closeWindow: '关闭窗口',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    language: '语言 / Language',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    fullscreen: '切换全屏',
    reload: '重新加载',
    devTools: '开发者工具',
    about: '关于{{app}}',
    services: '服务',
    hide: '隐藏{{app}}',
    hideOthers: '隐藏其他',
    unhide: '全部显示',
    exportDiagnostics: '导出诊断信息…',
    openDataFolder: '打开数据文件夹',
  },
  en: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    help: 'Help',
    import: 'Import…',
    export: 'Export…',
    print: 'Print Visit Plan…',
    quit: 'Quit',
    closeWindow: 'Close Window',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    language: 'Language / 语言',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullscreen: 'Toggle Full Screen',
    reload: 'Reload',
    devTools: 'Developer Tools',
    about: 'About {{app}}',
    services: 'Services',
    hide: 'Hide {{app}}',
    hideOthers: 'Hide Others',
    unhide: 'Show All',
    exportDiagnostics: 'Export Diagnostics…',
    openDataFolder: 'Open Data Folder',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** Languages are named in themselves, so either menu leads back to the other language. */
const LANGUAGE_NAMES: Record<Locale, string> = { 'zh-CN': '中文（简体）', en: 'English' };
const MNEMONICS = { file: 'F', edit: 'E', view: 'V', help: 'H' } as const;

/**
 * The application menu as data. Same structure and accelerators in every locale; only
 * labels change. Top-level mnemonics follow each locale's Windows convention
 * ("&File", "文件(&F)"); macOS has none.
 */
export function buildMenuTemplate(
  locale: Locale,
  handlers: MenuHandlers,
  options: MenuOptions,
): MenuItemConstructorOptions[] {
  const t = LABELS[locale];
  const mac = options.platform === 'darwin';
  const withApp = (label: string) => label.replace('{{app}}', options.appName);
  const top = (key: keyof typeof MNEMONICS) => {
    if (mac) return t[key];
    return locale === 'en' ? `&${t[key]}` : `${t[key]}(&${MNEMONICS[key]})`;
  };

  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: options.appName,
      submenu: [
        { id: 'about', label: withApp(t.about), click: () => handlers.about() },
        { type: 'separator' },
        { role: 'services', label: t.services },
        { type: 'separator' },
        { role: 'hide', label: withApp(t.hide) },
        { role: 'hideOthers', label: t.hideOthers },
        { role: 'unhide', label: t.unhide },
        { type: 'separator' },
        { id: 'quit', role: 'quit', label: t.quit, accelerator: 'Command+Q' },
      ],
    });
  }

  template.push({
    id: 'file',
    label: top('file'),
    submenu: [
      { id: 'import', label: t.import, accelerator: 'CmdOrCtrl+I', click: () => handlers.importData() },
      { id: 'export', label: t.export, accelerator: 'CmdOrCtrl+E', click: () => handlers.exportData() },
      { type: 'separator' },
      { id: 'print', label: t.print, accelerator: 'CmdOrCtrl+P', click: () => handlers.printVisitPlan() },
      { type: 'separator' },
      mac
        ? { id: 'close', role: 'close', label: t.closeWindow, accelerator: 'Command+W' }
        : { id: 'quit', role: 'quit', label: t.quit, accelerator: 'Ctrl+Q' },
    ],
  });

  template.push({
    id: 'edit',
    label: top('edit'),
    submenu: [
      { id: 'undo', label: t.undo, accelerator: 'CmdOrCtrl+Z', click: () => handlers.undo() },
      { id: 'redo', label: t.redo, accelerator: 'CmdOrCtrl+Shift+Z', click: () => handlers.redo() },
      // A menu item holds one accelerator; Windows users also expect Ctrl+Y for redo.
      {
        id: 'redoAlt',
        label: t.redo,
        accelerator: 'CmdOrCtrl+Y',
        visible: false,
        acceleratorWorksWhenHidden: true,
        click: () => handlers.redo(),
      },
      { type: 'separator' },
      { id: 'cut', role: 'cut', label: t.cut },
      { id: 'copy', role: 'copy', label: t.copy },
      { id: 'paste', role: 'paste', label: t.paste },
      { id: 'selectAll', role: 'selectAll', label: t.selectAll },
    ],
  });

  const viewItems: MenuItemConstructorOptions[] = [
    {
      id: 'language',
      label: t.language,
      submenu: (['zh-CN', 'en'] as const).map(
        (target): MenuItemConstructorOptions => ({
          id: `language.${target}`,
          label: LANGUAGE_NAMES[target],
          type: 'radio',
          checked: target === locale,
          click: () => handlers.setLocale(target),
        }),
      ),
    },
    { type: 'separator' },
    { id: 'resetZoom', role: 'resetZoom', label: t.resetZoom },
    { id: 'zoomIn', role: 'zoomIn', label: t.zoomIn },
    { id: 'zoomOut', role: 'zoomOut', label: t.zoomOut },
    { type: 'separator' },
    { id: 'fullscreen', role: 'togglefullscreen', label: t.fullscreen },
  ];
  if (!options.isPackaged) {
    viewItems.push(
      { type: 'separator' },
      { id: 'reload', role: 'reload', label: t.reload },
      { id: 'devTools', role: 'toggleDevTools', label: t.devTools },
    );
  }
  template.push({ id: 'view', label: top('view'), submenu: viewItems });

  const helpItems: MenuItemConstructorOptions[] = [
    { id: 'exportDiagnostics', label: t.exportDiagnostics, click: () => handlers.exportDiagnostics() },
    { id: 'openDataFolder', label: t.openDataFolder, click: () => handlers.openDataFolder() },
  ];
  // On macOS About belongs to the app menu.
  if (!mac) helpItems.push({ type: 'separator' }, { id: 'about', label: withApp(t.about), click: () => handlers.about() });
  template.push({ id: 'help', label: top('help'), role: 'help', submenu: helpItems });
  return template;
}
