import { parse } from 'csv-parse/sync';
import { decodeExport } from './decode.ts';
import type { Row, Table } from './table.ts';

/**
 * A CSV export → rows. Comma, semicolon or tab separated (the one most used on the first lines
 * outside quotes); row numbers are the file's records from 1, as Excel shows them when it opens the file.
 */
export function readCsv(bytes: Uint8Array): Table {
  const { text, encoding } = decodeExport(bytes);
  const records = parse(text, { delimiter: delimiterOf(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  const rows: Row[] = records.map((cells, index) => ({ number: index + 1, cells: cells.map((cell) => (cell === '' ? null : cell)), mergedFrom: new Map() }));
  return { rows, kind: 'csv', encoding };
}

function delimiterOf(text: string): string {
  const head = text.split(/\r?\n/, 20).join('\n').replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((delimiter) => ({ delimiter, count: head.split(delimiter).length }));
  return counts.reduce((best, next) => (next.count > best.count ? next : best)).delimiter;
}
