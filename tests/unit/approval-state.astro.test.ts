// Issue 9, item 4: one approval state per document, from the ledger; `status:` is the author's claim
// and a claim of approved the ledger contradicts is one `check` warning and one flag on the page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ApprovalBadge from '../../src/components/ApprovalBadge.astro';
import { documentApproval } from '../../src/approvals/approval-state.ts';
import { checkContent } from '../../src/rules/check.ts';
import { BUDGET, fixtureRepo, mergeApprovedBudget } from './helpers/approvals-repo.ts';
import { minimalWith } from './helpers/fixture-edits.ts';
import { ROOT } from './helpers/run-plan.ts';

let repo: Awaited<ReturnType<typeof fixtureRepo>>;
beforeEach(async () => (repo = await fixtureRepo()));
afterEach(() => repo.cleanup());

const contradictions = async (dir: string, cwd: string) =>
  (await checkContent(dir, { asOf: '2026-01-20', cwd })).diagnostics
    .filter((d) => d.rule === 'status-contradicts-ledger')
    .map((d) => `${path.relative(dir, path.resolve(cwd, d.file))}:${d.line} ${d.message.en}`);

describe('status-contradicts-ledger', () => {
  it('flags approved claims the ledger never recorded, and not the recorded budget or a report in review', async () => {
    await mergeApprovedBudget(repo);
    const found = await contradictions(path.join(repo.dir, 'content'), repo.dir);
    expect(found).toContain('2026/units/east/sales-plan.mdx:6 Unexpected status "approved": the approval ledger has no approval of this file');
    expect(found.some((line) => line.startsWith('2026/units/east/budget.mdx'))).toBe(false);
    expect(found.some((line) => line.includes('01.report.mdx'))).toBe(false);
  });

  it('flags a budget edited after its approval while it still says approved', async () => {
    await mergeApprovedBudget(repo);
    const budget = readFileSync(path.join(repo.dir, BUDGET), 'utf8');
    await repo.commit('Unreviewed edit', { [BUDGET]: budget.replace('市场推广费用用于新品发布。', '市场推广费用改用于展会。') });
    const found = await contradictions(path.join(repo.dir, 'content'), repo.dir);
    const budgetLines = found.filter((line) => line.startsWith('2026/units/east/budget.mdx'));
    expect(budgetLines).toHaveLength(1);
    expect(budgetLines[0]).toMatch(/^2026\/units\/east\/budget\.mdx:6 Unexpected status "approved": the file changed after its last recorded approval \(#12, version [0-9a-f]{7}\)$/);
  });

  it('judges nothing where no ledger exists (a copy of the content without history)', async () => {
    const dir = minimalWith();
    expect(await contradictions(dir, path.dirname(dir))).toEqual([]);
  });

  it('on the demo, only 李娜’s October report: it says approved and changed after approval', async () => {
    const found = await contradictions(path.join(ROOT, 'content'), ROOT);
    expect(found).toEqual(['2026/people/li-na/10.report.mdx:6 Unexpected status "approved": the file changed after its last recorded approval (#266, version ac58567)']);
  });
});

describe('documentApproval', () => {
  it('derives the state from the ledger and names the contradiction of an approved claim', () => {
    expect(documentApproval('approved', undefined)).toEqual({ state: 'none', claim: 'approved', contradiction: 'never-approved' });
    expect(documentApproval('review', undefined)).toEqual({ state: 'none', claim: 'review' });
  });
});

describe('a list badge without a ledger record', () => {
  it('marks an approved status as the author’s claim', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(ApprovalBadge, { props: { provenance: undefined, lang: 'zh-CN', org: undefined, status: 'approved' } });
    expect(html.replace(/<[^>]+>/g, '').trim()).toBe('已批准（作者标注）');
  });
});
