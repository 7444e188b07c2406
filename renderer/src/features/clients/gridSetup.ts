import {
  CellStyleModule,
  ColumnApiModule,
  CustomEditorModule,
  CustomFilterModule,
  EventApiModule,
  InfiniteRowModelModule,
  LocaleModule,
  NumberFilterModule,
  RenderApiModule,
  RowApiModule,
  RowSelectionModule,
  ScrollApiModule,
  SelectEditorModule,
  TextEditorModule,
  TextFilterModule,
  TooltipModule,
  ValidationModule,
  themeQuartz,
  type Module,
} from 'ag-grid-community';
import { AG_GRID_LOCALE_CN, AG_GRID_LOCALE_EN } from '@ag-grid-community/locale';
import type { Locale } from '../../../../shared/i18n/locales';

/**
 * The AG Grid Community modules the client grid uses, listed one by one (never
 * AllCommunityModule, never anything Enterprise): the bundle stays small and the licence clear.
 */
export const GRID_MODULES: Module[] = [
  InfiniteRowModelModule,
  TextEditorModule,
  SelectEditorModule,
  CustomEditorModule,
  TextFilterModule,
  NumberFilterModule,
  CustomFilterModule,
  RowSelectionModule,
  TooltipModule,
  CellStyleModule,
  LocaleModule,
  ColumnApiModule,
  RowApiModule,
  RenderApiModule,
  ScrollApiModule,
  EventApiModule,
];

/** Set `localStorage['tg.agValidation'] = '1'` before loading to run the grid with AG Grid's dev validations, throwing on errors (tests). */
export const VALIDATION_FLAG = 'tg.agValidation';

export function validationRequested(): boolean {
  try {
    return window.localStorage.getItem(VALIDATION_FLAG) === '1';
  } catch {
    return false;
  }
}

export function gridModules(): Module[] {
  if (!validationRequested()) return GRID_MODULES;
  // Marked on the page so a test can tell the validations really ran.
  document.documentElement.dataset.agValidation = 'throw';
  return [...GRID_MODULES, ValidationModule.with({ throwOn: ['error'], showOverlayOn: ['error'] })];
}

/** The page's CSP nonce (Vite's csp-nonce meta), so the theme's injected <style> elements are allowed. */
export function cspNonce(): string | undefined {
  const meta = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]');
  return meta?.nonce || undefined;
}

/** Quartz with the app's font, colours and density. */
export const gridTheme = themeQuartz.withParams({
  fontFamily: ['Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Segoe UI', 'system-ui', 'sans-serif'],
  fontSize: 13,
  headerFontSize: 13,
  headerFontWeight: 600,
  accentColor: '#1d5fbf',
  foregroundColor: '#1b1f24',
  headerBackgroundColor: '#eef2f6',
  headerTextColor: '#3a4450',
  oddRowBackgroundColor: '#fafbfc',
  selectedRowBackgroundColor: '#dfeafb',
  borderColor: '#d6dce3',
  rowHeight: 32,
  headerHeight: 36,
  spacing: 6,
  wrapperBorderRadius: 4,
  browserColorScheme: 'light',
});

export function gridLocaleText(locale: Locale): Record<string, string> {
  return locale === 'zh-CN' ? AG_GRID_LOCALE_CN : AG_GRID_LOCALE_EN;
}
