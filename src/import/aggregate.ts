import { sumFen, type Fen } from '../core/money.ts';
import type { SalesLine } from './sales-lines.ts';

/** One person's month as the export says it: revenue and customer groups in 分, net of returns. */
export interface MonthFigures {
  person: string;
  year: number;
  month: number;
  revenue: Fen;
  /** Customer group id → 分, only the groups the export has lines for. */
  groups: Record<string, Fen>;
  /** Revenue of lines flagged as new products. */
  newProductRevenue: Fen;
  lines: number;
}

/** Sales lines → person × month × customer group, summed exactly (sumFen throws past the safe range). */
export function aggregate(lines: readonly SalesLine[]): MonthFigures[] {
  const buckets = new Map<string, { person: string; year: number; month: number; lines: SalesLine[] }>();
  for (const line of lines) {
    const key = `${line.day.year}-${line.day.month}-${line.person}`;
    const bucket = buckets.get(key) ?? { person: line.person, year: line.day.year, month: line.day.month, lines: [] };
    bucket.lines.push(line);
    buckets.set(key, bucket);
  }
  return [...buckets.values()].map(({ person, year, month, lines: own }) => {
    const groupIds = [...new Set(own.map((line) => line.group))];
    return {
      person,
      year,
      month,
      revenue: sumFen(own.map((line) => line.fen)),
      groups: Object.fromEntries(groupIds.map((group) => [group, sumFen(own.filter((line) => line.group === group).map((line) => line.fen))])),
      newProductRevenue: sumFen(own.filter((line) => line.newProduct).map((line) => line.fen)),
      lines: own.length,
    };
  });
}
