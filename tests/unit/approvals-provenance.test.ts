import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LEDGER_PATH, parseLedger } from '../../src/approvals/ledger.ts';
import { provenanceView } from '../../src/site/provenance-view.ts';
import { readProvenance } from '../../src/approvals/provenance.ts';
import { BUDGET, fixtureRepo, LOGIN, mergeApprovedBudget, review, writePayloads } from './helpers/approvals-repo.ts';
import { runPlan } from './helpers/run-plan.ts';

let repo: Awaited<ReturnType<typeof fixtureRepo>>;
beforeEach(async () => (repo = await fixtureRepo()));
afterEach(() => repo.cleanup());

describe('provenance: approvals recorded at merge, read back for the portal', () => {
  it('records the merged approvals bound to the blob id, and the portal shows the approvers', async () => {
    const { result } = await mergeApprovedBudget(repo);
    expect(result.stderr).toContain(`Appending 1 approval record for #12 to ${LEDGER_PATH}: ${BUDGET}`);
    const [record] = parseLedger(readFileSync(path.join(repo.dir, LEDGER_PATH), 'utf8'));
    expect(record).toMatchObject({ path: BUDGET, pr: 12, mergedAt: '2026-01-11T12:00:00Z', stages: [{ role: 'marketingVp', login: LOGIN.vp }, { role: 'finance', login: LOGIN.finance }, { role: 'gm', login: LOGIN.gm }] });

    const provenance = (await readProvenance({ dir: repo.dir, cache: {} })).get('2026/units/east/budget.mdx');
    expect(provenance?.changedAfterApproval).toBe(false);
    const view = provenanceView(provenance, 'zh-CN', undefined);
    expect(view.stateLabel).toBe('已批准');
    expect(view.stages.map((stage) => `${stage.role} ${stage.who} @${stage.login} ${stage.at}`)).toEqual([
      '营销副总 王海涛 @wanghaitao-ex 2026-01-11',
      '财务部 刘芳 @liufang-ex 2026-01-11',
      '总经理 陈建国 @chenjianguo-ex 2026-01-11',
    ]);
  });

  it('says "changed after approval" once the document is edited after its approved version', async () => {
    await mergeApprovedBudget(repo);
    const budget = readFileSync(path.join(repo.dir, BUDGET), 'utf8');
    await repo.commit('Unreviewed edit', { [BUDGET]: budget.replace('市场推广费用用于新品发布。', '市场推广费用改用于展会。') });
    const provenance = (await readProvenance({ dir: repo.dir })).get('2026/units/east/budget.mdx');
    expect(provenance?.changedAfterApproval).toBe(true);
    expect(provenanceView(provenance, 'zh-CN', undefined).stateLabel).toBe('批准后已修改');
    expect(provenanceView(provenance, 'en', undefined).stateLabel).toBe('changed after approval');
    expect(provenance?.approved.oid).not.toBe(provenance?.currentOid);
  });

  it('records nothing for a merged pull request whose chain was incomplete', async () => {
    const budget = readFileSync(path.join(repo.dir, BUDGET), 'utf8');
    const head = await repo.commit('Budget note', { [BUDGET]: `${budget}\n备注。\n` });
    const files = writePayloads(repo.dir, [review(LOGIN.vp, 'approved', head, '2026-01-11T09:00:00Z')], { number: 13, user: { login: LOGIN.manager }, base: { sha: repo.base }, head: { sha: head }, merged_at: '2026-01-11T12:00:00Z' });
    const result = await runPlan(['approvals', '--lang', 'en', '--record', '--repo', repo.dir, '--reviews', files.reviews, '--pr', files.pr]);
    expect(result.stderr).toContain(`No approved documents in #13: ${LEDGER_PATH} unchanged`);
    expect(await readProvenance({ dir: repo.dir })).toEqual(new Map());
  });
});
