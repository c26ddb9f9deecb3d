import type { components } from '@octokit/openapi-types';
import { z } from 'zod';
import { PlanbookError } from '../core/errors.ts';
import { readableIssues } from '../core/zod-issues.ts';
import { say } from './approval-messages.ts';

/** One item of `GET /repos/{owner}/{repo}/pulls/{n}/reviews`. */
export type PullRequestReview = components['schemas']['pull-request-review'];
/** `GET /repos/{owner}/{repo}/pulls/{n}`. */
export type PullRequest = components['schemas']['pull-request'];

/** A review reduced to what the chain check needs. */
export interface Review {
  id: number;
  login: string;
  /** APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED, PENDING. */
  state: string;
  /** ISO date-time the review was submitted. */
  at: string;
  /** The commit the reviewer saw; null when GitHub no longer has it. */
  commit: string | null;
}

// Only the fields we read, checked: review files come from the API or from a workflow artifact,
// and either may be malformed. Webhook payloads spell states in lower case, the REST API in upper.
const reviewShape = z.object({
  id: z.union([z.number(), z.bigint()]),
  user: z.object({ login: z.string().min(1), type: z.string().optional() }).nullable(),
  state: z.string().min(1),
  submitted_at: z.string().optional().nullable(),
  commit_id: z.string().nullable(),
});

/** A review file could not be read: the message names the item and the field. */
export class ReviewsError extends PlanbookError {
  readonly exitCode = 2;
  readonly code = 'reviews';
}

/** Validates a reviews payload and returns the reviews in the order they were submitted. */
export function parseReviews(json: unknown, source = 'reviews'): Review[] {
  if (!Array.isArray(json)) throw new ReviewsError(say('error.reviews-shape', { source, endpoint: 'GET /repos/{owner}/{repo}/pulls/{n}/reviews' }));
  const reviews: Review[] = [];
  json.forEach((item: unknown, index) => {
    const parsed = reviewShape.safeParse(item);
    if (!parsed.success) {
      const [issue] = readableIssues(parsed.error.issues, item, reviewShape);
      throw new ReviewsError(say('error.review-field', { source, index, field: issue?.path.join('.') ?? '', problem: issue?.message ?? '' }));
    }
    const { id, user, state, submitted_at: at, commit_id: commit } = parsed.data;
    // Pending reviews have no submission time and no effect yet; a deleted account (user: null, shown
    // as "ghost") and a bot are nobody the organisation names, so neither approves nor withdraws.
    if (!user || !at || user.type === 'Bot') return;
    reviews.push({ id: Number(id), login: user.login, state: state.toUpperCase(), at, commit });
  });
  return reviews.sort((a, b) => a.at.localeCompare(b.at) || a.id - b.id);
}
