import type { Org } from '../schemas/index.ts';

type Person = Org['people'][number];
type Unit = Org['units'][number];

export interface OrgIndex {
  people: Map<string, Person>;
  units: Map<string, Unit>;
  /** Person id → login, for approvals and CODEOWNERS. */
  logins: Map<string, string>;
}

const cache = new WeakMap<Org, OrgIndex>();

/** Lookups by id, built once per org: 1,000-person companies make repeated `find` quadratic. */
export function orgIndex(org: Org): OrgIndex {
  let index = cache.get(org);
  if (!index) {
    index = {
      people: new Map(org.people.map((person) => [person.id, person])),
      units: new Map(org.units.map((unit) => [unit.id, unit])),
      logins: new Map(org.people.map((person) => [person.id, person.login])),
    };
    cache.set(org, index);
  }
  return index;
}
