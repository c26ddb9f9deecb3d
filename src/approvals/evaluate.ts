import type { Text } from '../core/messages.ts';
import { say } from './approval-messages.ts';
import type { ChainTarget, Role } from './chains.ts';
import type { Review } from './reviews.ts';
import { sameLogin, type Holder } from './roles.ts';

export interface Stage {
  role: Role;
  /** The role's Chinese label in the organisation (roleLabel in chains.ts): "营销副总", "事业部经理". */
  label: string;
  /** Who may approve this stage (after deputies and the author rule were applied). */
  holders: Holder[];
  /** Set when the usual holder is the author and the next level up stands in. */
  deputyFor?: Role;
}

export interface DocumentToApprove {
  target: ChainTarget;
  /** Everyone who wrote this change, by lower-case login → why ("authored commit 1a2b3c4"): none approves. */
  authors: ReadonlyMap<string, Text>;
  stages: Stage[];
  /** Why the chain cannot be evaluated (no organisation file for the year, unknown unit…). */
  problem?: Text;
}

export interface StageResult extends Stage {
  status: 'approved' | 'pending' | 'waiting';
  approvedBy?: { login: string; name: string; at: string; reviewId: number; commit: string | null };
  /** Approvals that exist but do not count, each with the reason a person needs to act on. */
  notes: Text[];
}

export interface DocumentResult {
  path: string;
  kind: string;
  approved: boolean;
  stages: StageResult[];
  problem?: Text;
  /** Everyone who wrote the change (lower-case login, and why they count): none of them approves this document. */
  authors: { login: string; why: Text }[];
  /** Approvals from people who hold no stage of this chain (in the base organisation). */
  ignored: Text[];
}

export interface EvaluationInput {
  documents: DocumentToApprove[];
  reviews: Review[];
  /** Whether `commit` shows the same version of `path` as the pull request's head. */
  isCurrent: (path: string, commit: string | null) => boolean;
}

interface Withdrawal {
  approval: Review;
  by: Review;
}

/** Each reviewer's standing approval: a later "changes requested" (or a dismissal) withdraws it. */
function standingApprovals(reviews: readonly Review[]) {
  const approvals = new Map<string, Review>();
  const withdrawn = new Map<string, Withdrawal>();
  for (const review of reviews) {
    const key = review.login.toLowerCase();
    if (review.state === 'APPROVED') {
      approvals.set(key, review);
      withdrawn.delete(key);
    } else if (review.state === 'CHANGES_REQUESTED' || review.state === 'DISMISSED') {
      const approval = approvals.get(key);
      if (approval) withdrawn.set(key, { approval, by: review });
      approvals.delete(key);
    }
  }
  return { approvals: [...approvals.values()].sort(submissionOrder), withdrawn };
}

/**
 * GitHub's order of submission: by time, and within one second (timestamps have no fractions) by
 * review id, which GitHub assigns in increasing order.
 */
const submissionOrder = (a: Pick<Review, 'at' | 'id'>, b: Pick<Review, 'at' | 'id'>) => a.at.localeCompare(b.at) || a.id - b.id;

const short = (commit: string | null) => (commit ? commit.slice(0, 7) : say('note.unknown-commit'));

/** Judges every changed document's chain against the reviews. Pure: all Git reads happen before. */
export function evaluateApprovals({ documents, reviews, isCurrent }: EvaluationInput): DocumentResult[] {
  const { approvals, withdrawn } = standingApprovals(reviews);
  return documents.map((document) => {
    const { target } = document;
    const results: StageResult[] = [];
    const used = new Set<string>();
    let previous: { at: string; id: number; label: string } | undefined;
    let blocked = Boolean(document.problem);
    for (const stage of document.stages) {
      const result: StageResult = { ...stage, status: blocked ? 'waiting' : 'pending', notes: [] };
      const { label } = stage;
      const holds = (login: string) => stage.holders.find((holder) => sameLogin(holder.login, login));
      for (const approval of approvals) {
        const holder = holds(approval.login);
        if (!holder) continue;
        const login = approval.login;
        const wrote = document.authors.get(login.toLowerCase());
        if (wrote) result.notes.push(say('note.author', { login, why: wrote }));
        else if (used.has(login.toLowerCase())) result.notes.push(say('note.used', { login }));
        else if (!isCurrent(target.path, approval.commit)) result.notes.push(say('note.stale', { login, commit: short(approval.commit) }));
        else if (blocked) result.notes.push(say('note.blocked', { login, label }));
        else if (previous && submissionOrder(approval, previous) < 0) {
          const when = approval.at === previous.at ? say('note.same-second', { id: approval.id, previousId: previous.id }) : '';
          result.notes.push(say('note.out-of-order', { login, at: approval.at, previous: previous.label, previousAt: previous.at, when }));
        } else if (result.status !== 'approved') {
          result.status = 'approved';
          result.approvedBy = { login: approval.login, name: holder.name, at: approval.at, reviewId: approval.id, commit: approval.commit };
        }
      }
      if (stage.holders.length > 0 && stage.holders.every((holder) => document.authors.has(holder.login.toLowerCase()))) {
        result.notes.push(say('note.all-authors', { label }));
      }
      for (const holder of stage.holders) {
        const withdrawal = withdrawn.get(holder.login.toLowerCase());
        if (withdrawal) result.notes.push(say('note.withdrawn', { login: withdrawal.approval.login, at: withdrawal.approval.at, by: withdrawal.by.at }));
      }
      if (result.approvedBy) {
        used.add(result.approvedBy.login.toLowerCase());
        previous = { at: result.approvedBy.at, id: result.approvedBy.reviewId, label: stage.label };
      } else blocked = true;
      results.push(result);
    }
    const holdsAny = (login: string) => document.stages.some((stage) => stage.holders.some((holder) => sameLogin(holder.login, login)));
    const ignored = approvals.filter((approval) => !holdsAny(approval.login)).map((approval) => say('note.ignored', { login: approval.login }));
    return {
      ignored,
      authors: [...document.authors].map(([login, why]) => ({ login, why })),
      path: target.path,
      kind: target.kind,
      approved: !document.problem && results.every((stage) => stage.status === 'approved'),
      stages: results,
      ...(document.problem ? { problem: document.problem } : {}),
    };
  });
}
