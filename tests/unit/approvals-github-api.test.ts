// `plan approvals --github` against a local mock of the GitHub REST API (127.0.0.1, port 0):
// pagination by Link headers, and issue 10 attempt 7 (check then use: one head is evaluated).
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUDGET, fixtureRepo, LOGIN, review } from './helpers/approvals-repo.ts';
import { runPlan } from './helpers/run-plan.ts';

let repo: Awaited<ReturnType<typeof fixtureRepo>>;
let server: Server;
let api: string;
let routes: Map<string, { body: unknown; link?: string }>;
const requests: { url: string; auth: string | undefined }[] = [];
const GITHUB_KEYS = ['GITHUB_TOKEN', 'GITHUB_REPOSITORY', 'GITHUB_API_URL'] as const;
const saved = Object.fromEntries(GITHUB_KEYS.map((key) => [key, process.env[key]]));

beforeEach(async () => {
  repo = await fixtureRepo();
  routes = new Map();
  requests.length = 0;
  server = createServer((request, response) => {
    requests.push({ url: request.url ?? '', auth: request.headers.authorization });
    const route = routes.get(request.url ?? '');
    if (!route) {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json', ...(route.link ? { link: route.link } : {}) }).end(JSON.stringify(route.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  Object.assign(process.env, { GITHUB_TOKEN: 'test-token', GITHUB_REPOSITORY: 'example/plan', GITHUB_API_URL: api });
});
afterEach(async () => {
  // Only the variables this file set, and on process.env itself: replacing the object would also
  // put back whatever another file had set when this one loaded.
  for (const key of GITHUB_KEYS) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
  await new Promise((resolve) => server.close(resolve));
  repo.cleanup();
});

/** The budget PR #21 on the mock: reviews split over two pages; the API's head may differ from the evaluated one. */
async function budgetPullRequest(reviews: (head: string) => unknown[], { headMoves = false } = {}) {
  const budget = readFileSync(path.join(repo.dir, BUDGET), 'utf8');
  const head = await repo.commit('Budget note', { [BUDGET]: `${budget}\n备注。\n` });
  const later = headMoves ? await repo.commit('Unreviewed raise', { [BUDGET]: `${budget}\n追加500万。\n` }) : head;
  routes.set('/repos/example/plan/pulls/21', { body: { number: 21, user: { login: LOGIN.manager }, base: { sha: repo.base }, head: { sha: later }, merged_at: null, merge_commit_sha: null } });
  const all = reviews(head);
  routes.set('/repos/example/plan/pulls/21/reviews?per_page=100', { body: all.slice(0, 2), link: `<${api}/repos/example/plan/pulls/21/reviews?per_page=100&page=2>; rel="next", <${api}/repos/example/plan/pulls/21/reviews?per_page=100&page=2>; rel="last"` });
  routes.set('/repos/example/plan/pulls/21/reviews?per_page=100&page=2', { body: all.slice(2) });
  return { head, later, run: (...args: string[]) => runPlan(['approvals', '--lang', 'en', '--github', '--pr-number', '21', '--repo', repo.dir, ...args]) };
}

const chain = (head: string) => [
  review(LOGIN.vp, 'approved', head, '2026-01-11T09:00:00Z'),
  review(LOGIN.finance, 'approved', head, '2026-01-11T10:00:00Z'),
  review(LOGIN.gm, 'approved', head, '2026-01-11T11:00:00Z'),
];

describe('plan approvals --github (mock API on 127.0.0.1)', () => {
  it('follows Link pagination: the GM approval on page 2 completes the chain', async () => {
    const pr = await budgetPullRequest(chain);
    const result = await pr.run('--head', pr.head);
    expect(result.stdout).toContain('✔ 总经理 GM: approved by 陈建国 @chenjianguo-ex');
    expect(requests.map((request) => request.url)).toContain('/repos/example/plan/pulls/21/reviews?per_page=100&page=2');
    expect(requests.every((request) => request.auth === 'Bearer test-token')).toBe(true);
    expect(result.code).toBe(0);
  });

  it('attempt 7: evaluates the head it was given even when the API now shows another, and says so', async () => {
    const pr = await budgetPullRequest(chain, { headMoves: true });
    const result = await pr.run('--head', pr.head);
    expect(result.stdout).toContain(`Evaluated head ${pr.head}`);
    expect(result.stderr).toContain(`The pull request's head is now ${pr.later}; this result is for ${pr.head}`);
    // Judged at the later head the approvals would be stale; at the evaluated head they hold.
    expect(result.code).toBe(0);
    const later = await pr.run('--head', pr.later);
    expect(later.stdout).toContain('the document changed since, so the approval is stale');
    expect(later.code).toBe(1);
  });

  it('refuses --github without the full head commit to evaluate', async () => {
    await budgetPullRequest(chain);
    const result = await runPlan(['approvals', '--lang', 'en', '--github', '--pr-number', '21', '--repo', repo.dir, '--lang', 'en']);
    expect(result.stderr).toContain('Unexpected --head "", expected the 40-character head commit the workflow fetched');
    expect(result.code).toBe(2);
  });

  it('names the API call that failed, never the token', async () => {
    const pr = await budgetPullRequest(chain);
    routes.delete('/repos/example/plan/pulls/21/reviews?per_page=100&page=2');
    const result = await pr.run('--head', pr.head);
    expect(result.stderr).toContain(`GET ${api}/repos/example/plan/pulls/21/reviews?per_page=100&page=2 answered 404`);
    expect(result.stderr).not.toContain('test-token');
    expect(result.code).toBe(2);
  });
});

describe('pagination links', () => {
  it('never sends the token to another host named by a Link header', async () => {
    const pr = await budgetPullRequest(chain);
    routes.set('/repos/example/plan/pulls/21/reviews?per_page=100', { body: [], link: '<http://attacker.example/steal?page=2>; rel="next"' });
    const result = await pr.run('--head', pr.head);
    expect(result.stderr).toContain(`Unexpected pagination link to http://attacker.example, expected ${api}`);
    expect(result.code).toBe(2);
  });
});
