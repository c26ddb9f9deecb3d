import { obligations } from '../model/calendar.ts';
import { documentLabel } from '../model/document-types.ts';
import type { Diagnostic } from '../core/diagnostics.ts';
import { personName, type Rule } from './context.ts';

/** Overdue documents of the seed's calendar: warnings, or errors when the org file sets calendar.strict. */
export const deadlines: Rule = ({ content, asOf, invalid }) => {
  const org = content.org;
  if (!org) return [];
  const severity = org.data.calendar.strict ? 'error' : 'warning';
  const base = org.file.slice(0, org.file.length - org.path.length);
  return obligations(content, asOf)
    // A file that exists but is invalid was reported already; calling it missing would mislead.
    .filter((entry) => entry.state === 'overdue' && !invalid.has(entry.path))
    .map((entry): Diagnostic => {
      const what = `${documentLabel(entry.type)}${entry.month ? ` for month ${entry.month}` : ''}`;
      const whose = personName(content, entry.owner);
      const message = entry.progress === 'missing'
        ? `Missing ${what}, due ${entry.due} (${whose})`
        : `Unexpected status "${entry.document?.data.status}" for ${what}, expected approved by ${entry.due}`;
      return { rule: 'overdue', severity, file: `${base}${entry.path}`, line: 1, column: 1, message, hint: `As of ${asOf}.` };
    });
};
