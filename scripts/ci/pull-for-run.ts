import { appendFileSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { escapeLogLine } from './log-safe.ts';

/** The fields of a `workflow_run` event we trust: GitHub sets them, the pull request cannot. */
export interface RunEvent {
  workflow_run: { event: string; head_sha: string; head_branch: string | null; head_repository: { owner: { login: string } } | null };
  repository: { full_name: string; default_branch: string };
}

/** The fields of `GET /repos/{owner}/{repo}/pulls` items we read. */
export interface PullSummary {
  number: number;
  state: string;
  head: { sha: string };
  base: { ref: string; repo: { full_name: string } };
}

export type RunTarget = { number: number; headSha: string } | { skip: string };

const SHA = /^[0-9a-f]{40}$/;

/**
 * The pull request a `check` or `review` run was about, if the chain check may act on it: open, into
 * this repository's default branch (the protected one), and still at the head commit the run saw.
 * The head commit comes from the event payload, never from the pull request read now, so the chain
 * is evaluated for, and reported on, one commit.
 */
export function pullForRun(event: RunEvent, pulls: readonly PullSummary[]): RunTarget {
  const run = event.workflow_run;
  if (run.event !== 'pull_request' && run.event !== 'pull_request_review') return { skip: `the run was for a ${run.event} event, not a pull request` };
  if (!SHA.test(run.head_sha)) return { skip: `unexpected head commit "${run.head_sha}"` };
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const into = pulls.filter((pull) => pull.state === 'open' && pull.base.ref === event.repository.default_branch && same(pull.base.repo.full_name, event.repository.full_name));
  const pull = into.find((candidate) => candidate.head.sha === run.head_sha);
  if (pull) return { number: pull.number, headSha: run.head_sha };
  if (into.length > 0) return { skip: `pull request #${into[0]?.number} has moved on from ${run.head_sha.slice(0, 7)}; the run for its new head reports` };
  return { skip: `no open pull request from this branch into ${event.repository.default_branch}: the chain check acts only on pull requests into the default branch` };
}

/** Open pull requests from the run's head branch into the default branch (one page: GitHub allows one per head and base). */
async function openPulls(event: RunEvent, token: string, apiUrl: string): Promise<PullSummary[]> {
  const { head_branch: branch, head_repository: headRepo } = event.workflow_run;
  if (!branch || !headRepo) return [];
  const query = new URLSearchParams({ state: 'open', base: event.repository.default_branch, head: `${headRepo.owner.login}:${branch}`, per_page: '100' });
  const url = `${apiUrl}/repos/${event.repository.full_name}/pulls?${query}`;
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' } });
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status} ${response.statusText}`);
  return (await response.json()) as PullSummary[];
}

// In comment.yml: `node scripts/ci/pull-for-run.ts` with GITHUB_EVENT_PATH, GITHUB_TOKEN and GITHUB_OUTPUT.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const event = JSON.parse(readFileSync(process.env['GITHUB_EVENT_PATH'] ?? '', 'utf8')) as RunEvent;
  const target = pullForRun(event, await openPulls(event, process.env['GITHUB_TOKEN'] ?? '', process.env['GITHUB_API_URL'] ?? 'https://api.github.com'));
  if ('skip' in target) process.stdout.write(`::notice::${escapeLogLine(target.skip)}\n`);
  else appendFileSync(process.env['GITHUB_OUTPUT'] ?? '/dev/stdout', `number=${target.number}\nhead-sha=${target.headSha}\n`);
}
