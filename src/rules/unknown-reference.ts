import type { CodeDocs, Diagnostic } from '../core/diagnostics.ts';
import type { Loaded } from '../model/load.ts';
import type { PathKey } from '../core/positions.ts';
import { report, type Rule } from './context.ts';
import { orgIndex } from '../model/org-index.ts';
import { droppedIds } from '../model/org-salvage.ts';
import { say } from './rule-messages.ts';

/** The codes this module reports, for the catalog and the format reference. */
export const codes = {
  'unknown-reference': { severity: 'error', summary: 'A person, unit, customer group, expense line or region id not in the year’s org.yaml.' },
} as const satisfies CodeDocs;

type Kind = 'person' | 'unit' | 'customer group' | 'expense line' | 'region';

/** Every id a document or the organisation file mentions exists in that year's organisation file. */
export const unknownReference: Rule<keyof typeof codes> = ({ content }) => {
  const org = content.org;
  // Without an organisation file nothing can resolve; unknown-year reports the year once.
  if (!org) return [];
  const known: Record<Kind, Set<string>> = {
    person: new Set(org.data.people.map((person) => person.id)),
    unit: new Set(org.data.units.map((unit) => unit.id)),
    'customer group': new Set(org.data.customerGroups.map((group) => group.id)),
    'expense line': new Set(org.data.expenseLines.map((line) => line.id)),
    region: new Set(org.data.regions.map((region) => region.id)),
  };
  const out: Diagnostic<keyof typeof codes>[] = [];
  // Entries of an invalid org.yaml that could not be read: their error is reported there, once.
  const unreadable = droppedIds(org.data);
  const check = (document: Loaded<unknown>, path: readonly PathKey[], kind: Kind, value: string | undefined, at: 'key' | 'value' = 'value') => {
    if (value === undefined || known[kind].has(value) || unreadable.has(value)) return;
    const options = [...known[kind]];
    out.push(report(document, path, 'unknown-reference', say('unknown-reference', { kind: say(`kind.${kind}`), value, options: options.join(', ') }), { at, hint: say('unknown-reference.hint', { file: org.file }) }));
  };
  const checkKeys = (document: Loaded<unknown>, path: readonly PathKey[], kind: Kind, record: Record<string, unknown> | undefined) => {
    for (const key of Object.keys(record ?? {})) check(document, [...path, key], kind, key, 'key');
  };

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
