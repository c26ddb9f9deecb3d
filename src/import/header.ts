import { ImportError } from './errors.ts';
import { text } from './messages.ts';
import { normalise } from './normalise.ts';
import { columnIndex, columnLetter, type CellValue, type Row } from './table.ts';

/**
 * What a column of the export can hold. The first four are needed; the others are read when
 * present. A line with an expense line (费用科目) is spend, not sales: it needs no customer group.
 */
export const FIELDS = ['date', 'salesperson', 'group', 'amount', 'customer', 'region', 'product', 'new-product', 'expense'] as const;
export type Field = (typeof FIELDS)[number];
const REQUIRED: readonly Field[] = ['date', 'salesperson', 'group', 'amount'];

/** Header labels per field, compared after `normalise` and with a trailing unit in brackets removed ("金额（元）"). */
const LABELS: Record<Field, readonly string[]> = {
  date: ['日期', '单据日期', '业务日期', '销售日期', '订单日期', '开票日期', '发货日期', '出库日期', 'date', 'orderdate', 'invoicedate'],
  salesperson: ['销售员', '业务员', '销售人员', '业务人员', '销售代表', '客户经理', '经办人', 'salesperson', 'salesrep', 'salesman', 'seller'],
  group: ['客户群', '客户分类', '客户类别', '客户类型', '客户组', 'customergroup', 'customersegment', 'segment'],
  amount: ['金额', '含税金额', '价税合计', '销售额', '销售金额', 'amount', 'salesamount', 'revenue'],
  customer: ['客户', '客户名称', 'customer', 'customername'],
  region: ['区域', '地区', '销售区域', 'region'],
  product: ['产品', '产品名称', '存货名称', '物料名称', 'product', 'productname'],
  'new-product': ['新产品', '是否新产品', '新品', 'newproduct'],
  expense: ['费用科目', '费用类别', '费用项目', '费用类型', 'expenseline', 'expense'],
};

/** One `--map COLUMN=field`: COLUMN is a header label or a column letter (C). */
export interface ColumnMap {
  column: string;
  field: Field;
}

/** Parses `--map` values ("业务员=salesperson", "C=amount"); a usage error names the accepted fields. */
export function parseMaps(values: readonly string[]): ColumnMap[] {
  return values.flatMap((value) => value.split(',')).map((entry) => {
    const at = entry.lastIndexOf('=');
    const column = entry.slice(0, at).trim();
    const field = entry.slice(at + 1).trim() as Field;
    if (at <= 0 || !FIELDS.includes(field)) throw new ImportError(text.badMap(entry, FIELDS), 2);
    return { column, field };
  });
}

/** The header row and the column of each field found in it. */
export interface Header {
  row: Row;
  columns: Partial<Record<Field, number>>;
}

/** A header cell as compared: normalised, a trailing unit in brackets cut ("金额（元）" → "金额"); cut by index, so a long cell costs linear time. */
function label(cell: CellValue): string {
  if (typeof cell !== 'string') return '';
  const text = normalise(cell);
  const open = text.lastIndexOf('(');
  return text.endsWith(')') && open > 0 ? text.slice(0, open) : text;
}

function columnsOf(row: Row, maps: readonly ColumnMap[]): { columns: Partial<Record<Field, number>>; clashes: { field: Field; columns: number[] }[] } {
  const labels = row.cells.map(label);
  const columns: Partial<Record<Field, number>> = {};
  const clashes: { field: Field; columns: number[] }[] = [];
  for (const field of FIELDS) {
    const mapped = maps.filter((map) => map.field === field);
    const found = mapped.length
      ? mapped.flatMap((map) => {
          const letter = columnIndex(map.column);
          const byLabel = labels.findIndex((cell) => cell !== '' && cell === label(map.column));
          return byLabel >= 0 ? [byLabel] : letter !== undefined ? [letter] : [];
        })
      : labels.flatMap((cell, index) => (LABELS[field].includes(cell) ? [index] : []));
    if (found.length > 1) clashes.push({ field, columns: found });
    if (found[0] !== undefined) columns[field] = found[0];
  }
  return { columns, clashes };
}

/**
 * The first row (among the first 50) in which date, salesperson, customer group and amount are all
 * found — title rows and notes above it are skipped. Several columns for one field are refused,
 * since the import cannot know which amount finance meant (含税 or 不含税); --map settles it.
 */
export function findHeader(rows: readonly Row[], maps: readonly ColumnMap[]): Header {
  let best: { row: Row; found: Field[] } | undefined;
  for (const row of rows.slice(0, 50)) {
    if (row.cells.every((cell) => cell === null)) continue;
    const { columns, clashes } = columnsOf(row, maps);
    const found = REQUIRED.filter((field) => columns[field] !== undefined);
    // A header labels each needed column, differently: a title merged across the columns (one text
    // in every cell) is no header even when --map names the columns by letter.
    const texts = found.map((field) => label(row.cells[columns[field] ?? -1] ?? null));
    if (found.length === REQUIRED.length && texts.every((cell) => cell !== '') && new Set(texts).size === texts.length) {
      const [clash] = clashes;
      if (clash) throw new ImportError(text.ambiguousColumns(row.number, clash.field, clash.columns.map((index) => `${columnLetter(index)} ${String(row.cells[index] ?? '')}`)));
      return { row, columns };
    }
    if (!best || found.length > best.found.length) best = { row, found };
  }
  const missing = REQUIRED.filter((field) => !best?.found.includes(field));
  throw new ImportError(text.noHeader(best?.row.number, missing, FIELDS));
}

/** True for a row that repeats the header (exports that print one per page). */
export function isRepeatedHeader(row: Row, header: Header): boolean {
  return REQUIRED.every((field) => {
    const index = header.columns[field] ?? -1;
    return label(row.cells[index] ?? null) === label(header.row.cells[index] ?? null);
  });
}
