import { placementOf } from '../model/content-files.ts';
import { DEFAULT_UNIT_WORD, type DocumentType, type Org } from '../schemas/index.ts';

/**
 * A role in an approval chain. `unitManager` means the manager of the unit the document belongs to
 * (a person's documents: the manager of that person's unit); `owners` means the GM or any administrator.
 */
export type Role = 'gm' | 'marketingVp' | 'finance' | 'unitManager' | 'owners';

/** Labels people read in messages and comments; the unit manager's Chinese one is the seed's (see roleLabel). */
export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  gm: { zh: '总经理', en: 'GM' },
  marketingVp: { zh: '营销副总', en: 'marketing VP' },
  finance: { zh: '财务部', en: 'finance' },
  unitManager: { zh: `${DEFAULT_UNIT_WORD}经理`, en: 'unit manager' },
  owners: { zh: '总经理或管理员', en: 'GM or administrator' },
};

/** A role's Chinese label in one organisation: the unit manager is named after its `unitWord` (市场部经理, 事业部经理). */
export function roleLabel(role: Role, org: Pick<Org, 'unitWord'> | undefined): string {
  return role === 'unitManager' && org ? `${org.unitWord}经理` : ROLE_LABELS[role].zh;
}

/**
 * The seed's approval chains (年度销售计划管理流程), in order. This file, like every repository
 * file outside the content folder, is owned by the GM and administrators (see `chainTarget`), and the
 * chain check always runs the base branch's copy, so a pull request cannot change the chain it is
 * judged by.
 */
export const CHAINS: Record<DocumentType | 'org', readonly Role[]> = {
  'market-research': ['gm'],
  'sales-plan': ['marketingVp', 'gm'],
  budget: ['marketingVp', 'finance', 'gm'],
  'person-plan': ['unitManager'],
  'monthly-plan': ['unitManager'],
  'monthly-report': ['unitManager'],
  'midyear-review': ['marketingVp', 'gm'],
  'annual-report': ['gm'],
  org: ['owners'],
};

/** What a changed repository file needs: its chain and, for content, its year, unit and person. */
export interface ChainTarget {
  /** Repository path, e.g. `content/2026/units/east/budget.mdx`. */
  path: string;
  /**
   * Document type, `org`, `unknown` (a content file the layout does not know) or `repository` (code,
   * scripts, package.json, the lockfile, workflows, CODEOWNERS, the ledger: everything outside the
   * content folder).
   */
  kind: string;
  year?: number;
  unit?: string;
  person?: string;
  chain: readonly Role[];
}

/**
 * The chain a repository path needs. Every path has one: the code that enforces the chain, the
 * scripts CI runs and the ledger decide approvals as much as the documents do (issue 10), so any file
 * outside the content folder needs the GM or an administrator.
 */
export function chainTarget(repoPath: string, contentDir = 'content'): ChainTarget {
  if (!repoPath.startsWith(`${contentDir}/`)) return { path: repoPath, kind: 'repository', chain: ['owners'] };
  const placement = placementOf(repoPath.slice(contentDir.length + 1));
  if (!placement) {
    // A file the layout does not know still changes the plan: the GM or an administrator decides.
    const year = /^(\d{4})\//.exec(repoPath.slice(contentDir.length + 1))?.[1];
    return { path: repoPath, kind: 'unknown', ...(year ? { year: Number(year) } : {}), chain: ['owners'] };
  }
  if (placement.kind === 'org') return { path: repoPath, kind: 'org', year: placement.year, chain: CHAINS.org };
  const { year, type, unit, person } = placement;
  return { path: repoPath, kind: type, year, ...(unit ? { unit } : {}), ...(person ? { person } : {}), chain: CHAINS[type] };
}
