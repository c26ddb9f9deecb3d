import type { Key } from '../i18n/index.ts';
import { orgIndex } from '../lib/org-index.ts';
import type { DocumentType, Org } from '../schemas/index.ts';

type Role = 'manager' | 'vp' | 'finance' | 'gm';

/** The seed's approval chain per document type (年度销售计划管理流程), in order. */
export const APPROVAL_CHAINS: Record<DocumentType, readonly Role[]> = {
  'market-research': ['gm'],
  'sales-plan': ['vp', 'gm'],
  budget: ['vp', 'finance', 'gm'],
  'person-plan': ['manager'],
  'monthly-plan': ['manager'],
  'monthly-report': ['manager'],
  'midyear-review': ['vp', 'gm'],
  'annual-report': ['gm'],
};

export interface ChainStage {
  role: Key;
  /** Person ids holding the role. */
  holders: string[];
  state: 'approved' | 'pending' | 'not-started';
}

/**
 * Who approves the document and where it stands, from its `status`: approved means every stage
 * passed; review means the chain is running; draft means it has not started.
 */
export function approvalChain(type: DocumentType, status: string, unit: string | undefined, org: Org | undefined): ChainStage[] {
  const holders = (role: Role): string[] => {
    if (!org) return [];
    if (role === 'gm') return [org.roles.gm];
    if (role === 'vp') return [org.roles.marketingVp];
    if (role === 'finance') return [...org.roles.finance];
    const manager = unit ? orgIndex(org).units.get(unit)?.manager : undefined;
    return manager ? [manager] : [];
  };
  return APPROVAL_CHAINS[type].map((role) => ({
    role: `role.${role}` as Key,
    holders: holders(role),
    state: status === 'approved' ? 'approved' : status === 'review' ? 'pending' : 'not-started',
  }));
}
