import type { CodeDocs, Diagnostic } from '../core/diagnostics.ts';
import { windowFor } from '../model/document-types.ts';
import { report, type Rule } from './context.ts';
import { say } from './rule-messages.ts';
import { DOCUMENT_TYPES } from '../model/document-types.ts';

/** The codes this module reports, for the catalog and the format reference. */
export const codes = {
  'date-outside-year': { severity: 'error', summary: 'A document date outside the window of its step of the fiscal year.' },
} as const satisfies CodeDocs;

/**
 * A document's date falls in the window its step of the cycle allows: plans for a year are
 * written in the year before it, monthly work inside the year (December's report in January).
 */
export const dateOutsideYear: Rule<keyof typeof codes> = ({ content }) => {
  const { year } = content;
  const out: Diagnostic<keyof typeof codes>[] = [];
  for (const document of content.documents) {
    const data = document.data;
    const [from, to] = windowFor(data.type, { year, month: 'month' in data ? data.month : undefined });
    if (data.date >= from && data.date <= to) continue;
    out.push(report(document, ['date'], 'date-outside-year', say('date-outside-year', { date: data.date, type: DOCUMENT_TYPES[data.type].label, year, from, to })));
  }
  return out;
};
