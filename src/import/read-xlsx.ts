import ExcelJS from 'exceljs';
import { ImportError } from './errors.ts';
import { text } from './messages.ts';
import type { CellValue, Row, Table } from './table.ts';

/**
 * One worksheet of an XLSX export → rows, through exceljs (the library `plan export` writes with).
 * `sheet` picks a worksheet by name; by default the first. Formula cells give their cached result,
 * rich text its plain text; a cell inside a merged range shows the range's value and records the
 * row the range starts on.
 */
export async function readXlsx(bytes: Uint8Array, sheet?: string): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new ImportError(text.notXlsx((error as Error).message));
  }
  const names = workbook.worksheets.map((worksheet) => worksheet.name);
  const worksheet = sheet === undefined ? workbook.worksheets[0] : workbook.getWorksheet(sheet);
  if (!worksheet) throw new ImportError(text.noSheet(sheet ?? '', names));
  const rows: Row[] = [];
  const width = worksheet.columnCount;
  worksheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: CellValue[] = [];
    const mergedFrom = new Map<number, number>();
    for (let column = 1; column <= width; column++) {
      const cell = row.getCell(column);
      const master = cell.isMerged ? cell.master : cell;
      cells.push(plain(master.value));
      const masterRow = Number(master.row);
      if (masterRow !== number) mergedFrom.set(column - 1, masterRow);
    }
    rows.push({ number, cells, mergedFrom });
  });
  return { rows, kind: 'xlsx', sheet: worksheet.name };
}

function plain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('result' in value) return value.result === undefined ? null : plain(value.result as ExcelJS.CellValue);
  if ('text' in value) return typeof value.text === 'string' ? value.text : null;
  if ('error' in value) return String(value.error);
  return null;
}
