/** The exports' public entry: the grading table, the client list as xlsx or CSV. */
export { exportGradingTable } from './exportGradingTable';
export { exportClientList } from './exportClientList';
export { exportCsv } from './exportCsv';
export type { ExportFile, ExportOptions } from './exportCommon';
export { XLSX_MIME } from './xlsxWriter';
