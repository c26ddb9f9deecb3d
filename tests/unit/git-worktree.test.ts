// A checkout made with `git worktree add` has a `.git` FILE and a per-worktree gitdir holding only
// HEAD and the index; objects and refs are in the common gitdir its `commondir` names. Every Git read
// must give the same answers there as in the main checkout (on a branch and on a detached HEAD).
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import git from 'isomorphic-git';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEDGER_PATH } from '../../src/approvals/ledger.ts';
import { readProvenance } from '../../src/approvals/provenance.ts';
import { findGitLocation } from '../../src/core/git-dir.ts';
import { gitState } from '../../src/edit/git-state.ts';
import { BUDGET, fixtureRepo, LOGIN, mergeApprovedBudget, writePayloads } from './helpers/approvals-repo.ts';
import { runPlan } from './helpers/run-plan.ts';

let repo: Awaited<ReturnType<typeof fixtureRepo>>;
let worktrees: string;
const checkout = { onBranch: '', detached: '' };

const gitCli = (...args: string[]) => execFileSync('git', ['-C', repo.dir, ...args], { stdio: 'pipe' });

beforeAll(async () => {
  repo = await fixtureRepo();
  await mergeApprovedBudget(repo);
  // Ledger-based rules must have something to say: a record no workflow added (unverified-approval)
  // and an approved budget edited after its recorded approval (status-contradicts-ledger).
  const sales = 'content/2026/units/east/sales-plan.mdx';
  const { oid } = await git.hashBlob({ object: readFileSync(path.join(repo.dir, sales)) });
  const forged = JSON.stringify({ path: sales, oid, pr: 999, stages: [{ role: 'gm', login: LOGIN.gm, name: '陈建国', at: '2026-01-12T10:00:00Z' }], mergedAt: '2026-01-12T11:00:00Z', mergeCommit: null });
  await repo.commit('Forged record; budget edited after approval', {
    [LEDGER_PATH]: `${readFileSync(path.join(repo.dir, LEDGER_PATH), 'utf8')}${forged}\n`,
    [BUDGET]: `${readFileSync(path.join(repo.dir, BUDGET), 'utf8')}\n预算执行情况按月更新。\n`,
  });
  worktrees = mkdtempSync(path.join(tmpdir(), 'planbook-worktrees-'));
  checkout.onBranch = path.join(worktrees, 'on-branch');
  checkout.detached = path.join(worktrees, 'detached');
  gitCli('worktree', 'add', '-b', 'feature', checkout.onBranch, 'main');
  gitCli('worktree', 'add', '--detach', checkout.detached, 'main');
});

afterAll(() => {
  repo.cleanup();
  rmSync(worktrees, { recursive: true, force: true });
});

const check = (cwd: string) => runPlan(['--lang', 'en', 'check', '--content', 'content', '--as-of', '2026-01-20', '--format', 'json'], cwd);

describe('plan check in a linked worktree', () => {
  it('the worktrees are linked ones: a .git file and a per-worktree gitdir apart from the common one', () => {
    for (const dir of Object.values(checkout)) {
      expect(readFileSync(path.join(dir, '.git'), 'utf8')).toMatch(/^gitdir: /);
      const location = findGitLocation(path.join(dir, 'content'));
      expect(location?.dir).toBe(dir);
      expect(location?.commonDir).toBe(path.join(repo.dir, '.git'));
      expect(location?.gitdir).not.toBe(location?.commonDir);
    }
  });

  it('gives exactly the main checkout’s diagnostics, ledger-based rules included, on a branch and on a detached HEAD', async () => {
    const main = await check(repo.dir);
    expect(main.code).toBe(0);
    const rules = (JSON.parse(main.stdout) as { diagnostics: { rule: string }[] }).diagnostics.map((diagnostic) => diagnostic.rule);
    expect(rules).toEqual(expect.arrayContaining(['unverified-approval', 'status-contradicts-ledger']));
    for (const dir of Object.values(checkout)) {
      const there = await check(dir);
      expect(there.stderr).toBe(main.stderr);
      expect({ code: there.code, report: JSON.parse(there.stdout) as unknown }).toEqual({ code: main.code, report: JSON.parse(main.stdout) as unknown });
    }
  });

  it('reads the same approval provenance (what the portal shows) as the main checkout', async () => {
    const expected = (await readProvenance({ dir: repo.dir })).get('2026/units/east/budget.mdx');
    expect(expected?.approved.pr).toBe(12);
    expect(expected?.changedAfterApproval).toBe(true);
    for (const dir of Object.values(checkout)) expect((await readProvenance({ dir })).get('2026/units/east/budget.mdx')).toEqual(expected);
  });

  it('plan approvals resolves HEAD of the worktree, not of the main checkout', async () => {
    const feature = await repo.commit('Main moves on', { 'content/notes.txt': 'x\n' });
    try {
      const files = writePayloads(checkout.onBranch, []);
      const result = await runPlan(['approvals', '--reviews', files.reviews, '--author', LOGIN.manager, '--base', 'main', '--head', 'HEAD', '--format', 'json'], checkout.onBranch);
      expect(result.stderr).toBe('');
      expect((JSON.parse(result.stdout) as { head: string }).head).toBe(gitCli('rev-parse', 'feature').toString().trim());
      expect((JSON.parse(result.stdout) as { head: string }).head).not.toBe(feature);
    } finally {
      gitCli('reset', '--hard', 'HEAD~1');
    }
  });
});

describe('plan version in a linked worktree', () => {
  it('names the worktree’s HEAD and writes the tag where every checkout sees it (the common refs)', async () => {
    gitCli('config', 'user.name', 'Planbook Test');
    gitCli('config', 'user.email', 'test@example.com');
    const result = await runPlan(['version', 'tag', 'FY2026-worktree', '--message', 'from a worktree'], checkout.detached);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const listed = await runPlan(['version', 'list', '--format', 'json'], repo.dir);
    const versions = (JSON.parse(listed.stdout) as { versions: { name: string; commit: string; message: string }[] }).versions;
    expect(versions.find((version) => version.name === 'FY2026-worktree')).toMatchObject({ commit: gitCli('rev-parse', 'main').toString().trim(), message: 'from a worktree' });
    expect(gitCli('tag', '--list').toString().trim()).toBe('FY2026-worktree');
  });
});

describe('the dirty-file guard in a linked worktree', () => {
  it('reads the worktree’s own index: clean, modified and untracked files as Git sees them', async () => {
    for (const dir of Object.values(checkout)) {
      const budget = path.join(dir, BUDGET);
      expect(await gitState(budget)).toBe('clean');
      appendFileSync(budget, '\n');
      expect(await gitState(budget)).toBe('modified');
      writeFileSync(path.join(dir, 'content', 'new.md'), 'x\n');
      expect(await gitState(path.join(dir, 'content', 'new.md'))).toBe('untracked');
      execFileSync('git', ['-C', dir, 'checkout', '--', BUDGET]);
      rmSync(path.join(dir, 'content', 'new.md'));
    }
  });
});

describe('a worktree whose gitdir is gone', () => {
  it('plan check says so in one line, no internal error', async () => {
    const dir = path.join(worktrees, 'moved');
    gitCli('worktree', 'add', '--detach', dir, 'main');
    writeFileSync(path.join(dir, '.git'), `gitdir: ${path.join(worktrees, 'nowhere')}\n`);
    const result = await check(dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([`plan check: ${path.join(dir, '.git')} points to the Git directory ${path.join(worktrees, 'nowhere')}, which does not exist (a moved worktree or a removed repository? git worktree repair fixes a moved one)`]);
  });
});
