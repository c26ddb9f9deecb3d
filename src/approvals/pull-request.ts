import { say } from './approval-messages.ts';
import { changeAuthors } from './authors.ts';
import { chainTarget, roleLabel, type ChainTarget } from './chains.ts';
import type { DocumentToApprove, EvaluationInput, Stage } from './evaluate.ts';
import { blobAt, changedFiles, commitExists, type FileChange, type GitRepo } from './git.ts';
import { orgFor, orgsAt } from './orgs-at.ts';
import type { Review } from './reviews.ts';
import { DEPUTY, holdersOf } from './roles.ts';
import { orgIndex } from '../model/org-index.ts';
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

/**
 * The stages of one document, with approvers from the base organisation. `authors` are the logins
 * of everyone who wrote the change (one login, or none, for a document's declared author).
 */
export function stagesFor(target: ChainTarget, org: Org, authors: string | Iterable<string>): Stage[] {
  const wrote = new Set([...(typeof authors === 'string' ? [authors] : authors)].map((login) => login.toLowerCase()));
  return target.chain.map((role) => {
    const holders = holdersOf(org, role, target);
    const deputy = DEPUTY[role];
    // Nobody approves their own change; when every holder wrote it, the next level up does.
    if (deputy && holders.length > 0 && holders.every((holder) => wrote.has(holder.login.toLowerCase()))) {
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
export async function gatherPullRequest(
  repo: GitRepo,
  { base, head, author, reviews, contentDir = 'content', rolesAt = base }: PullRequestInput,
): Promise<EvaluationInput & { changes: FileChange[]; unmatchedAuthors: string[] }> {
  const changes = await changedFiles(repo, base, head);
  const { orgs, problems } = await orgsAt(repo, rolesAt, contentDir);
  const authors = await changeAuthors(repo, { base, head, opener: author, orgs: orgs.values() });
  const documents: DocumentToApprove[] = [];
  for (const change of changes) {
    const target = chainTarget(change.path, contentDir);
    const org = orgFor(orgs, target.year);
    if (!org) {
      const broken = [...problems.entries()].map(([path, reason]) => `${path}: ${reason}`).join('; ');
      documents.push({ target, authors: authors.logins, stages: target.chain.map((role) => ({ role, label: roleLabel(role, undefined), holders: [] })), problem: say('problem.no-org', { broken: broken ? ` (${broken})` : '' }) });
      continue;
    }
    // A person's document is theirs: they never approve a change to it, whoever wrote it.
    const owner = target.person ? orgIndex(org).people.get(target.person)?.login.toLowerCase() : undefined;
    const wrote = owner && !authors.logins.has(owner) ? new Map([...authors.logins, [owner, say('why.owner')]]) : authors.logins;
    const stages = stagesFor(target, org, wrote.keys());
    const empty = stages.find((stage) => stage.holders.length === 0);
    documents.push({ target, authors: wrote, stages, ...(empty ? { problem: say('problem.no-holder', { role: empty.role }) } : {}) });
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
  return { changes, documents, reviews, unmatchedAuthors: authors.unmatched, isCurrent: (path, commit) => (commit ? current.get(`${commit} ${path}`) === true : false) };
}
