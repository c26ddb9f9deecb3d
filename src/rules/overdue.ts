import { obligations } from '../model/calendar.ts';
import { DOCUMENT_TYPES } from '../model/document-types.ts';
import type { CodeDocs, Diagnostic } from '../core/diagnostics.ts';
import { personName, type Rule } from './context.ts';
import { say } from './rule-messages.ts';

/** The codes this module reports, for the catalog and the format reference. */
export const codes = {
  overdue: { severity: 'warning', summary: 'A document past its due date in the seed’s calendar (an error when `calendar.strict`).' },
} as const satisfies CodeDocs;

/** Overdue documents of the seed's calendar: warnings, or errors when the org file sets calendar.strict. */
export const overdue: Rule<keyof typeof codes> = ({ content, asOf, invalid, people, peopleOnly = false }) => {
  const org = content.org;
  if (!org) return [];
  const severity = org.data.calendar.strict ? 'error' : 'warning';
  const base = org.file.slice(0, org.file.length - org.path.length);
  // A slice of people's folders keeps no report at the company's or units' documents (RuleContext.peopleOnly).
  return obligations(content, asOf, people, peopleOnly)
    // A file that exists but is invalid was reported already; calling it missing would mislead.
    .filter((entry) => entry.state === 'overdue' && !invalid.has(entry.path))
    .map((entry): Diagnostic<keyof typeof codes> => {
      const type = DOCUMENT_TYPES[entry.type].label;
      const what = entry.month ? say('overdue.what-month', { type, month: entry.month }) : say('overdue.what', { type });
      const whose = personName(content, entry.owner);
      const expected = say(DOCUMENT_TYPES[entry.type].doneWhen === 'submitted' ? 'overdue.submitted' : 'overdue.approved');
      const message = entry.progress === 'missing'
        ? say('overdue.missing', { what, due: entry.due, whose })
        : say('overdue.status', { status: entry.document?.data.status ?? '', what, expected, due: entry.due });
      const hint = say(entry.progress === 'draft' ? 'overdue.hint-draft' : 'overdue.hint', { asOf });
      return { rule: 'overdue', severity, file: `${base}${entry.path}`, line: 1, column: 1, message, hint };
    });
};
