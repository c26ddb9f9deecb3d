import { pathFor } from '../model/content-files.ts';
import { DOCUMENT_TYPES } from '../model/document-types.ts';
import type { CodeDocs, Diagnostic } from '../core/diagnostics.ts';
import { report, type Rule } from './context.ts';
import { say } from './rule-messages.ts';

/** The codes this module reports, for the catalog and the format reference. */
export const codes = {
  'file-location': { severity: 'error', summary: 'A file whose path does not match its frontmatter (year, unit, person, month).' },
} as const satisfies CodeDocs;

/** A path without `.mdx` or `.md` (what `/\.mdx?$/` removes, without a regular expression per document). */
const stem = (path: string) => (path.endsWith('.mdx') ? path.slice(0, -4) : path.endsWith('.md') ? path.slice(0, -3) : path);
const withoutMdx = (path: string) => (path.endsWith('.mdx') ? path.slice(0, -4) : path);

/** A file lives where its frontmatter says it belongs, so people can find it by guessing the path. */
export const fileLocation: Rule<keyof typeof codes> = ({ content }) => {
  const out: Diagnostic<keyof typeof codes>[] = [];
  for (const document of content.documents) {
    const data = document.data;
    const expected = pathFor({
      kind: 'document',
      year: data.year,
      type: data.type,
      // A person's annual plan names its unit too, but lives under the person.
      ...('unit' in data && DOCUMENT_TYPES[data.type].scope === 'unit' ? { unit: data.unit } : {}),
      ...('person' in data ? { person: data.person } : {}),
      ...('month' in data ? { month: data.month } : {}),
    });
    if (stem(document.path) === withoutMdx(expected)) continue;
    out.push(report(document, ['type'], 'file-location', say('file-location', { actual: document.path, expected, type: DOCUMENT_TYPES[data.type].label }), { hint: say('file-location.hint') }));
  }
  const org = content.org;
  if (org && org.path.replace(/\.ya?ml$/, '') !== `${content.year}/org`) {
    out.push(report(org, ['year'], 'file-location', say('file-location.org', { actual: org.path, expected: `${content.year}/org.yaml` })));
  }
  return out;
};
