import ExcelJS from 'exceljs';
import { labelIn, type Lang } from '../core/lang.ts';
import type { Table } from './export-tables.ts';
import { displayWidth } from '../core/text-table.ts';

const NUM_FMT = { money: '#,##0.00', ratio: '0.00%', int: '0', text: '@' } as const;

/** A workbook with one sheet per table; amounts are numbers in 元 so finance can sum them. */
export async function tablesAsXlsx(tables: readonly Table[], lang: Lang, title: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Planbook';
  workbook.title = title;
  // A fixed date keeps the file identical for identical content.
  workbook.created = new Date(Date.UTC(2000, 0, 1));
  workbook.modified = workbook.created;
  for (const table of tables) {
    const sheet = workbook.addWorksheet(labelIn(table, lang), { views: [{ state: 'frozen', xSplit: table.frozenColumns ?? 0, ySplit: table.banner === undefined ? 1 : 2 }] });
    sheet.columns = table.columns.map((column, index) => ({
      header: labelIn(column, lang),
      key: `c${index}`,
      width: Math.max(displayWidth(labelIn(column, lang)), ...table.rows.slice(0, 200).map((row) => displayWidth(String(row[index] ?? '')))) + 2,
      style: { numFmt: NUM_FMT[column.kind] },
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) {
      // 分 → 元 only here, at the edge: the figure was computed in integer 分 and is shown to 0.01.
      sheet.addRow(row.map((value, index) => (table.columns[index]?.kind === 'money' && typeof value === 'number' ? value / 100 : value)));
    }
    if (table.banner !== undefined) {
      sheet.insertRow(1, [table.banner]);
      sheet.getRow(1).font = { bold: true, color: { argb: 'FFC00000' } };
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
