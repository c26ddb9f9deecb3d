import type { CodeDocs, Diagnostic } from '../core/diagnostics.ts';
import { report, type Rule } from './context.ts';
import { say } from './rule-messages.ts';
import type { Org } from '../schemas/index.ts';

/** The codes this module reports, for the catalog and the format reference. */
export const codes = {
  'duplicate-id': { severity: 'error', summary: 'Two files for the same document, or a repeated id or login in org.yaml.' },
} as const satisfies CodeDocs;

/**
 * One file per document and per year's organisation file (the model keeps the first by path), and
 * ids in the organisation file are unique (people, units, customer groups, regions, expense lines, logins).
 */
export const duplicateIds: Rule<keyof typeof codes> = ({ content, peopleOnly = false }) => {
  const out: Diagnostic<keyof typeof codes>[] = [];
  for (const { file, existing, what } of content.duplicates) {
    out.push(
      what === undefined
        ? report(file, ['year'], 'duplicate-id', say('duplicate-id.org', { year: content.year, existing: existing.file }))
        : report(file, ['type'], 'duplicate-id', say('duplicate-id.document', { what, existing: existing.file }), { hint: say('duplicate-id.document.hint') }),
    );
  }
  const org = content.org;
  // Nothing reported at org.yaml is kept (RuleContext.peopleOnly).
  if (!org || peopleOnly) return out;
  // org.yaml's own duplicates, once per org file as shown (a split check runs this rule on many slices of one year).
  const cached = orgReports.get(org.data);
  if (cached && cached.file === org.file) return [...out, ...cached.reports];
  const before = out.length;
  const lists = [
    ['people', org.data.people.map((person) => person.id)],
    ['units', org.data.units.map((unit) => unit.id)],
    ['customerGroups', org.data.customerGroups.map((group) => group.id)],
    ['regions', org.data.regions.map((region) => region.id)],
    ['expenseLines', org.data.expenseLines.map((line) => line.id)],
  ] as const;
  for (const [list, ids] of lists) {
    const seen = new Map<string, number>();
    ids.forEach((value, index) => {
      const first = seen.get(value);
      if (first === undefined) seen.set(value, index);
      else out.push(report(org, [list, index, 'id'], 'duplicate-id', say('duplicate-id.id', { value, list, first: first + 1 })));
    });
  }
  const logins = new Map<string, number>();
  org.data.people.forEach((person, index) => {
    const login = person.login.toLowerCase();
    const first = logins.get(login);
    if (first === undefined) logins.set(login, index);
    else out.push(report(org, ['people', index, 'login'], 'duplicate-id', say('duplicate-id.login', { login: person.login, other: org.data.people[first]?.id ?? '' })));
  });
  orgReports.set(org.data, { file: org.file, reports: out.slice(before) });
  return out;
};

const orgReports = new WeakMap<Org, { file: string; reports: Diagnostic<keyof typeof codes>[] }>();
