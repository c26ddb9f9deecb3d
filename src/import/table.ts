/** A cell as the export holds it: text, a number, a date (XLSX date cells), a boolean, or empty. */
export type CellValue = string | number | Date | boolean | null;

/** One row of the export, numbered as a spreadsheet numbers it (1 = first row of the sheet or file). */
export interface Row {
  number: number;
  /** Cells by column, index 0 = column A. */
  cells: CellValue[];
  /**
   * Columns whose cell is covered by a merged range starting on an earlier row, with that row's
   * number: the cell shows the merged value, which must not be counted twice as an amount.
   */
  mergedFrom: Map<number, number>;
}

/** The column separators a CSV (or tab-separated .txt) export is read with. */
export type Delimiter = ',' | ';' | '\t';

/** The encodings a CSV export is read in; XLSX files are always Unicode. */
export type Encoding = 'UTF-8' | 'UTF-8 BOM' | 'UTF-16LE' | 'GB18030';

/** A sheet (or CSV file) read into rows, with what was used to read it. */
export interface Table {
  rows: Row[];
  kind: 'xlsx' | 'csv';
  /** Worksheet name (XLSX). */
  sheet?: string;
  /** Text encoding detected (CSV). */
  encoding?: Encoding;
  /** The column separator found (CSV): comma, semicolon or tab. */
  delimiter?: Delimiter;
}

/** Column index → spreadsheet letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Spreadsheet letters → column index, or undefined when `text` is not letters A–ZZZ. */
export function columnIndex(text: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(text)) return undefined;
  return [...text.toUpperCase()].reduce((index, letter) => index * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}
