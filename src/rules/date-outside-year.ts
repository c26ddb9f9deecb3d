import type { CodeDocs, Diagnostic } from '../core/diagnostics.ts';
import { DOCUMENT_TYPES, windowFor } from '../model/document-types.ts';
import { report, type Rule } from './context.ts';
import { say } from './rule-messages.ts';

/** The codes this module reports, for the catalog and the format reference. */
export const codes = {
  'date-outside-year': { severity: 'error', summary: 'A document date outside the window of its step of the fiscal year.' },
} as const satisfies CodeDocs;

/**
 * One window per year, type and month, kept across runs: date arithmetic for each of 250,000
 * documents showed in profiles, and a split check runs this rule on each of a thousand slices of a
 * year. Bounded by the years checked (a window depends on nothing else).
 */
const windows = new Map<string, readonly [string, string]>();

/**
 * A document's date falls in the window its step of the cycle allows: plans for a year are
 * written in the year before it, monthly work inside the year (December's report in January).
 */
export const dateOutsideYear: Rule<keyof typeof codes> = ({ content }) => {
  const { year } = content;
  const out: Diagnostic<keyof typeof codes>[] = [];
  for (const document of content.documents) {
    const data = document.data;
    const month = 'month' in data ? data.month : undefined;
    const key = `${year}/${data.type}/${month ?? ''}`;
    let window = windows.get(key);
    if (!window) windows.set(key, (window = windowFor(data.type, { year, month })));
    const [from, to] = window;
    if (data.date >= from && data.date <= to) continue;
    out.push(report(document, ['date'], 'date-outside-year', say('date-outside-year', { date: data.date, type: DOCUMENT_TYPES[data.type].label, year, from, to })));
  }
  return out;
};
