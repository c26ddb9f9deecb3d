import { formatFen } from '../core/money.ts';
import { labelIn, type Lang } from '../core/lang.ts';
import type { Cell, Column, Table } from './export-tables.ts';

/** Excel opens a UTF-8 CSV as the local code page unless it starts with a byte-order mark. */
const BOM = '\uFEFF';

/** RFC 4180: quote a field holding a comma, quote or line break; double the quotes inside. */
function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function cell(value: Cell, column: Column): string {
  if (value === null) return '';
  // Money stays exact: 分 printed as 元 with two decimals, never through a float.
  if (column.kind === 'money' && typeof value === 'number') return formatFen(value, 'plain');
  if (column.kind === 'ratio' && typeof value === 'number') return `${(value * 100).toFixed(2)}%`;
  // A leading =, +, - or @ would make Excel evaluate a name as a formula.
  const text = String(value);
  return column.kind === 'text' && /^[=+\-@]/.test(text) ? `'${text}` : text;
}

/** One table as CSV with CRLF line ends (what Excel writes) and a BOM. */
export function tableAsCsv(table: Table, lang: Lang): string {
  const lines = [...(table.banner === undefined ? [] : [[field(table.banner)]]), table.columns.map((column) => field(labelIn(column, lang))), ...table.rows.map((row) => row.map((value, index) => field(cell(value, table.columns[index] ?? { zh: '', en: '', kind: 'text' }))))];
  return `${BOM}${lines.map((line) => line.join(',')).join('\r\n')}\r\n`;
}
