import iconv from 'iconv-lite';
import { csvRecord, type CsvValue } from '../../../shared/transfer';
import { clientTable } from './clientTable';
import { fileNameFor, type ExportCtx as Ctx, type ExportFile, type ExportOptions } from './exportCommon';

const NON_ASCII = /[^ -~\t\r\n]/;

/**
 * The client list as CSV: UTF-8 with a byte-order mark and CRLF (what Excel on Chinese
 * Windows opens without 乱码), or GBK for old systems, listing every text GBK cannot hold.
 */
export function exportCsv(ctx: Ctx, options: ExportOptions & { encoding: 'utf-8' | 'gbk' }): ExportFile {
  const table = clientTable(ctx, options);
  const parts: string[] = [csvRecord(table.headers)];
  const unrepresentable: ExportFile['unrepresentable'] = [];
  const checked = new Map<string, boolean>();
  const fits = (text: string): boolean => {
    if (!NON_ASCII.test(text)) return true;
    let ok = checked.get(text);
    if (ok === undefined) {
      ok = iconv.decode(iconv.encode(text, 'gbk'), 'gbk') === text;
      if (checked.size < 100_000) checked.set(text, ok);
    }
    return ok;
  };
  let count = 0;
  for (const { values } of table.rows()) {
    count++;
    if (options.encoding === 'gbk') {
      values.forEach((value, index) => {
        if (typeof value === 'string' && !fits(value) && unrepresentable.length < 1000) {
          unrepresentable.push({ row: count + 1, column: table.headers[index]!, text: value.slice(0, 100) });
        }
      });
    }
    parts.push(csvRecord(values as CsvValue[]));
  }
  const text = parts.join('');
  const bytes = options.encoding === 'gbk' ? iconv.encode(text, 'gbk') : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  return { fileName: fileNameFor('客户清单', options, 'csv', ctx.now(), options.encoding === 'gbk' ? 'GBK' : null), mime: 'text/csv', bytes, rows: count, unrepresentable };
}

