import fs, { readFileSync } from 'node:fs';
import path from 'node:path';
import git from 'isomorphic-git';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RECORD_COMMITTER } from '../../src/approvals/bot-identity.ts';
import { LEDGER_PATH, parseLedger } from '../../src/approvals/ledger.ts';
import { readProvenance } from '../../src/approvals/provenance.ts';
import { BUDGET, fixtureRepo, LOGIN, review, writePayloads } from './helpers/approvals-repo.ts';
import { runPlan } from './helpers/run-plan.ts';

let repo: Awaited<ReturnType<typeof fixtureRepo>>;
beforeEach(async () => (repo = await fixtureRepo()));
afterEach(() => repo.cleanup());

const blob = async (commit: string) => (await git.readBlob({ fs, dir: repo.dir, oid: commit, filepath: BUDGET })).oid;

/** Pull request #12: the budget gains a note at `head`, VP, finance and GM approve `head`, and it merges as `merge`. */
async function record(mergeEdit: (text: string) => string) {
  const budget = readFileSync(path.join(repo.dir, BUDGET), 'utf8');
  const head = await repo.commit('Budget note', { [BUDGET]: `${budget}\n市场推广费用用于新品发布。\n` });
  const reviews = [review(LOGIN.vp, 'approved', head, '2026-01-11T09:00:00Z'), review(LOGIN.finance, 'approved', head, '2026-01-11T10:00:00Z'), review(LOGIN.gm, 'approved', head, '2026-01-11T11:00:00Z')];
  const merge = await repo.commit('Merge pull request #12', { [BUDGET]: mergeEdit(readFileSync(path.join(repo.dir, BUDGET), 'utf8')) });
  const files = writePayloads(repo.dir, reviews, { number: 12, user: { login: LOGIN.manager }, base: { sha: repo.base }, head: { sha: head }, merged_at: '2026-01-11T12:00:00Z', merge_commit_sha: merge });
  const result = await runPlan(['approvals', '--lang', 'en', '--record', '--repo', repo.dir, '--reviews', files.reviews, '--pr', files.pr]);
  return { head, merge, result, records: parseLedger(readFileSync(path.join(repo.dir, LEDGER_PATH), 'utf8')) };
}

describe('attempt 6: the ledger binds the reviewed version, not the merged one', () => {
  it('binds the record to the blob the approvers reviewed and notes the different merged blob', async () => {
    const { head, merge, result, records } = await record((text) => text.replace('市场推广费用用于新品发布。', '市场推广费用改用于展会。'));
    expect(records).toHaveLength(1);
    expect(records[0]?.oid).toBe(await blob(head));
    expect(records[0]?.mergedOid).toBe(await blob(merge));
    expect(result.stderr).toContain(`${BUDGET}: merged version differs from reviewed version`);
    // The work tree (the merged version) is not the approved one: the portal says so.
    await repo.commit('Record approvals of #12', {}, RECORD_COMMITTER);
    expect((await readProvenance({ dir: repo.dir })).get('2026/units/east/budget.mdx')?.changedAfterApproval).toBe(true);
  });

  it('writes no merged blob when the merge carries exactly the reviewed version', async () => {
    const { head, result, records } = await record((text) => text);
    expect(records[0]?.oid).toBe(await blob(head));
    expect(records[0]).not.toHaveProperty('mergedOid');
    expect(result.stderr).not.toContain('merged version differs');
  });
});
