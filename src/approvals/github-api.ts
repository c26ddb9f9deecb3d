import type { PullRequest, PullRequestReview } from './reviews.ts';
import { PlanbookError } from '../core/errors.ts';
import { say } from './approval-messages.ts';

/** A GitHub API call failed; the message says which and why, never the token. */
export class GithubApiError extends PlanbookError {
  readonly exitCode = 2;
  readonly code = 'github-api';
}

interface Target {
  /** `owner/name`, as in GITHUB_REPOSITORY. */
  repository: string;
  pr: number;
  token: string;
  apiUrl?: string;
}

async function get<T>(url: string, token: string): Promise<{ body: T; next?: string }> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' } });
  if (!response.ok) throw new GithubApiError(say('error.api-status', { url, status: `${response.status} ${response.statusText}` }));
  const next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
  return { body: (await response.json()) as T, ...(next ? { next } : {}) };
}

const base = ({ repository, pr, apiUrl = 'https://api.github.com' }: Target) => {
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository)) throw new GithubApiError(say('error.api-repository', { repository }));
  return `${apiUrl}/repos/${repository}/pulls/${pr}`;
};

/** The pull request, for its author, base, head and merge commit. */
export async function fetchPullRequest(target: Target): Promise<PullRequest> {
  return (await get<PullRequest>(base(target), target.token)).body;
}

/** Every review of the pull request, following pagination. */
export async function fetchReviews(target: Target): Promise<PullRequestReview[]> {
  const reviews: PullRequestReview[] = [];
  let url: string | undefined = `${base(target)}/reviews?per_page=100`;
  const origin = new URL(url).origin;
  while (url) {
    const page: { body: PullRequestReview[]; next?: string } = await get<PullRequestReview[]>(url, target.token);
    if (!Array.isArray(page.body)) throw new GithubApiError(say('error.api-not-reviews', { url }));
    reviews.push(...page.body);
    // The token goes with every request: follow pagination only on the API's own host.
    if (page.next && new URL(page.next).origin !== origin) throw new GithubApiError(say('error.api-pagination', { origin: new URL(page.next).origin, expected: origin }));
    url = page.next;
  }
  return reviews;
}
