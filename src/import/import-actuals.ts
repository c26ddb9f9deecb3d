import path from 'node:path';
import { salespeople } from '../model/calendar.ts';
import type { Model } from '../model/model.ts';
import { aggregate } from './aggregate.ts';
import { directoryOf, type Directory } from './directory.ts';
import { ImportError } from './errors.ts';
import { findHeader, type ColumnMap, type Header } from './header.ts';
import { text } from './messages.ts';
import { readCsv } from './read-csv.ts';
import { readXlsx } from './read-xlsx.ts';
import { compareReports, type Comparison } from './report-changes.ts';
import { readSalesLines, type SalesLines } from './sales-lines.ts';
import type { Table } from './table.ts';

export interface ImportOptions {
  /** The export's file name (its extension picks the reader). */
  file: string;
  bytes: Uint8Array;
  model: Model;
  sheet?: string | undefined;
  maps?: readonly ColumnMap[];
  month?: { year: number; month: number } | undefined;
}

/** Everything the preview, the write and the reconciliation need. */
export interface ImportResult {
  table: Omit<Table, 'rows'>;
  header: Header;
  sales: SalesLines;
  comparison: Comparison;
}

/** An .xlsx or .csv export → its sales lines, aggregated and compared with the monthly reports. Reads nothing but `bytes`. */
export async function importActuals({ file, bytes, model, sheet, maps = [], month }: ImportOptions): Promise<ImportResult> {
  const extension = path.extname(file).toLowerCase();
  let table: Table;
  if (extension === '.xlsx' || extension === '.xlsm') table = await readXlsx(bytes, sheet);
  else if (extension === '.csv' || extension === '.txt') table = readCsv(bytes);
  else throw new ImportError(text.unknownFormat(file), 2);
  const header = findHeader(table.rows, maps);
  const directories = new Map<number, Directory>();
  for (const [year, content] of model.years) if (content.org) directories.set(year, directoryOf(content.org.data, salespeople(content)));
  const sales = readSalesLines(table.rows, { header, directories, month });
  const comparison = compareReports(aggregate(sales.lines, sales.spend), model, { newProduct: header.columns['new-product'] !== undefined, spend: header.columns.expense !== undefined });
  const { rows: _rows, ...source } = table;
  return { table: source, header, sales, comparison };
}

/** Total rows whose figure is not the sum of the lines above them. */
export const mismatchedTotals = (sales: SalesLines) => sales.totals.filter((total) => total.stated !== total.sum || total.unreadable > 0);
