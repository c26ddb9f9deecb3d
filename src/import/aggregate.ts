import { sumFen, type Fen } from '../core/money.ts';
import type { SalesLine, SpendLine } from './sales-lines.ts';

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
  /** Expense line id → 分 spent, from spend lines. */
  spend: Record<string, Fen>;
  lines: number;
}

/** Sales and spend lines → person × month × customer group (and expense line), summed exactly (sumFen throws past the safe range). */
export function aggregate(lines: readonly SalesLine[], spendLines: readonly SpendLine[] = []): MonthFigures[] {
  const buckets = new Map<string, { person: string; year: number; month: number; lines: SalesLine[]; spend: SpendLine[] }>();
  const bucketOf = ({ day, person }: { day: SalesLine['day']; person: string }) => {
    const key = `${day.year}-${day.month}-${person}`;
    const bucket = buckets.get(key) ?? { person, year: day.year, month: day.month, lines: [], spend: [] };
    buckets.set(key, bucket);
    return bucket;
  };
  for (const line of lines) bucketOf(line).lines.push(line);
  for (const line of spendLines) bucketOf(line).spend.push(line);
  return [...buckets.values()].map(({ person, year, month, lines: own, spend }) => {
    const groupIds = [...new Set(own.map((line) => line.group))];
    const expenseIds = [...new Set(spend.map((line) => line.expense))];
    return {
      person,
      year,
      month,
      revenue: sumFen(own.map((line) => line.fen)),
      groups: Object.fromEntries(groupIds.map((group) => [group, sumFen(own.filter((line) => line.group === group).map((line) => line.fen))])),
      newProductRevenue: sumFen(own.filter((line) => line.newProduct).map((line) => line.fen)),
      spend: Object.fromEntries(expenseIds.map((id) => [id, sumFen(spend.filter((line) => line.expense === id).map((line) => line.fen))])),
      lines: own.length + spend.length,
    };
  });
}
