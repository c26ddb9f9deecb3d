import { listText } from '../core/messages.ts';
import type { CodeDocs, Diagnostic } from '../core/diagnostics.ts';
import type { Loaded } from '../model/load.ts';
import type { PathKey } from '../core/positions.ts';
import { report, type Rule } from './context.ts';
import { orgIndex } from '../model/org-index.ts';
import { droppedIds } from '../model/org-salvage.ts';
import type { Org } from '../schemas/index.ts';
import { say } from './rule-messages.ts';

/** The codes this module reports, for the catalog and the format reference. */
export const codes = {
  'unknown-reference': { severity: 'error', summary: 'A person, unit, customer group, expense line or region id not in the year’s org.yaml.' },
} as const satisfies CodeDocs;

type Kind = 'person' | 'unit' | 'customer group' | 'expense line' | 'region';

type Known = Record<Kind, Set<string>>;

/** The ids org.yaml defines, and those of its entries that could not be read, worked out once per org file. */
const knownCache = new WeakMap<Org, { known: Known; unreadable: ReadonlySet<string> }>();

function knownIds(org: Org): { known: Known; unreadable: ReadonlySet<string> } {
  let found = knownCache.get(org);
  if (!found) {
    const known: Known = {
      person: new Set(org.people.map((person) => person.id)),
      unit: new Set(org.units.map((unit) => unit.id)),
      'customer group': new Set(org.customerGroups.map((group) => group.id)),
      'expense line': new Set(org.expenseLines.map((line) => line.id)),
      region: new Set(org.regions.map((region) => region.id)),
    };
    // Entries of an invalid org.yaml that could not be read: their error is reported there, once.
    found = { known, unreadable: droppedIds(org) };
    knownCache.set(org, found);
  }
  return found;
}

/**
 * What org.yaml's own references give, by org file as shown: a split check runs this rule on many
 * slices of one year (check-split.ts), and a 10,000-person org.yaml was its largest part each time.
 */
const orgReports = new WeakMap<Org, { file: string; reports: Diagnostic<keyof typeof codes>[] }>();

/** Every id a document or the organisation file mentions exists in that year's organisation file. */
export const unknownReference: Rule<keyof typeof codes> = ({ content, peopleOnly = false }) => {
  const org = content.org;
  // Without an organisation file nothing can resolve; unknown-year reports the year once.
  if (!org) return [];
  const { known, unreadable } = knownIds(org.data);
  const out: Diagnostic<keyof typeof codes>[] = [];
  const check = (document: Loaded<unknown>, path: readonly PathKey[], kind: Kind, value: string | undefined, at: 'key' | 'value' = 'value') => {
    if (value === undefined || known[kind].has(value) || unreadable.has(value)) return;
    const options = [...known[kind]];
    out.push(report(document, path, 'unknown-reference', say('unknown-reference', { kind: say(`kind.${kind}`), value, options: listText(options) }), { at, hint: say('unknown-reference.hint', { file: org.file }) }));
  };
  const checkKeys = (document: Loaded<unknown>, path: readonly PathKey[], kind: Kind, record: Record<string, unknown> | undefined) => {
    for (const key of Object.keys(record ?? {})) check(document, [...path, key], kind, key, 'key');
  };

  const cached = orgReports.get(org.data);
  if (peopleOnly) {
    // Nothing reported at org.yaml is kept (RuleContext.peopleOnly).
  } else if (cached && cached.file === org.file) out.push(...cached.reports);
  else {
    org.data.units.forEach((unit, index) => {
      check(org, ['units', index, 'manager'], 'person', unit.manager);
      unit.regions.forEach((region, at) => check(org, ['units', index, 'regions', at], 'region', region));
    });
    org.data.people.forEach((person, index) => {
      check(org, ['people', index, 'unit'], 'unit', person.unit);
      check(org, ['people', index, 'deputy'], 'person', person.deputy);
      person.regions.forEach((region, at) => check(org, ['people', index, 'regions', at], 'region', region));
    });
    check(org, ['roles', 'gm'], 'person', org.data.roles.gm);
    check(org, ['roles', 'marketingVp'], 'person', org.data.roles.marketingVp);
    org.data.roles.finance.forEach((id, index) => check(org, ['roles', 'finance', index], 'person', id));
    org.data.roles.admins.forEach((id, index) => check(org, ['roles', 'admins', index], 'person', id));
    orgReports.set(org.data, { file: org.file, reports: [...out] });
  }

  for (const document of content.documents) {
    const data = document.data;
    check(document, ['author'], 'person', data.author);
    if ('unit' in data) check(document, ['unit'], 'unit', data.unit);
    if ('person' in data) check(document, ['person'], 'person', data.person);
    if (data.type === 'budget') checkKeys(document, ['expenses', 'lines'], 'expense line', data.expenses.lines);
    if (data.type === 'monthly-plan') checkKeys(document, ['groups'], 'customer group', data.groups);
    if (data.type === 'monthly-report') {
      checkKeys(document, ['groups'], 'customer group', data.groups);
      checkKeys(document, ['spend'], 'expense line', data.spend);
    }
    if (data.type === 'person-plan') {
      const person = orgIndex(org.data).people.get(data.person);
      if (person && person.unit !== data.unit && known.unit.has(data.unit)) {
        out.push(report(document, ['unit'], 'unknown-reference', say('unknown-reference.unit', { unit: data.unit, name: person.name, orgUnit: person.unit ?? say('unknown-reference.no-unit') })));
      }
    }
  }
  return out;
};
