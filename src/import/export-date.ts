import type { CellValue } from './table.ts';

/** A calendar day read from the export. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

// Excel's 1900 date system counts days from 1899-12-30 (its phantom 1900-02-29 included); serials
// between these bounds are 1954–2119, so a year typed as a number (2026) is never taken for a date.
const SERIAL_MIN = 20_000;
const SERIAL_MAX = 80_000;
const EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * A date cell → the day, or undefined when it is not a date. Accepts XLSX date cells (exceljs gives
 * them as UTC midnight), Excel serial numbers (as numbers or digit text, a time of day ignored),
 * and text: 2026-11-05, 2026/11/5, 2026.11.05, 2026年11月5日, 20261105, each optionally followed by a time.
 */
export function readDay(cell: CellValue): Day | undefined {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : fromUtc(cell);
  if (typeof cell === 'number') return fromSerial(cell);
  if (typeof cell !== 'string') return undefined;
  const text = cell.normalize('NFKC').trim();
  if (/^\d{5}(?:\.\d+)?$/.test(text)) return fromSerial(Number(text));
  const match = /^(\d{4})(?:[-/.年](\d{1,2})[-/.月](\d{1,2})日?|(\d{2})(\d{2}))(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/u.exec(text);
  if (!match) return undefined;
  return valid(Number(match[1]), Number(match[2] ?? match[4]), Number(match[3] ?? match[5]));
}

function fromSerial(serial: number): Day | undefined {
  if (!(serial >= SERIAL_MIN && serial < SERIAL_MAX)) return undefined;
  return fromUtc(new Date(EPOCH + Math.floor(serial) * DAY_MS));
}

function fromUtc(date: Date): Day {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function valid(year: number, month: number, day: number): Day | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? { year, month, day } : undefined;
}

/** "2026-11-05". */
export const dayText = ({ year, month, day }: Day): string => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
