import { sortedByText } from '../core/compare-text.ts';
import type { CodeDocs } from '../core/diagnostics.ts';
import { pathFor } from '../model/content-files.ts';
import { report, type Rule } from './context.ts';
import { say } from './rule-messages.ts';

/** The codes this module reports, for the catalog and the format reference. */
export const codes = {
  'unknown-year': { severity: 'error', summary: 'Documents for a year that has no org.yaml.' },
} as const satisfies CodeDocs;

/** Documents for a year need that year's organisation file; reported once, on the first document by path. */
export const unknownYear: Rule<keyof typeof codes> = ({ content, invalid }) => {
  if (content.org) return [];
  // An org.yaml that exists but is invalid is reported with its own errors, never as missing.
  if (invalid.has(pathFor({ kind: 'org', year: content.year }))) return [];
  const first = sortedByText(content.documents, (document) => document.path)[0];
  return first
    ? [report(first, ['year'], 'unknown-year', say('unknown-year', { year: content.year }), { hint: say('unknown-year.hint') })]
    : [];
};
