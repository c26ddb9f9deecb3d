import type { Org } from '../schemas/index.ts';
import { normalise } from './normalise.ts';

/** Who and what an export's names can mean in one fiscal year. */
export interface Directory {
  year: number;
  /** Normalised id, name, English name or login → person id; null when two people share the key. */
  people: Map<string, string | null>;
  /** Normalised id, name or English name → customer group id; null when ambiguous. */
  groups: Map<string, string | null>;
  /** Normalised id, name or English name → expense line id of the budgets; null when ambiguous. */
  expenseLines: Map<string, string | null>;
  /** People who carry a personal target (the only ones with monthly reports). */
  salespeople: ReadonlySet<string>;
  org: Org;
}

function index(entries: readonly { id: string; keys: readonly (string | undefined)[] }[]): Map<string, string | null> {
  const map = new Map<string, string | null>();
  for (const { id, keys } of entries) {
    for (const key of new Set(keys.filter((candidate): candidate is string => Boolean(candidate)).map(normalise))) {
      const known = map.get(key);
      map.set(key, known === undefined || known === id ? id : null);
    }
  }
  return map;
}

/** The lookups for a year's org.yaml; `salespeople` as src/model/calendar.ts defines them. */
export function directoryOf(org: Org, salespeople: readonly string[]): Directory {
  return {
    year: org.year,
    people: index(org.people.map((person) => ({ id: person.id, keys: [person.id, person.name, person.nameEn, person.login] }))),
    groups: index(org.customerGroups.map((group) => ({ id: group.id, keys: [group.id, group.name, group.nameEn] }))),
    expenseLines: index(org.expenseLines.map((line) => ({ id: line.id, keys: [line.id, line.name, line.nameEn] }))),
    salespeople: new Set(salespeople),
    org,
  };
}
