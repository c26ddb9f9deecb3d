import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/i18n/index.ts';
import { loadContent } from '../../src/model/load.ts';
import { documentChain } from '../../src/site/document-chain.ts';
import { approvalHistoryHtml } from '../../src/site/document-section.ts';
import { siteProvenance } from '../../src/site/provenance.ts';
import { buildSiteModel } from '../../src/site/site-model.ts';
import { BUDGET, fixtureRepo, mergeApprovedBudget } from './helpers/approvals-repo.ts';
import { ROOT } from './helpers/run-plan.ts';

let repo: Awaited<ReturnType<typeof fixtureRepo>>;
beforeEach(async () => (repo = await fixtureRepo()));
afterEach(() => repo.cleanup());

/** The approval section of a document page, as the portal renders it for this content folder, in words. */
async function approvalSection(contentDir: string, documentPath: string, lang: Lang): Promise<string> {
  const site = buildSiteModel(await loadContent(contentDir), '2026-01-20', await siteProvenance(contentDir));
  const document = site.byPath.get(documentPath);
  if (!document) throw new Error(`no ${documentPath}`);
  const org = site.years[0]?.content.org?.data;
  const chain = documentChain(document, org, lang);
  const html = approvalHistoryHtml({ provenance: site.provenance.get(documentPath), lang, org, chain });
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
}

describe('document page: approval provenance from Git', () => {
  it('after a recorded merge shows who approved the budget, each stage, and the pull request', async () => {
    await mergeApprovedBudget(repo);
    const zh = await approvalSection(path.join(repo.dir, 'content'), '2026/units/east/budget.mdx', 'zh-CN');
    expect(zh).toContain('✓ 已批准');
    expect(zh).toContain('合并请求 #12 · 合并于 2026-01-11');
    expect(zh).toContain('营销副总 王海涛 @wanghaitao-ex 2026-01-11 财务部 刘芳 @liufang-ex 2026-01-11 总经理 陈建国 @chenjianguo-ex 2026-01-11');
    expect(zh).not.toContain('批准后已修改');
    const en = await approvalSection(path.join(repo.dir, 'content'), '2026/units/east/budget.mdx', 'en');
    expect(en).toContain('Marketing VP 王海涛 @wanghaitao-ex 2026-01-11 Finance 刘芳 @liufang-ex 2026-01-11 General manager 陈建国 @chenjianguo-ex 2026-01-11');
  });

  it('flags "changed after approval" once the file is edited and committed after the merge', async () => {
    await mergeApprovedBudget(repo);
    const budget = readFileSync(path.join(repo.dir, BUDGET), 'utf8');
    await repo.commit('Unreviewed edit', { [BUDGET]: budget.replace('市场推广费用用于新品发布。', '市场推广费用改用于展会。') });
    const zh = await approvalSection(path.join(repo.dir, 'content'), '2026/units/east/budget.mdx', 'zh-CN');
    expect(zh).toContain('⚠ 批准后已修改');
    expect(zh).toContain('当前内容与最后批准的版本不同，需重新审批。');
    // Still says who approved the earlier version.
    expect(zh).toContain('总经理 陈建国 @chenjianguo-ex');
    expect(await approvalSection(path.join(repo.dir, 'content'), '2026/units/east/budget.mdx', 'en')).toContain('⚠ changed after approval');
  });

  it('a document without a record shows the chain it needs and that no approval is recorded', async () => {
    await mergeApprovedBudget(repo);
    const zh = await approvalSection(path.join(repo.dir, 'content'), '2026/units/east/sales-plan.mdx', 'zh-CN');
    expect(zh).toContain('尚无审批记录');
    expect(zh).toContain('审批流程 营销副总 : 王海涛 总经理 : 陈建国');
    expect(zh).not.toContain('已批准');
  });

  it('content outside any Git checkout builds with no provenance instead of failing', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'planbook-nogit-'));
    try {
      cpSync(path.join(ROOT, 'tests/fixtures/minimal'), path.join(outside, 'content'), { recursive: true });
      expect(await siteProvenance(path.join(outside, 'content'))).toEqual(new Map());
      expect(await approvalSection(path.join(outside, 'content'), '2026/units/east/budget.mdx', 'zh-CN')).toContain('尚无审批记录');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
