import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureRepo, LOGIN, review, writePayloads } from './helpers/approvals-repo.ts';
import { runPlan } from './helpers/run-plan.ts';

const BUDGET = 'content/2026/units/east/budget.mdx';
let repo: Awaited<ReturnType<typeof fixtureRepo>>;
let budget: string;

beforeEach(async () => {
  repo = await fixtureRepo();
  budget = readFileSync(path.join(repo.dir, BUDGET), 'utf8');
});
afterEach(() => repo.cleanup());

/** A pull request that changes the east budget's narrative, by `author`, judged on `reviews`. */
async function budgetPullRequest(author: string, reviews: (head: string) => unknown[], extra: Record<string, string> = {}) {
  const head = await repo.commit('Budget: explain the promotion line', { [BUDGET]: `${budget}\n市场推广费用用于华东新产品发布会。\n`, ...extra });
  const files = writePayloads(repo.dir, reviews(head), { number: 7, user: { login: author }, base: { sha: repo.base }, head: { sha: head } });
  const inDefaultLanguage = (...args: string[]) => runPlan(['approvals', '--repo', repo.dir, '--reviews', files.reviews, '--pr', files.pr, ...args]);
  return { head, inDefaultLanguage, run: (...args: string[]) => inDefaultLanguage('--lang', 'en', ...args) };
}

describe('plan approvals in the reader\'s language: Chinese by default, English with --lang en', () => {
  it('says the text report and the pull-request comment in Chinese, with the same files, people and exit code', async () => {
    const pr = await budgetPullRequest(LOGIN.manager, (head) => [
      review(LOGIN.vp, 'approved', head, '2026-01-11T09:00:00Z'),
      review(LOGIN.gm, 'approved', head, '2026-01-11T10:00:00Z'),
      review(LOGIN.finance, 'approved', head, '2026-01-11T11:00:00Z'),
    ]);
    const text = await pr.inDefaultLanguage();
    expect(text.stdout).toContain(`已评估 head ${pr.head}`);
    expect(text.stdout).toContain('✔ 营销副总：已批准，审批人 王海涛 @wanghaitao-ex，时间 2026-01-11T09:00:00Z');
    expect(text.stdout).toContain('✖ 总经理：待审批，需要 陈建国 @chenjianguo-ex 批准');
    expect(text.stdout).toContain('@chenjianguo-ex 于 2026-01-11T10:00:00Z 批准，早于 财务部 的批准时间 2026-01-11T11:00:00Z；审批环节须依次进行，请重新批准');
    expect(text.stdout).toContain('✖ 1 个变更文件中仍有 1 个待审批');
    expect(text.stdout).not.toMatch(/approved by|needs approval|changed files/);
    expect(text.code).toBe(1);

    const comment = (await pr.inDefaultLanguage('--format', 'markdown')).stdout;
    expect(comment).toContain('### 审批链\n\n✖ 1 个变更文件中仍有 1 个待审批');
    expect(comment).toContain('| 文件 | 审批环节 | 状态 |');
    expect(comment).toContain(`| \`${BUDGET}\` | 营销副总 | ✔ 营销副总：已批准，审批人 王海涛 @wanghaitao-ex，时间 2026-01-11T09:00:00Z |`);

    const english = (await pr.run('--format', 'markdown')).stdout;
    expect(english).toContain('### Approval chains\n\n✖ 1 of 1 changed files still need approval');
    expect(english).toContain(`| \`${BUDGET}\` | 营销副总 | ✔ 营销副总 marketing VP: approved by 王海涛 @wanghaitao-ex at 2026-01-11T09:00:00Z |`);
  });

  it('explains a chain in Chinese: the stages, who may approve and who may not', async () => {
    const pr = await budgetPullRequest(LOGIN.vp, () => []);
    const explained = (await pr.inDefaultLanguage('--explain')).stdout;
    expect(explained).toContain('    审批链：营销副总 → 财务部 → 总经理\n');
    expect(explained).toContain('    ✖ 营销副总：可审批：无人\n        不能是 @wanghaitao-ex：编写了此变更');
    expect(explained).toContain('    … 总经理：前面的审批环节完成后，可审批：陈建国 @chenjianguo-ex');
    expect(explained).toContain('    编写者：@wanghaitao-ex（是此拉取请求的作者）');
  });

  it('keeps JSON in English whatever the language, so scripts read one text', async () => {
    const pr = await budgetPullRequest(LOGIN.finance, (head) => [review(LOGIN.finance, 'approved', head, '2026-01-11T10:00:00Z')]);
    const zh = JSON.parse((await pr.inDefaultLanguage('--format', 'json')).stdout) as { documents: { authors: { why: string }[]; stages: { notes: string[] }[] }[] };
    expect(zh.documents[0]?.authors[0]?.why).toBe('is the author of this pull request');
    expect(zh.documents[0]?.stages[1]?.notes).toEqual([
      '@liufang-ex is the author of this pull request and cannot approve it',
      'everyone who may approve 财务部 wrote this change; declare a stand-in (people[].deputy in org.yaml)',
    ]);
    expect((await pr.run('--format', 'json')).stdout).toBe((await pr.inDefaultLanguage('--format', 'json')).stdout);
  });
});

describe('plan approvals: the budget chain 营销副总 → 财务部 → 总经理', () => {
  it('passes when VP, then finance, then GM approve the head commit', async () => {
    const pr = await budgetPullRequest(LOGIN.manager, (head) => [
      review(LOGIN.vp, 'approved', head, '2026-01-11T09:00:00Z'),
      review(LOGIN.finance, 'approved', head, '2026-01-11T10:00:00Z'),
      review(LOGIN.gm, 'approved', head, '2026-01-11T11:00:00Z'),
    ]);
    const result = await pr.run();
    expect(result.stdout).toContain(`✔ ${BUDGET}  [budget]`);
    expect(result.stdout).toContain('✔ 营销副总 marketing VP: approved by 王海涛 @wanghaitao-ex at 2026-01-11T09:00:00Z');
    expect(result.stdout).toContain('✔ 财务部 finance: approved by 刘芳 @liufang-ex at 2026-01-11T10:00:00Z');
    expect(result.stdout).toContain('✔ 总经理 GM: approved by 陈建国 @chenjianguo-ex at 2026-01-11T11:00:00Z');
    expect(result.stdout).toContain('✔ all 1 changed files approved');
    expect(result.code).toBe(0);
  });

  it('fails when the GM approves before finance: stages count in order', async () => {
    const pr = await budgetPullRequest(LOGIN.manager, (head) => [
      review(LOGIN.vp, 'approved', head, '2026-01-11T09:00:00Z'),
      review(LOGIN.gm, 'approved', head, '2026-01-11T10:00:00Z'),
      review(LOGIN.finance, 'approved', head, '2026-01-11T11:00:00Z'),
    ]);
    const result = await pr.run();
    expect(result.stdout).toContain('✖ 总经理 GM: needs approval from 陈建国 @chenjianguo-ex');
    expect(result.stdout).toContain('@chenjianguo-ex approved at 2026-01-11T10:00:00Z, before 财务部 approved at 2026-01-11T11:00:00Z; stages go in order, approve again');
    expect(result.code).toBe(1);
  });

  it('does not let the author approve their own stage', async () => {
    const pr = await budgetPullRequest(LOGIN.finance, (head) => [
      review(LOGIN.vp, 'approved', head, '2026-01-11T09:00:00Z'),
      review(LOGIN.finance, 'approved', head, '2026-01-11T10:00:00Z'),
      review(LOGIN.gm, 'approved', head, '2026-01-11T11:00:00Z'),
    ]);
    const result = await pr.run();
    expect(result.stdout).toContain('✖ 财务部 finance: needs approval from nobody (刘芳 @liufang-ex wrote this change)');
    expect(result.stdout).toContain('@liufang-ex is the author of this pull request and cannot approve it');
    expect(result.stdout).toContain('… 总经理 GM: waiting for the stages before, then 陈建国 @chenjianguo-ex');
    expect(result.code).toBe(1);
  });

  it('makes an approval stale when the document changes after the reviewed commit', async () => {
    const first = await repo.commit('Budget: first draft of the note', { [BUDGET]: `${budget}\n初稿。\n` });
    const pr = await budgetPullRequest(LOGIN.manager, () => [
      review(LOGIN.vp, 'approved', first, '2026-01-11T09:00:00Z'),
      review(LOGIN.finance, 'approved', first, '2026-01-11T10:00:00Z'),
      review(LOGIN.gm, 'approved', first, '2026-01-11T11:00:00Z'),
    ]);
    const result = await pr.run();
    expect(result.stdout).toContain(`@wanghaitao-ex approved ${first.slice(0, 7)}; the document changed since, so the approval is stale`);
    expect(result.stdout).toContain('✖ 1 of 1 changed files still need approval');
    expect(result.code).toBe(1);
  });

  it('keeps an approval of an older commit when this document did not change since', async () => {
    const pr = await budgetPullRequest(LOGIN.manager, (head) => [
      review(LOGIN.vp, 'approved', head, '2026-01-11T09:00:00Z'),
      review(LOGIN.finance, 'approved', head, '2026-01-11T10:00:00Z'),
      review(LOGIN.gm, 'approved', head, '2026-01-11T11:00:00Z'),
    ]);
    // A later push that touches only the market research: the budget approvals still stand.
    const later = await repo.commit('Market research: typo', { 'content/2026/market-research.mdx': `${readFileSync(path.join(repo.dir, 'content/2026/market-research.mdx'), 'utf8')}\n` });
    const result = await pr.run('--head', later);
    expect(result.stdout).toContain(`✔ ${BUDGET}  [budget]`);
    expect(result.stdout).toContain('✖ content/2026/market-research.mdx  [market-research]');
  });

  it('withdraws an approval when the same reviewer later requests changes', async () => {
    const pr = await budgetPullRequest(LOGIN.manager, (head) => [
      review(LOGIN.vp, 'approved', head, '2026-01-11T09:00:00Z'),
      review(LOGIN.finance, 'approved', head, '2026-01-11T10:00:00Z'),
      review(LOGIN.gm, 'approved', head, '2026-01-11T11:00:00Z'),
      review(LOGIN.vp, 'changes_requested', head, '2026-01-11T12:00:00Z'),
    ]);
    const result = await pr.run();
    expect(result.stdout).toContain('@wanghaitao-ex approved at 2026-01-11T09:00:00Z, then requested changes at 2026-01-11T12:00:00Z: approval withdrawn');
    expect(result.code).toBe(1);
  });

  it('judges a pull request that makes its author finance by the base branch organisation', async () => {
    const org = readFileSync(path.join(repo.dir, 'content/2026/org.yaml'), 'utf8');
    const grabbed = org.replace('  finance:\n    - liu-fang\n', '  finance:\n    - zhang-wei\n    - li-na\n');
    expect(grabbed).not.toBe(org);
    const pr = await budgetPullRequest(
      LOGIN.zhangWei,
      (head) => [
        review(LOGIN.vp, 'approved', head, '2026-01-11T09:00:00Z'),
        review(LOGIN.liNa, 'approved', head, '2026-01-11T10:00:00Z'),
        review(LOGIN.gm, 'approved', head, '2026-01-11T11:00:00Z'),
      ],
      { 'content/2026/org.yaml': grabbed },
    );
    const result = await pr.run('--format', 'json');
    const report = JSON.parse(result.stdout) as { approved: boolean; documents: { path: string; approved: boolean; stages: { role: string; status: string; holders: { login: string }[] }[] }[] };
    const budgetResult = report.documents.find((document) => document.path === BUDGET);
    expect(budgetResult?.stages[1]).toMatchObject({ role: 'finance', status: 'pending', holders: [{ login: LOGIN.finance }] });
    expect(report.documents.find((document) => document.path === 'content/2026/org.yaml')?.approved).toBe(true);
    expect(report.approved).toBe(false);
    expect((await pr.run()).stdout).toContain('@lina-ex approved but holds no role in this chain (base branch organisation)');
    expect(result.code).toBe(1);
  });

  it('lets the marketing VP approve a person plan its unit manager wrote', async () => {
    const plan = 'content/2026/people/zhang-wei/plan.mdx';
    const text = readFileSync(path.join(repo.dir, plan), 'utf8');
    const head = await repo.commit('Plan note', { [plan]: `${text}\n备注。\n` });
    const files = writePayloads(repo.dir, [review(LOGIN.manager, 'approved', head, '2026-01-11T09:00:00Z'), review(LOGIN.vp, 'approved', head, '2026-01-11T10:00:00Z')]);
    const result = await runPlan(['approvals', '--lang', 'en', '--repo', repo.dir, '--reviews', files.reviews, '--author', LOGIN.manager, '--base', repo.base, '--head', head]);
    expect(result.stdout).toContain('✔ 营销副总 marketing VP (for unit manager, who is the author): approved by 王海涛 @wanghaitao-ex');
    expect(result.code).toBe(0);
  });
});

describe('plan approvals: mistakes in how it is called', () => {
  it('names an unknown base ref and exits 2 without a stack trace, in the reader’s language', async () => {
    const files = writePayloads(repo.dir, []);
    const args = ['approvals', '--repo', repo.dir, '--reviews', files.reviews, '--author', LOGIN.manager, '--base', 'no-such-branch', '--head', 'main'];
    const chinese = await runPlan(args);
    expect(chinese.stderr).toContain(`plan approvals: 引用 "no-such-branch" 无效：仓库 ${repo.dir} 中没有这个名字的分支、标签或提交`);
    expect(chinese.stderr).not.toMatch(/\n\s+at /);
    expect(chinese.code).toBe(2);
    const english = await runPlan([...args, '--lang', 'en']);
    expect(english.stderr).toContain('Unexpected ref "no-such-branch": no branch, tag or commit of that name');
    expect(english.code).toBe(2);
    const explain = await runPlan(['approvals', '--explain', '--repo', repo.dir, '--base', 'main~99']);
    expect(explain.stderr).toMatch(/引用 "main~99" 无效：[0-9a-f]{7} 没有这样的父提交/);
    expect(explain.code).toBe(2);
  });

  it('names the review and field of a malformed reviews file, in the reader’s language', async () => {
    const files = writePayloads(repo.dir, [{ id: 1, user: { login: LOGIN.vp }, state: 'APPROVED', submitted_at: '2026-01-11T09:00:00Z' }]);
    const args = ['approvals', '--repo', repo.dir, '--reviews', files.reviews, '--author', LOGIN.manager, '--base', 'main', '--head', 'main'];
    const english = await runPlan([...args, '--lang', 'en']);
    expect(english.stderr).toContain('review [0] field "commit_id": Missing field "commit_id"');
    expect(english.code).toBe(2);
    const chinese = await runPlan(args);
    expect(chinese.stderr).toContain('评审 [0] 的字段 "commit_id"：缺少字段 "commit_id"');
    expect(chinese.code).toBe(2);
  });

  it('names a reviews file that is a folder in the reader’s language, not in Node’s English', async () => {
    const args = ['approvals', '--repo', repo.dir, '--reviews', repo.dir, '--author', LOGIN.manager, '--base', 'main', '--head', 'main'];
    const chinese = await runPlan(args);
    expect(chinese.stderr).toContain(`plan approvals: 无法读取评审文件 "${repo.dir}"：这是一个目录；应为 GET /repos/{owner}/{repo}/pulls/{n}/reviews 返回的 JSON`);
    expect(chinese.stderr).not.toContain('EISDIR: illegal operation');
    expect(chinese.code).toBe(2);
    const english = await runPlan([...args, '--lang', 'en']);
    expect(english.stderr).toContain(`cannot read the reviews file "${repo.dir}": it is a folder; expected the JSON of GET /repos/{owner}/{repo}/pulls/{n}/reviews`);
    expect(english.code).toBe(2);
  });
});
