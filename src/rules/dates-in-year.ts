import type { Diagnostic } from '../core/diagnostics.ts';
import { windowFor } from '../model/document-types.ts';
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
    const [from, to] = windowFor(data.type, { year, month: 'month' in data ? data.month : undefined });
    if (data.date >= from && data.date <= to) continue;
    out.push(report(document, ['date'], 'date-outside-year', `Unexpected date ${data.date} for a ${data.type} of ${year}, expected between ${from} and ${to}`));
  }
  return out;
};
