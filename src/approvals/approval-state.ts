import type { Provenance } from './provenance.ts';

/**
 * Where a document stands by the approval ledger, the one approval state pages and `plan check` use:
 * approved (the current content is the last approved version), changed (approved once, edited
 * since) or none (no recorded approval).
 */
export type ApprovalState = 'approved' | 'changed' | 'none';

/** How the author's `status:` disagrees with the ledger, when it claims `approved`. */
export type ClaimContradiction = 'changed-after-approval' | 'never-approved';

export interface DocumentApproval {
  state: ApprovalState;
  /** The document's `status:` field: the author's claim, shown as such. */
  claim: string;
  /** Set when the claim says approved and the ledger does not. */
  contradiction?: ClaimContradiction;
}

/**
 * The approval state of one document from its ledger provenance (undefined: no record), and whether
 * its author's `status:` contradicts it. Only a claim of `approved` can contradict: draft and review
 * say nothing the ledger could disprove.
 */
export function documentApproval(claim: string, provenance: Provenance | undefined): DocumentApproval {
  const state: ApprovalState = !provenance ? 'none' : provenance.changedAfterApproval ? 'changed' : 'approved';
  if (claim !== 'approved' || state === 'approved') return { state, claim };
  return { state, claim, contradiction: state === 'changed' ? 'changed-after-approval' : 'never-approved' };
}
