import { HEADER_TEMPLATE, PRINT_MARGINS_MM, footerTemplate } from '../../../electron/main/printing/printOptions';

/** Electron's printToPDF layout (electron/main/printing/printOptions.ts) as Chromium's page.pdf options: for the e2e tests and the benches. */
export function pdfLayout() {
  return {
    format: 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: HEADER_TEMPLATE,
    footerTemplate: footerTemplate(),
    outline: true,
    tagged: true,
    margin: {
      top: `${PRINT_MARGINS_MM.top}mm`,
      bottom: `${PRINT_MARGINS_MM.bottom}mm`,
      left: `${PRINT_MARGINS_MM.left}mm`,
      right: `${PRINT_MARGINS_MM.right}mm`,
    },
  } as const;
}
