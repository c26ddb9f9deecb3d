import { obligations } from '../model/calendar.ts';
import { DOCUMENT_TYPES, documentLabel } from '../model/document-types.ts';
import type { CodeDocs, Diagnostic } from '../core/diagnostics.ts';
import { personName, type Rule } from './context.ts';

/** The codes this module reports, for the catalog and the format reference. */
export const codes = {
  overdue: { severity: 'warning', summary: 'A document past its due date in the seed’s calendar (an error when `calendar.strict`).' },
} as const satisfies CodeDocs;

/** Overdue documents of the seed's calendar: warnings, or errors when the org file sets calendar.strict. */
export const overdue: Rule<keyof typeof codes> = ({ content, asOf, invalid }) => {
  const org = content.org;
  if (!org) return [];
  const severity = org.data.calendar.strict ? 'error' : 'warning';
  const base = org.file.slice(0, org.file.length - org.path.length);
  return obligations(content, asOf)
    // A file that exists but is invalid was reported already; calling it missing would mislead.
    .filter((entry) => entry.state === 'overdue' && !invalid.has(entry.path))
    .map((entry): Diagnostic<keyof typeof codes> => {
      const what = `${documentLabel(entry.type)}${entry.month ? ` for month ${entry.month}` : ''}`;
      const whose = personName(content, entry.owner);
      const expected = DOCUMENT_TYPES[entry.type].doneWhen === 'submitted' ? 'submitted (status: review)' : 'approved';
      const message = entry.progress === 'missing'
        ? `Missing ${what}, due ${entry.due} (${whose})`
        : `Unexpected status "${entry.document?.data.status}" for ${what}, expected ${expected} by ${entry.due}`;
      const hint = entry.progress === 'draft' ? `As of ${asOf}. A draft is not handed in: its figures are not counted until its status is review.` : `As of ${asOf}.`;
      return { rule: 'overdue', severity, file: `${base}${entry.path}`, line: 1, column: 1, message, hint };
    });
};
