import type { BrowserWindowConstructorOptions, PrintToPDFOptions, WebContentsPrintOptions } from 'electron';
import { buildWebPreferences } from '../security/webPreferences';

/**
 * One page layout for every way the plan and the quarterly report are printed: Electron's printToPDF, the system print
 * dialog, and Chromium's page.pdf in the tests. A4 is set explicitly (Electron's default is Letter).
 */
export const PRINT_MARGINS_MM = { top: 12, bottom: 14, left: 11, right: 11 } as const;

const MM_PER_INCH = 25.4;
const PX_PER_INCH = 96;

export const mmToInches = (mm: number) => Math.round((mm / MM_PER_INCH) * 1000) / 1000;
export const mmToPixels = (mm: number) => Math.round((mm / MM_PER_INCH) * PX_PER_INCH);

const FONT = "'Microsoft YaHei','PingFang SC','Noto Sans CJK SC','Source Han Sans SC',sans-serif";

/** The page footer: the document title on the left, "page / pages" on the right (Chromium fills the spans). */
export function footerTemplate(): string {
  return (
    `<div style="width:100%;margin:0 11mm;font-family:${FONT};font-size:8px;color:#555;display:flex;justify-content:space-between;">` +
    '<span class="title"></span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>'
  );
}

/** An empty header: Chromium prints the date and URL there unless a template replaces it. */
export const HEADER_TEMPLATE = '<span></span>';

export function pdfOptions(): PrintToPDFOptions {
  return {
    pageSize: 'A4',
    landscape: false,
    printBackground: true,
    generateDocumentOutline: true,
    generateTaggedPDF: true,
    displayHeaderFooter: true,
    headerTemplate: HEADER_TEMPLATE,
    footerTemplate: footerTemplate(),
    preferCSSPageSize: false,
    margins: {
      top: mmToInches(PRINT_MARGINS_MM.top),
      bottom: mmToInches(PRINT_MARGINS_MM.bottom),
      left: mmToInches(PRINT_MARGINS_MM.left),
      right: mmToInches(PRINT_MARGINS_MM.right),
    },
  };
}

/** The system print dialog (the user picks the printer); A4 and backgrounds preset. */
export function systemPrintOptions(): WebContentsPrintOptions {
  return {
    silent: false,
    printBackground: true,
    pageSize: 'A4',
    landscape: false,
    margins: {
      marginType: 'custom',
      top: mmToPixels(PRINT_MARGINS_MM.top),
      bottom: mmToPixels(PRINT_MARGINS_MM.bottom),
      left: mmToPixels(PRINT_MARGINS_MM.left),
      right: mmToPixels(PRINT_MARGINS_MM.right),
    },
  };
}

/** A print route ('#/print/plan?…', '#/print/report?…') under the renderer's entry (app://bundle/index.html or the dev server). */
export function printWindowUrl(entryUrl: string, routeHash: string): string {
  return `${entryUrl.split('#')[0]}${routeHash}`;
}

/**
 * The hidden window: the same secure web preferences as every window (sandbox, context
 * isolation, the preload bridge), never shown, about A4 wide so screen layout matches paper.
 */
export function printWindowOptions(preloadPath: string, isPackaged: boolean): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 900,
    height: 1200,
    backgroundColor: '#ffffff',
    webPreferences: { ...buildWebPreferences(preloadPath, { isPackaged }), backgroundThrottling: false },
  };
}
