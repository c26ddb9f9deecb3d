import type { CodeDocs } from '../core/diagnostics.ts';
import { report, type Rule } from './context.ts';

/** The codes this module reports, for the catalog and the format reference. */
export const codes = {
  'unknown-year': { severity: 'error', summary: 'Documents for a year that has no org.yaml.' },
} as const satisfies CodeDocs;

/** Documents for a year need that year's organisation file; reported once, on the first document by path. */
export const unknownYear: Rule<keyof typeof codes> = ({ content }) => {
  if (content.org) return [];
  const first = [...content.documents].sort((a, b) => a.path.localeCompare(b.path))[0];
  return first
    ? [report(first, ['year'], 'unknown-year', `No organisation file for ${content.year}, expected content/${content.year}/org.yaml`, { hint: 'Create it with `plan new year` or copy last year’s.' })]
    : [];
};
