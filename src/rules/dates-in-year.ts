import type { Diagnostic } from '../core/diagnostics.ts';
import { report, type Rule } from './context.ts';

/**
 * A document's date falls in the window its step of the cycle allows: plans for a year are
 * written in the year before it, monthly work inside the year (December's report in January).
 */
export const datesInYear: Rule = ({ content }) => {
  const { year } = content;
  const out: Diagnostic[] = [];
  for (const document of content.documents) {
    const data = document.data;
    const [from, to] = windowFor(data.type, year, 'month' in data ? data.month : undefined);
    if (data.date >= from && data.date <= to) continue;
    out.push(report(document, ['date'], 'date-outside-year', `Unexpected date ${data.date} for a ${data.type} of ${year}, expected between ${from} and ${to}`));
  }
  return out;
};

function windowFor(type: string, year: number, month: number | undefined): [string, string] {
  const monthStart = (y: number, m: number) => new Date(Date.UTC(y, m - 1, 1)).toISOString().slice(0, 10);
  switch (type) {
    case 'market-research':
    case 'sales-plan':
    case 'budget':
    case 'person-plan':
      return [`${year - 1}-01-01`, `${year}-12-31`];
    case 'monthly-plan':
      return [monthStart(year, (month ?? 1) - 2), `${year}-12-31`];
    case 'monthly-report':
      return [monthStart(year, month ?? 1), lastDay(year, (month ?? 12) + 2)];
    case 'annual-report':
      return [`${year}-11-01`, `${year + 1}-03-31`];
    default:
      return [`${year}-01-01`, `${year}-12-31`];
  }
}

function lastDay(year: number, month: number): string {
  const date = new Date(Date.UTC(year, month, 0));
  return date.toISOString().slice(0, 10);
}
