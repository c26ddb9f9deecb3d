// Issue 10's failing attempts against the chain, each with its right outcome. Numbers in the test
// names are the ("attempt 1" = the engine is not governed).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUDGET, fixtureRepo, LOGIN, review, writePayloads, type CommitBy } from './helpers/approvals-repo.ts';
import { runPlan } from './helpers/run-plan.ts';

let repo: Awaited<ReturnType<typeof fixtureRepo>>;
beforeEach(async () => (repo = await fixtureRepo()));
afterEach(() => repo.cleanup());

const read = (file: string) => readFileSync(path.join(repo.dir, file), 'utf8');
const noreply = (login: string, name: string): CommitBy => ({ name, email: `${login}@users.noreply.github.com` });

/** A pull request from `base` (default: the fixture's first commit) opened by `opener`, one commit by `by`. */
async function pullRequest(opener: string, files: Record<string, string>, reviews: (head: string) => unknown[], { by, base = repo.base, message = 'Change' }: { by?: CommitBy; base?: string; message?: string } = {}) {
  const head = await repo.commit(message, files, by);
  const payloads = writePayloads(repo.dir, reviews(head), { number: 21, user: { login: opener }, base: { sha: base }, head: { sha: head } });
  return { head, run: (...args: string[]) => runPlan(['approvals', '--lang', 'en', '--repo', repo.dir, '--reviews', payloads.reviews, '--pr', payloads.pr, ...args]) };
}

describe('attempt 1: the engine and everything outside content/ is governed', () => {
  for (const file of ['src/approvals/evaluate.ts', 'package.json', 'scripts/commands/approvals.ts', '.github/approvals.jsonl']) {
    it(`a change to ${file} alone needs the GM or an administrator`, async () => {
      const pr = await pullRequest(LOGIN.manager, { [file]: 'export const approved = true;\n' }, () => []);
      const result = await pr.run();
      expect(result.stdout).toContain(`✖ ${file}  [repository]`);
      expect(result.stdout).toContain('✖ 总经理或管理员 GM or administrator: needs approval from 陈建国 @chenjianguo-ex');
      expect(result.stdout).not.toContain('No files changed');
      expect(result.code).toBe(1);
    });
  }

  it('passes once the GM approves the code change', async () => {
    const pr = await pullRequest(LOGIN.manager, { 'package.json': '{"scripts":{"plan":"echo ok"}}\n' }, (head) => [review(LOGIN.gm, 'approved', head, '2026-01-11T09:00:00Z')]);
    const result = await pr.run();
    expect(result.stdout).toContain('✔ 总经理或管理员 GM or administrator: approved by 陈建国 @chenjianguo-ex');
    expect(result.code).toBe(0);
  });
});

describe('attempt 2: everyone who wrote the change is an author', () => {
  it('the marketing VP committed the budget change a colleague opened: the VP cannot approve it', async () => {
    const pr = await pullRequest(LOGIN.manager, { [BUDGET]: `${read(BUDGET)}\n预算追加500万。\n` }, (head) => [
      review(LOGIN.vp, 'approved', head, '2026-01-11T09:00:00Z'),
      review(LOGIN.finance, 'approved', head, '2026-01-11T10:00:00Z'),
      review(LOGIN.gm, 'approved', head, '2026-01-11T11:00:00Z'),
    ], { by: noreply(LOGIN.vp, '王海涛') });
    const result = await pr.run();
    expect(result.stdout).toContain(`@wanghaitao-ex authored commit ${pr.head.slice(0, 7)} and cannot approve it`);
    expect(result.stdout).toContain('✖ 营销副总 marketing VP: needs approval from nobody (王海涛 @wanghaitao-ex wrote this change)');
    expect(result.code).toBe(1);
  });

  it('a Co-authored-by trailer makes finance an author, matched by the e-mail org.yaml declares', async () => {
    const org = read('content/2026/org.yaml').replace('    login: liufang-ex\n', '    login: liufang-ex\n    emails:\n      - liu.fang@example.com\n');
    const base = await repo.commit('Declare finance e-mail', { 'content/2026/org.yaml': org });
    const pr = await pullRequest(LOGIN.manager, { [BUDGET]: `${read(BUDGET)}\n备注。\n` }, (head) => [
      review(LOGIN.vp, 'approved', head, '2026-01-11T09:00:00Z'),
      review(LOGIN.finance, 'approved', head, '2026-01-11T10:00:00Z'),
      review(LOGIN.gm, 'approved', head, '2026-01-11T11:00:00Z'),
    ], { base, message: 'Budget note\n\nCo-authored-by: 刘芳 <Liu.Fang@example.com>\n' });
    const result = await pr.run('--base', base);
    expect(result.stdout).toContain(`@liufang-ex co-authored commit ${pr.head.slice(0, 7)} and cannot approve it`);
    expect(result.code).toBe(1);
  });

  it('a unit manager cannot approve his own annual plan opened by someone else: the VP stands in', async () => {
    const plan = 'content/2026/people/zhou-zhiqiang/plan.mdx';
    const text = read('content/2026/people/zhang-wei/plan.mdx').replace('person: zhang-wei', 'person: zhou-zhiqiang');
    const pr = await pullRequest(LOGIN.liNa, { [plan]: text }, (head) => [review(LOGIN.manager, 'approved', head, '2026-01-11T09:00:00Z')]);
    const result = await pr.run();
    expect(result.stdout).toContain('✖ 营销副总 marketing VP (for unit manager, who is the author): needs approval from 王海涛 @wanghaitao-ex');
    expect(result.stdout).toContain('@zhouzhiqiang-ex approved but holds no role in this chain');
    expect(result.code).toBe(1);
  });

  it("a cut the manager committed to a subordinate's plan, opened by the subordinate: the VP stands in", async () => {
    const plan = 'content/2026/people/zhang-wei/plan.mdx';
    const pr = await pullRequest(LOGIN.zhangWei, { [plan]: `${read(plan)}\n调整。\n` }, (head) => [
      review(LOGIN.manager, 'approved', head, '2026-01-11T09:00:00Z'),
      review(LOGIN.vp, 'approved', head, '2026-01-11T10:00:00Z'),
    ], { by: noreply(LOGIN.manager, '周志强') });
    const result = await pr.run();
    expect(result.stdout).toContain('✔ 营销副总 marketing VP (for unit manager, who is the author): approved by 王海涛 @wanghaitao-ex');
    expect(result.code).toBe(0);
  });

  it("a declared stand-in (people[].deputy) approves for finance when finance wrote the change", async () => {
    const org = read('content/2026/org.yaml')
      .replace('    login: liufang-ex\n', '    login: liufang-ex\n    deputy: sun-li\n')
      .replace('people:\n', 'people:\n  - id: sun-li\n    name: 孙丽\n    title: 财务主管\n    login: sunli-ex\n');
    const base = await repo.commit('Finance stand-in', { 'content/2026/org.yaml': org });
    const pr = await pullRequest(LOGIN.finance, { [BUDGET]: `${read(BUDGET)}\n备注。\n` }, (head) => [
      review(LOGIN.vp, 'approved', head, '2026-01-11T09:00:00Z'),
      review('sunli-ex', 'approved', head, '2026-01-11T10:00:00Z'),
      review(LOGIN.gm, 'approved', head, '2026-01-11T11:00:00Z'),
    ], { base });
    const result = await pr.run('--base', base);
    expect(result.stdout).toContain('✔ 财务部 finance: approved by 孙丽 @sunli-ex');
    expect(result.code).toBe(0);
  });

  it('says when every holder of a stage wrote the change and nobody stands in', async () => {
    const pr = await pullRequest(LOGIN.finance, { [BUDGET]: `${read(BUDGET)}\n备注。\n` }, () => []);
    const result = await pr.run();
    expect(result.stdout).toContain('everyone who may approve 财务部 wrote this change; declare a stand-in (people[].deputy in org.yaml)');
    expect(result.code).toBe(1);
  });
});

describe('attempt 9 and GitHub review semantics', () => {
  it('same-second reviews count in review-id order: the GM first (lowest id) does not pass', async () => {
    const at = '2026-01-11T09:00:00Z';
    const pr = await pullRequest(LOGIN.manager, { [BUDGET]: `${read(BUDGET)}\n备注。\n` }, (head) => [review(LOGIN.gm, 'approved', head, at), review(LOGIN.vp, 'approved', head, at), review(LOGIN.finance, 'approved', head, at)]);
    const result = await pr.run();
    expect(result.stdout).toMatch(/@chenjianguo-ex approved at 2026-01-11T09:00:00Z, before 财务部 approved at 2026-01-11T09:00:00Z in the same second, review \d+ before \d+; stages go in order, approve again/);
    expect(result.code).toBe(1);
  });

  it('compares logins case-insensitively, and ignores deleted accounts, bots and comments after an approval', async () => {
    const pr = await pullRequest(LOGIN.manager, { [BUDGET]: `${read(BUDGET)}\n备注。\n` }, (head) => [
      review('WangHaiTao-EX', 'approved', head, '2026-01-11T09:00:00Z'),
      { ...review('ghost', 'approved', head, '2026-01-11T09:30:00Z'), user: null },
      { ...review('dependabot[bot]', 'changes_requested', head, '2026-01-11T10:15:00Z'), user: { login: 'liufang-ex', type: 'Bot' } },
      review(LOGIN.finance, 'approved', head, '2026-01-11T10:00:00Z'),
      review(LOGIN.finance, 'commented', head, '2026-01-11T10:30:00Z'),
      review(LOGIN.gm, 'approved', head, '2026-01-11T11:00:00Z'),
    ]);
    const result = await pr.run();
    expect(result.stdout).toContain('✔ 营销副总 marketing VP: approved by 王海涛 @WangHaiTao-EX');
    expect(result.stdout).toContain('✔ 财务部 finance: approved by 刘芳 @liufang-ex');
    expect(result.code).toBe(0);
  });
});

describe('dismissed reviews', () => {
  it('a dismissed approval (GitHub turns its state to DISMISSED) does not count', async () => {
    const pr = await pullRequest(LOGIN.manager, { [BUDGET]: `${read(BUDGET)}\n备注。\n` }, (head) => [
      { ...review(LOGIN.vp, 'approved', head, '2026-01-11T09:00:00Z'), state: 'DISMISSED' },
      review(LOGIN.finance, 'approved', head, '2026-01-11T10:00:00Z'),
      review(LOGIN.gm, 'approved', head, '2026-01-11T11:00:00Z'),
    ]);
    const result = await pr.run();
    expect(result.stdout).toContain('✖ 营销副总 marketing VP: needs approval from 王海涛 @wanghaitao-ex');
    expect(result.code).toBe(1);
  });
});

describe('attempt 10: control characters in file names', () => {
  it('escapes a carriage return in a changed file name in text, Markdown and workflow-command output', async () => {
    const evil = 'docs/a\r::error::forged\n.txt';
    const pr = await pullRequest(LOGIN.manager, { [evil]: 'x\n' }, () => []);
    for (const format of ['text', 'markdown', 'github']) {
      const { stdout } = await pr.run('--format', format);
      expect(stdout, format).not.toMatch(/\r|\n::error::forged/);
    }
    expect((await pr.run()).stdout).toContain('✖ docs/a\\r::error::forged\\n.txt  [repository]');
  });
});

describe('commit identities in the pull request comment', () => {
  it('quotes an unknown commit identity as code, so a crafted name is no image, link or mention', async () => {
    const pr = await pullRequest(LOGIN.manager, { 'docs/x.md': 'x\n' }, () => [], { by: { name: '![x](https://evil.example/a.png) @everyone', email: 'x@example.com' } });
    const { stdout } = await pr.run('--format', 'markdown');
    expect(stdout).toContain('`![x](https://evil.example/a.png) @everyone <x@example.com>`');
  });
});

describe('attempt 7: one head is evaluated and named', () => {
  it('states the head commit it evaluated', async () => {
    const pr = await pullRequest(LOGIN.manager, { [BUDGET]: `${read(BUDGET)}\n备注。\n` }, () => []);
    expect((await pr.run()).stdout).toContain(`Evaluated head ${pr.head} (merge base ${repo.base})`);
  });
});

describe('plan approvals --explain', () => {
  it('lists each changed file, its chain, the stages done and who may approve the rest, offline', async () => {
    const head = await repo.commit('Budget note', { [BUDGET]: `${read(BUDGET)}\n备注。\n` }, noreply(LOGIN.vp, '王海涛'));
    const payloads = writePayloads(repo.dir, [review(LOGIN.finance, 'approved', head, '2026-01-11T09:00:00Z')]);
    const result = await runPlan(['approvals', '--lang', 'en', '--explain', '--repo', repo.dir, '--base', repo.base, '--head', head, '--reviews', payloads.reviews]);
    expect(result.stdout).toContain(`${BUDGET}  [budget]\n    chain: 营销副总 → 财务部 → 总经理 (marketing VP → finance → GM)`);
    expect(result.stdout).toContain(`    written by: @wanghaitao-ex (authored commit ${head.slice(0, 7)})`);
    expect(result.stdout).toContain('    ✖ 营销副总 marketing VP: may approve: nobody\n        not @wanghaitao-ex: wrote this change');
    expect(result.stdout).toContain('    … 总经理 GM: after the stages before, may approve: 陈建国 @chenjianguo-ex');
    expect(result.code).toBe(1);
  });

  it('needs no reviews file and defaults the head to HEAD', async () => {
    await repo.commit('Org note', { 'content/2026/org.yaml': `${read('content/2026/org.yaml')}# note\n` });
    const result = await runPlan(['approvals', '--lang', 'en', '--explain', '--repo', repo.dir, '--base', repo.base]);
    expect(result.stdout).toContain('    ✖ 总经理或管理员 GM or administrator: may approve: 陈建国 @chenjianguo-ex');
  });
});
