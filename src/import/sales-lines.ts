import { parseMoney, sumFen, type Fen } from '../core/money.ts';
import type { Directory } from './directory.ts';
import { dayText, readDay, type Day } from './export-date.ts';
import { isRepeatedHeader, type Header } from './header.ts';
import { text, type Text } from './messages.ts';
import { normalise } from './normalise.ts';
import type { CellValue, Row } from './table.ts';

/** One usable sales line: who sold to which customer group on which day, in exact 分 (negative for a return). */
export interface SalesLine {
  row: number;
  person: string;
  group: string;
  day: Day;
  fen: Fen;
  newProduct: boolean;
}

/** One usable spend line: what a person spent on an expense line of the budget on a day, in 分. */
export interface SpendLine {
  row: number;
  person: string;
  expense: string;
  day: Day;
  fen: Fen;
}

/** Why a line cannot be used; the code is stable (JSON output), the text is for people. */
export type ReasonCode =
  | 'unknown-salesperson'
  | 'ambiguous-salesperson'
  | 'not-salesperson'
  | 'missing-salesperson'
  | 'unknown-group'
  | 'ambiguous-group'
  | 'missing-group'
  | 'unreadable-date'
  | 'outside-month'
  | 'unknown-year'
  | 'unreadable-amount'
  | 'merged-amount'
  | 'unreadable-flag'
  | 'unknown-expense-line'
  | 'ambiguous-expense-line';

export interface Reason {
  code: ReasonCode;
  text: Text;
}

/** A line that could not be used, with every reason found. */
export interface Unusable {
  row: number;
  reasons: Reason[];
}

/** A 合计/总计 row: the figure it states against the sum of the readable lines it closes. */
export interface TotalRow {
  row: number;
  label: string;
  stated: Fen | undefined;
  /** Sum of the readable amounts since the previous total row (usable or not: the export's own sum). */
  sum: Fen;
  /** Lines in that span whose amount could not be read (so the sum cannot match). */
  unreadable: number;
}

export interface SalesLines {
  lines: SalesLine[];
  /** Lines with an expense line (an export with a 费用科目 column). */
  spend: SpendLine[];
  unusable: Unusable[];
  totals: TotalRow[];
  /** Rows after the header that are not lines: blank, repeated headers, 小计 subtotals, one-cell notes. */
  skipped: { blank: number; header: number; subtotal: number; note: number };
}

export interface ReadOptions {
  header: Header;
  /** The org lookups per fiscal year present in the content. */
  directories: ReadonlyMap<number, Directory>;
  /** Only this month is imported; lines of other days are unusable. */
  month?: { year: number; month: number } | undefined;
}

// A total row's label, after normalise: 合计, 总计, 本页合计, 合 计, Total, Grand total…
const TOTAL = /^(?:[^\d]{0,4}合计|[^\d]{0,4}总计|total|grandtotal|sum)[:：]?$/u;
const SUBTOTAL = /^(?:[^\d]{0,4}小计|subtotal)[:：]?$/u;
const YES = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓', '新品', '新产品']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '-', '']);

const cellText = (cell: CellValue | undefined): string => (cell === null || cell === undefined ? '' : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell).trim());

/**
 * The rows below the header → sales lines, unusable lines with reasons, and total rows. Blank rows,
 * repeated header rows and 小计 rows are skipped; a 合计/总计 row is never a line, its figure is
 * compared with the lines above it.
 */
export function readSalesLines(rows: readonly Row[], { header, directories, month }: ReadOptions): SalesLines {
  const result: SalesLines = { lines: [], spend: [], unusable: [], totals: [], skipped: { blank: 0, header: 0, subtotal: 0, note: 0 } };
  const column = (row: Row, field: keyof Header['columns']) => {
    const index = header.columns[field];
    return index === undefined ? undefined : row.cells[index];
  };
  let span: Fen[] = [];
  let unreadable = 0;
  for (const row of rows) {
    if (row.number <= header.row.number) continue;
    if (row.cells.every((cell) => cellText(cell) === '')) {
      result.skipped.blank++;
      continue;
    }
    if (isRepeatedHeader(row, header)) {
      result.skipped.header++;
      continue;
    }
    const labels = row.cells.map((cell) => normalise(cellText(cell)));
    const total = labels.find((cell) => TOTAL.test(cell));
    if (total !== undefined || labels.some((cell) => SUBTOTAL.test(cell))) {
      if (total === undefined) {
        result.skipped.subtotal++;
        continue;
      }
      const stated = readAmount(column(row, 'amount') ?? null);
      result.totals.push({ row: row.number, label: cellText(row.cells[labels.indexOf(total)]), stated: 'fen' in stated ? stated.fen : undefined, sum: sumFen(span), unreadable });
      span = [];
      unreadable = 0;
      continue;
    }
    const amountCell = column(row, 'amount') ?? null;
    // A note under the table ("制表人：刘芳") fills one cell and carries no amount.
    if (cellText(amountCell) === '' && row.cells.filter((cell) => cellText(cell) !== '').length <= 1) {
      result.skipped.note++;
      continue;
    }
    const reasons: Reason[] = [];
    const mergedFrom = row.mergedFrom.get(header.columns.amount ?? -1);
    const amount = mergedFrom === undefined ? readAmount(amountCell) : { text: text.mergedAmount(mergedFrom) };
    if ('fen' in amount) span.push(amount.fen);
    else {
      unreadable++;
      reasons.push({ code: mergedFrom === undefined ? 'unreadable-amount' : 'merged-amount', text: amount.text });
    }
    const day = readDay(column(row, 'date') ?? null);
    const dateText = cellText(column(row, 'date'));
    if (!day) reasons.push({ code: 'unreadable-date', text: text.unreadableDate(dateText) });
    else if (month && (day.year !== month.year || day.month !== month.month)) reasons.push({ code: 'outside-month', text: text.outsideMonth(dayText(day), month) });
    const directory = day ? directories.get(day.year) : undefined;
    if (day && !directory) reasons.push({ code: 'unknown-year', text: text.unknownYear(day.year) });
    const person = directory ? matchPerson(cellText(column(row, 'salesperson')), directory, reasons) : undefined;
    const expenseText = cellText(column(row, 'expense'));
    if (expenseText !== '') {
      const expense = directory ? matchExpenseLine(expenseText, directory, reasons) : undefined;
      if (reasons.length || !day || !person || !expense || !('fen' in amount)) result.unusable.push({ row: row.number, reasons });
      else result.spend.push({ row: row.number, person, expense, day, fen: amount.fen });
      continue;
    }
    const group = directory ? matchGroup(cellText(column(row, 'group')), directory, reasons) : undefined;
    const newProduct = readFlag(column(row, 'new-product'), reasons);
    if (reasons.length || !day || !person || !group || !('fen' in amount)) {
      result.unusable.push({ row: row.number, reasons });
      continue;
    }
    result.lines.push({ row: row.number, person, group, day, fen: amount.fen, newProduct });
  }
  return result;
}

/** An amount cell → 分. Numbers are read from their shortest decimal form and refused past 1分; text as parseMoney reads it, after NFKC (full-width digits, ￥). */
export function readAmount(cell: CellValue): { fen: Fen } | { text: Text } {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return { text: text.emptyAmount() };
  if (typeof cell !== 'number' && typeof cell !== 'string') return { text: text.unreadableAmount(cellText(cell)) };
  const parsed = parseMoney(typeof cell === 'number' ? cell : cell.normalize('NFKC'));
  return parsed.ok ? { fen: parsed.fen } : { text: text.unreadableAmount(cellText(cell), parsed.text) };
}

function matchPerson(written: string, directory: Directory, reasons: Reason[]): string | undefined {
  if (written === '') return void reasons.push({ code: 'missing-salesperson', text: text.missingSalesperson() });
  const id = directory.people.get(normalise(written));
  if (id === null) return void reasons.push({ code: 'ambiguous-salesperson', text: text.ambiguousSalesperson(written, directory.year) });
  if (id === undefined) return void reasons.push({ code: 'unknown-salesperson', text: text.unknownSalesperson(written, directory.year) });
  if (!directory.salespeople.has(id)) return void reasons.push({ code: 'not-salesperson', text: text.notSalesperson(written, directory.year) });
  return id;
}

function matchGroup(written: string, directory: Directory, reasons: Reason[]): string | undefined {
  if (written === '') return void reasons.push({ code: 'missing-group', text: text.missingGroup() });
  const id = directory.groups.get(normalise(written));
  if (id === null) return void reasons.push({ code: 'ambiguous-group', text: text.ambiguousGroup(written) });
  if (id === undefined) return void reasons.push({ code: 'unknown-group', text: text.unknownGroup(written, directory.org.customerGroups.map((group) => group.name)) });
  return id;
}

function matchExpenseLine(written: string, directory: Directory, reasons: Reason[]): string | undefined {
  const id = directory.expenseLines.get(normalise(written));
  if (id === null) return void reasons.push({ code: 'ambiguous-expense-line', text: text.ambiguousExpenseLine(written) });
  if (id === undefined) return void reasons.push({ code: 'unknown-expense-line', text: text.unknownExpenseLine(written, directory.org.expenseLines.map((line) => line.name)) });
  return id;
}

function readFlag(cell: CellValue | undefined, reasons: Reason[]): boolean {
  if (cell === undefined || cell === null) return false;
  if (typeof cell === 'boolean') return cell;
  const key = normalise(cellText(cell));
  if (YES.has(key)) return true;
  if (!NO.has(key)) reasons.push({ code: 'unreadable-flag', text: text.unreadableFlag(cellText(cell)) });
  return false;
}
