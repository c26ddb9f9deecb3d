import { chainTarget, roleLabel, type ChainTarget } from './chains.ts';
import type { DocumentToApprove, EvaluationInput, Stage } from './evaluate.ts';
import { blobAt, changedFiles, commitExists, type FileChange, type GitRepo } from './git.ts';
import { orgFor, orgsAt } from './orgs-at.ts';
import type { Review } from './reviews.ts';
import { DEPUTY, holdersOf, sameLogin } from './roles.ts';
import type { Org } from '../schemas/index.ts';

export interface PullRequestInput {
  base: string;
  head: string;
  author: string;
  reviews: Review[];
  contentDir?: string;
  /** The commit whose organisation names the approvers (default: base); the base branch's tip. */
  rolesAt?: string;
}

/** The stages of one document, with approvers from the base organisation. */
export function stagesFor(target: ChainTarget, org: Org, author: string): Stage[] {
  return target.chain.map((role) => {
    const holders = holdersOf(org, role, target);
    const deputy = DEPUTY[role];
    // Nobody approves their own change; when the author is the only holder, the next level up does.
    if (deputy && holders.length > 0 && holders.every((holder) => sameLogin(holder.login, author))) {
      return { role: deputy, label: roleLabel(deputy, org), holders: holdersOf(org, deputy, target), deputyFor: role };
    }
    return { role, label: roleLabel(role, org), holders };
  });
}

/**
 * Everything the chain check needs, read from Git: the changed documents with their chains and
 * approvers taken from the BASE commit (a pull request cannot grant itself approvers), and for each
 * reviewed commit whether it shows the head's version of each document.
 */
export async function gatherPullRequest(repo: GitRepo, { base, head, author, reviews, contentDir = 'content', rolesAt = base }: PullRequestInput): Promise<EvaluationInput & { changes: FileChange[] }> {
  const changes = await changedFiles(repo, base, head);
  const { orgs, problems } = await orgsAt(repo, rolesAt, contentDir);
  const documents: DocumentToApprove[] = [];
  for (const change of changes) {
    const target = chainTarget(change.path, contentDir);
    if (!target) continue;
    const org = orgFor(orgs, target.year);
    if (!org) {
      const broken = [...problems.entries()].map(([path, reason]) => `${path}: ${reason}`).join('; ');
      documents.push({ target, stages: target.chain.map((role) => ({ role, label: roleLabel(role, undefined), holders: [] })), problem: `no valid organisation file on the base branch to take approvers from${broken ? ` (${broken})` : ''}` });
      continue;
    }
    const stages = stagesFor(target, org, author);
    const empty = stages.find((stage) => stage.holders.length === 0);
    documents.push({ target, stages, ...(empty ? { problem: `nobody holds the role "${empty.role}" for this document in the base organisation file` } : {}) });
  }
  // Staleness: the reviewed commit must show the same blob as the head, per document.
  const current = new Map<string, boolean>();
  const headOids = new Map(changes.map((change) => [change.path, change.headOid]));
  const commits = [...new Set(reviews.map((review) => review.commit).filter((commit): commit is string => Boolean(commit)))];
  for (const commit of commits) {
    // A reviewed commit that is not here (force-pushed away) proves nothing about any version.
    if (!(await commitExists(repo, commit))) continue;
    for (const document of documents) {
      const oid = await blobAt(repo, commit, document.target.path);
      current.set(`${commit} ${document.target.path}`, oid === (headOids.get(document.target.path) ?? null));
    }
  }
  return { changes, documents, reviews, author, isCurrent: (path, commit) => (commit ? current.get(`${commit} ${path}`) === true : false) };
}
