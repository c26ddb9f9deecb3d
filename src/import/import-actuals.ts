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
  const table = await readTable(file, bytes, sheet);
  const header = findHeader(table.rows, maps);
  const directories = new Map<number, Directory>();
  for (const [year, content] of model.years) if (content.org) directories.set(year, directoryOf(content.org.data, salespeople(content)));
  const sales = readSalesLines(table.rows, { header, directories, month });
  const comparison = compareReports(aggregate(sales.lines, sales.spend), model, { newProduct: header.columns['new-product'] !== undefined, spend: header.columns.expense !== undefined });
  const { rows: _rows, ...source } = table;
  return { table: source, header, sales, comparison };
}

const TEXT_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((byte, index) => bytes[index] === byte);

/**
 * The export read by its name and checked against its bytes: .xlsx/.xlsm as a workbook; .csv, .tsv
 * and .txt as separated text (src/import/read-csv.ts says which separator and encoding, and the
 * preview shows them). A workbook saved under a text name is read as the workbook it is; an
 * Excel 97–2003 .xls (whatever its name) and any other name are refused, naming what is expected.
 */
async function readTable(file: string, bytes: Uint8Array, sheet: string | undefined): Promise<Table> {
  const extension = path.extname(file).toLowerCase();
  const name = path.basename(file);
  if (startsWith(bytes, OLE)) throw new ImportError(text.legacyXls(name), 2);
  if (extension === '.xlsx' || extension === '.xlsm' || (TEXT_EXTENSIONS.has(extension) && startsWith(bytes, ZIP))) return readXlsx(bytes, sheet);
  if (TEXT_EXTENSIONS.has(extension)) return readCsv(bytes, name);
  throw new ImportError(text.unknownFormat(name), 2);
}

/** Total rows whose figure is not the sum of the lines above them. */
export const mismatchedTotals = (sales: SalesLines) => sales.totals.filter((total) => total.stated !== total.sum || total.unreadable > 0);
