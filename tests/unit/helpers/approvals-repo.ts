import fs, { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import webhooks from '@octokit/webhooks-examples';
import git from 'isomorphic-git';
import { RECORD_COMMITTER } from '../../../src/approvals/bot-identity.ts';
import { ROOT, runPlan } from './run-plan.ts';

/** Fixed commit dates, one hour apart, so commit ids (and so the tests) are reproducible. */
const START = Date.parse('2026-01-10T01:00:00Z') / 1000;

/** Who makes a commit: name and e-mail, and optionally a different committer (GitHub's web-flow, a rebase). */
export interface CommitBy {
  name: string;
  email: string;
  committer?: { name: string; email: string };
}

const TESTER: CommitBy = { name: 'Planbook Test', email: 'test@example.com' };

/**
 * A real Git repository in a temp folder, starting with the minimal fixture as content/, or with
 * `from` (folders relative to the project root, copied to the same place, e.g. content/2026).
 */
export async function fixtureRepo(from: readonly string[] = []) {
  const dir = mkdtempSync(path.join(tmpdir(), 'planbook-git-'));
  if (from.length === 0) cpSync(path.join(ROOT, 'tests/fixtures/minimal'), path.join(dir, 'content'), { recursive: true });
  for (const folder of from) cpSync(path.join(ROOT, folder), path.join(dir, folder), { recursive: true });
  await git.init({ fs, dir, defaultBranch: 'main' });
  let tick = 0;
  const commit = async (message: string, files: Record<string, string | null> = {}, by: CommitBy = TESTER) => {
    for (const [file, text] of Object.entries(files)) {
      const full = path.join(dir, file);
      if (text === null) {
        rmSync(full);
        await git.remove({ fs, dir, filepath: file });
      } else {
        mkdirSync(path.dirname(full), { recursive: true });
        writeFileSync(full, text);
      }
    }
    for (const file of listAll(dir)) await git.add({ fs, dir, filepath: file });
    const timestamp = START + 3600 * tick++;
    const when = { timestamp, timezoneOffset: -480 };
    return git.commit({ fs, dir, message, author: { name: by.name, email: by.email, ...when }, committer: { ...(by.committer ?? by), ...when } });
  };
  const base = await commit('FY2026 minimal plan');
  return { dir, base, commit, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function listAll(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !path.relative(dir, entry.parentPath).split(path.sep).includes('.git'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** A real review object from GitHub's webhook examples, re-stamped: who, what, which commit, when. */
const template = (webhooks.find((definition) => definition.name === 'pull_request_review')?.examples[0] as unknown as { review: Record<string, unknown> }).review;
let nextId = 1000;
export function review(login: string, state: 'approved' | 'changes_requested' | 'commented', commit: string, at: string) {
  return { ...structuredClone(template), id: nextId++, user: { ...(template['user'] as object), login }, state, commit_id: commit, submitted_at: at };
}

/** The reviews file and pull request file `plan approvals` reads, written into the repo's parent folder. */
export function writePayloads(dir: string, reviews: unknown[], pr: Record<string, unknown> = {}) {
  const files = { reviews: path.join(dir, '..', `${path.basename(dir)}-reviews.json`), pr: path.join(dir, '..', `${path.basename(dir)}-pr.json`) };
  writeFileSync(files.reviews, JSON.stringify(reviews));
  writeFileSync(files.pr, JSON.stringify(pr));
  return files;
}

/** Logins of the minimal fixture's organisation. */
export const LOGIN = { gm: 'chenjianguo-ex', vp: 'wanghaitao-ex', finance: 'liufang-ex', manager: 'zhouzhiqiang-ex', zhangWei: 'zhangwei-ex', liNa: 'lina-ex' } as const;

export const BUDGET = 'content/2026/units/east/budget.mdx';

/**
 * Pull request #12 changes the east budget; VP, finance and GM approve; it merges and is recorded
 * by `plan approvals --record`, the code path the merge workflow runs, which commits the ledger as
 * the recorder.
 */
export async function mergeApprovedBudget(repo: Awaited<ReturnType<typeof fixtureRepo>>) {
  const budget = readFileSync(path.join(repo.dir, BUDGET), 'utf8');
  const head = await repo.commit('Budget note', { [BUDGET]: `${budget}\n市场推广费用用于新品发布。\n` });
  const files = writePayloads(
    repo.dir,
    [review(LOGIN.vp, 'approved', head, '2026-01-11T09:00:00Z'), review(LOGIN.finance, 'approved', head, '2026-01-11T10:00:00Z'), review(LOGIN.gm, 'approved', head, '2026-01-11T11:00:00Z')],
    { number: 12, user: { login: LOGIN.manager }, base: { sha: repo.base }, head: { sha: head }, merged_at: '2026-01-11T12:00:00Z', merge_commit_sha: head },
  );
  const result = await runPlan(['approvals', '--lang', 'en', '--record', '--repo', repo.dir, '--reviews', files.reviews, '--pr', files.pr]);
  await repo.commit('Record approvals of #12', {}, RECORD_COMMITTER);
  return { result, head };
}
