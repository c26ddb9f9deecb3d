// Issue 10 attempts 5 and 6: ledger records are verified from Git history, and bind the reviewed version.
import fs, { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import git from 'isomorphic-git';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LEDGER_PATH, parseLedger } from '../../src/approvals/ledger.ts';
import { readProvenance } from '../../src/approvals/provenance.ts';
import { RECORD_COMMITTER } from '../../src/approvals/bot-identity.ts';
import { BUDGET, fixtureRepo, LOGIN, mergeApprovedBudget, review, writePayloads } from './helpers/approvals-repo.ts';
import { runPlan } from './helpers/run-plan.ts';

let repo: Awaited<ReturnType<typeof fixtureRepo>>;
beforeEach(async () => (repo = await fixtureRepo()));
afterEach(() => repo.cleanup());

const SALES_PLAN = 'content/2026/units/east/sales-plan.mdx';
const read = (file: string) => readFileSync(path.join(repo.dir, file), 'utf8');

/** A record no pull request made: PR #999, approvers who never reviewed. */
async function forgedLine() {
  const { oid } = await git.hashBlob({ object: readFileSync(path.join(repo.dir, SALES_PLAN)) });
  const stages = [
    { role: 'marketingVp', login: LOGIN.vp, name: '王海涛', at: '2026-01-11T09:00:00Z' },
    { role: 'gm', login: LOGIN.gm, name: '陈建国', at: '2026-01-11T10:00:00Z' },
  ];
  return `${JSON.stringify({ path: SALES_PLAN, oid, pr: 999, stages, mergedAt: '2026-01-11T11:00:00Z', mergeCommit: null })}\n`;
}

async function unverified() {
  const result = await runPlan(['--lang', 'en', 'check', '--content', 'content', '--as-of', '2026-01-20', '--format', 'json'], repo.dir);
  const report = JSON.parse(result.stdout) as { diagnostics: { rule: string; file: string; line: number; message: string }[] };
  return report.diagnostics.filter((diagnostic) => diagnostic.rule === 'unverified-approval').map((diagnostic) => `${diagnostic.file}:${diagnostic.line} ${diagnostic.message}`);
}

const forgedWarning = `${LEDGER_PATH}:2 Unexpected approval record for ${SALES_PLAN} (#999): not added by the recording workflow, so it counts for nothing`;

describe('attempt 5: ledger records count only when the recording workflow added them', () => {
  it('trusts a record the recorder committed alone, on the branch', async () => {
    await mergeApprovedBudget(repo);
    expect(await unverified()).toEqual([]);
    expect((await readProvenance({ dir: repo.dir })).get('2026/units/east/budget.mdx')?.approved.pr).toBe(12);
  });

  it('warns about a forged line a pull request added, and the portal ignores it', async () => {
    await mergeApprovedBudget(repo);
    await repo.commit('Add approvals', { [LEDGER_PATH]: read(LEDGER_PATH) + (await forgedLine()) });
    expect(await unverified()).toEqual([forgedWarning]);
    const provenance = await readProvenance({ dir: repo.dir });
    expect(provenance.has('2026/units/east/sales-plan.mdx')).toBe(false);
    expect(provenance.has('2026/units/east/budget.mdx')).toBe(true);
  });

  it('does not trust a commit that claims the recorder but also changes a document', async () => {
    await mergeApprovedBudget(repo);
    await repo.commit('Record approvals', { [LEDGER_PATH]: read(LEDGER_PATH) + (await forgedLine()), [BUDGET]: `${read(BUDGET)}\n追加2000万。\n` }, RECORD_COMMITTER);
    expect(await unverified()).toEqual([forgedWarning]);
  });

  it('does not trust a recorder-authored commit rebased by GitHub (committer web-flow)', async () => {
    await mergeApprovedBudget(repo);
    await repo.commit('Record approvals', { [LEDGER_PATH]: read(LEDGER_PATH) + (await forgedLine()) }, { ...RECORD_COMMITTER, committer: { name: 'GitHub', email: 'noreply@github.com' } });
    expect(await unverified()).toEqual([forgedWarning]);
  });

  it('does not trust a recorder commit that reached the branch through a merge (second parent)', async () => {
    await mergeApprovedBudget(repo);
    const main = await git.resolveRef({ fs, dir: repo.dir, ref: 'main' });
    // The pull request's branch: one commit that looks exactly like the recorder's.
    writeFileSync(path.join(repo.dir, LEDGER_PATH), read(LEDGER_PATH) + (await forgedLine()));
    await git.add({ fs, dir: repo.dir, filepath: LEDGER_PATH });
    const when = { timestamp: 1_768_100_000, timezoneOffset: 0 };
    const forged = await git.commit({ fs, dir: repo.dir, ref: 'refs/heads/pr', parent: [main], message: 'Record approvals', author: { ...RECORD_COMMITTER, ...when }, committer: { ...RECORD_COMMITTER, ...when } });
    const { commit } = await git.readCommit({ fs, dir: repo.dir, oid: forged });
    await git.commit({ fs, dir: repo.dir, ref: 'refs/heads/main', parent: [main, forged], tree: commit.tree, message: 'Merge pull request #30', author: { name: 'Planbook Test', email: 'test@example.com', ...when } });
    expect(await unverified()).toEqual([forgedWarning]);
  });
});

describe('a clone without the full history', () => {
  it('says once that records cannot be verified, instead of calling each forged', async () => {
    await mergeApprovedBudget(repo);
    await repo.commit('Add approvals', { [LEDGER_PATH]: read(LEDGER_PATH) + (await forgedLine()) });
    // A shallow clone ends at a commit whose parent is missing.
    rmSync(path.join(repo.dir, '.git', 'objects', repo.base.slice(0, 2), repo.base.slice(2)));
    expect(await unverified()).toEqual([`${LEDGER_PATH}:2 Unexpected incomplete Git history: 1 approval record cannot be verified, expected the full history of the branch`]);
  });
});

describe('attempt 6: the ledger binds the reviewed version, not the merged one', () => {
  it('records the reviewed blob and says when the merged version differs', async () => {
    const head = await repo.commit('Budget note', { [BUDGET]: `${read(BUDGET)}\n市场推广费用用于新品发布。\n` });
    const reviewed = (await git.readBlob({ fs, dir: repo.dir, oid: head, filepath: BUDGET })).oid;
    // An unapproved edit lands on the branch before the merge; the merge commit carries it.
    const merge = await repo.commit('Merge pull request #14', { [BUDGET]: `${read(BUDGET)}\n追加500万。\n` });
    const merged = (await git.readBlob({ fs, dir: repo.dir, oid: merge, filepath: BUDGET })).oid;
    const files = writePayloads(
      repo.dir,
      [review(LOGIN.vp, 'approved', head, '2026-01-11T09:00:00Z'), review(LOGIN.finance, 'approved', head, '2026-01-11T10:00:00Z'), review(LOGIN.gm, 'approved', head, '2026-01-11T11:00:00Z')],
      { number: 14, user: { login: LOGIN.manager }, base: { sha: repo.base }, head: { sha: head }, merged_at: '2026-01-11T12:00:00Z', merge_commit_sha: merge },
    );
    const result = await runPlan(['--lang', 'en', 'approvals', '--record', '--repo', repo.dir, '--reviews', files.reviews, '--pr', files.pr]);
    expect(result.stderr).toContain(`${BUDGET}: merged version differs from reviewed version (reviewed ${reviewed.slice(0, 7)}, merged ${merged.slice(0, 7)})`);
    const [record] = parseLedger(read(LEDGER_PATH));
    expect(record).toMatchObject({ path: BUDGET, oid: reviewed, mergedOid: merged });
    await repo.commit('Record approvals of #14', {}, RECORD_COMMITTER);
    expect((await readProvenance({ dir: repo.dir })).get('2026/units/east/budget.mdx')?.changedAfterApproval).toBe(true);
  });
});
