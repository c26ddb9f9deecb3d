import { pathFor } from '../model/content-files.ts';
import type { Diagnostic } from '../core/diagnostics.ts';
import { report, type Rule } from './context.ts';

/** A file lives where its frontmatter says it belongs, so people can find it by guessing the path. */
export const fileLocation: Rule = ({ content }) => {
  const out: Diagnostic[] = [];
  for (const document of content.documents) {
    const data = document.data;
    const expected = pathFor({
      kind: 'document',
      year: data.year,
      type: data.type,
      ...('unit' in data && data.type !== 'person-plan' ? { unit: data.unit } : {}),
      ...('person' in data ? { person: data.person } : {}),
      ...('month' in data ? { month: data.month } : {}),
    });
    const actual = document.path.replace(/\.mdx?$/, '');
    if (actual === expected.replace(/\.mdx$/, '')) continue;
    out.push(report(document, ['type'], 'file-location', `Unexpected location ${document.path}, expected ${expected} for this ${data.type}`, { hint: 'Move the file, or fix year/unit/person/month in its frontmatter.' }));
  }
  const org = content.org;
  if (org && org.path.replace(/\.ya?ml$/, '') !== `${content.year}/org`) {
    out.push(report(org, ['year'], 'file-location', `Unexpected location ${org.path}, expected ${content.year}/org.yaml`));
  }
  return out;
};
