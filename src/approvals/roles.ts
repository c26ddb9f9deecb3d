import { orgIndex } from '../model/org-index.ts';
import type { Org } from '../schemas/index.ts';
import type { ChainTarget, Role } from './chains.ts';

/** Someone who may approve a stage. */
export interface Holder {
  id: string;
  name: string;
  login: string;
  /** Person id of the holder this one stands in for (`people[].deputy` in org.yaml). */
  deputyOf?: string;
}

/**
 * Who holds `role` for a document, from the organisation file: the role's holders, then each one's
 * declared stand-in (`people[].deputy`), so an absent approver never blocks a chain. A person's
 * documents go to the manager of their unit; a unit's documents to that unit's manager. Logins
 * compare case-insensitively because GitHub does.
 */
export function holdersOf(org: Org, role: Role, target: Pick<ChainTarget, 'unit' | 'person'>): Holder[] {
  const index = orgIndex(org);
  const ids = (() => {
    switch (role) {
      case 'gm':
        return [org.roles.gm];
      case 'marketingVp':
        return [org.roles.marketingVp];
      case 'finance':
        return org.roles.finance;
      case 'owners':
        return [org.roles.gm, ...org.roles.admins];
      case 'unitManager': {
        const unit = target.unit ?? (target.person ? index.people.get(target.person)?.unit : undefined);
        const manager = unit ? index.units.get(unit)?.manager : undefined;
        return manager ? [manager] : [];
      }
    }
  })();
  const holders = new Map<string, Holder>();
  for (const id of ids) {
    const person = index.people.get(id);
    if (person && !holders.has(id)) holders.set(id, { id, name: person.name, login: person.login });
  }
  for (const id of ids) {
    const deputy = index.people.get(index.people.get(id)?.deputy ?? '');
    if (deputy && !holders.has(deputy.id)) holders.set(deputy.id, { id: deputy.id, name: deputy.name, login: deputy.login, deputyOf: id });
  }
  return [...holders.values()];
}

/**
 * The role that stands in when every holder of a stage is the pull request's author: the seed has
 * the unit manager write the people's annual plans that the same manager approves, and nobody may
 * approve their own change, so the next level up approves instead. Only the manager has a deputy:
 * the VP's and finance's next level up (the GM) already holds a later stage of the same chains.
 */
export const DEPUTY: Partial<Record<Role, Role>> = { unitManager: 'marketingVp' };

export const sameLogin = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
