import { parse } from 'csv-parse/sync';
import { decodeExport } from './decode.ts';
import { ImportError } from './errors.ts';
import { text } from './messages.ts';
import type { Delimiter, Row, Table } from './table.ts';

/**
 * A CSV export (or a tab-separated .txt, Excel's "Text (Tab delimited)") → rows. Comma, semicolon
 * or tab separated: the one most used outside quotes on the first 50 lines, where the header must
 * be. Row numbers are the file's records from 1, as Excel shows them when it opens the file.
 * Refuses (ImportError, exit 2) bytes that are not text, and text with none of those separators on
 * those lines, rather than reading it as one column. `file` is the name the messages give.
 */
export function readCsv(bytes: Uint8Array, file = 'export'): Table {
  const { text: decoded, encoding } = decodeExport(bytes);
  // A NUL is never in a text export (UTF-16 is decoded already): a binary file, e.g. a PDF or an old .xls.
  if (decoded.slice(0, 4096).includes('\u0000')) throw new ImportError(text.notText(file), 2);
  const delimiter = delimiterOf(decoded);
  if (delimiter === undefined) throw new ImportError(text.noDelimiter(file), 2);
  const records = parse(decoded, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  const rows: Row[] = records.map((cells, index) => ({ number: index + 1, cells: cells.map((cell) => (cell === '' ? null : cell)), mergedFrom: new Map() }));
  return { rows, kind: 'csv', encoding, delimiter };
}

function delimiterOf(text: string): Delimiter | undefined {
  const head = text.split(/\r?\n/, 50).join('\n').replace(/"[^"]*"/g, '');
  const counts = ([',', ';', '\t'] as const).map((delimiter) => ({ delimiter, count: head.split(delimiter).length - 1 }));
  const best = counts.reduce((most, next) => (next.count > most.count ? next : most));
  return best.count > 0 ? best.delimiter : undefined;
}
