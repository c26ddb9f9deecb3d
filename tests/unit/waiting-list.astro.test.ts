// Issue 9, item 5: the home page's list of documents waiting for approval, with who must act next.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import WaitingList from '../../src/components/WaitingList.astro';
import { documentChain } from '../../src/site/document-chain.ts';
import { approvalHistoryHtml } from '../../src/site/document-section.ts';
import { loadContent } from '../../src/model/load.ts';
import { buildSiteModel, type SiteModel } from '../../src/site/site-model.ts';
import { waitingRows } from '../../src/site/waiting.ts';

let site: SiteModel;
beforeAll(async () => {
  site = buildSiteModel(await loadContent('content'), '2026-11-30');
});
const orgOf = (year: number) => site.years.find((view) => view.year === year)?.content.org?.data;

describe('the home page waiting list on the demo as of 2026-11-30', () => {
  it('lists the FY2027 sales plans as waiting for the marketing VP 王海涛 with the days waited', () => {
    const rows = waitingRows(site.waiting, 'zh-CN', orgOf).filter((row) => row.path.startsWith('2027/'));
    expect(rows.map((row) => [row.label, row.role, row.stage, row.approvers.join(), row.daysText])).toEqual([
      ['FY2027 · 销售计划 · 华东事业部', '营销副总', '1/2', '王海涛', '14天'],
      ['FY2027 · 销售计划 · 华南事业部', '营销副总', '1/2', '王海涛', '12天'],
      ['FY2027 · 销售计划 · 华北事业部', '营销副总', '1/2', '王海涛', '10天'],
    ]);
    expect(rows[0]?.summary).toBe('待营销副总 王海涛审批 · 已等14天');
  });

  it('spans every year: FY2026 reports in review wait for their unit manager, longest wait first', () => {
    const rows = waitingRows(site.waiting, 'en', orgOf);
    expect(rows[0]).toMatchObject({ path: '2026/people/chen-jing/10.report.mdx', approvers: ['Zhou Zhiqiang'], days: 28 });
    expect(rows.map((row) => row.days)).toEqual([...rows.map((row) => row.days)].sort((a, b) => b - a));
  });

  it('renders one row per waiting document with its link, approvers (linked to their person page) and days', async () => {
    const container = await AstroContainer.create();
    const rows = waitingRows(site.waiting, 'zh-CN', orgOf);
    const html = await container.renderToString(WaitingList, { props: { lang: 'zh-CN', rows, empty: '没有等待审批的文件。' } });
    expect(html).toMatch(/<tr data-path="2027\/units\/east\/sales-plan\.mdx" data-days="14"[^>]*>\s*<th scope="row"><a href="[^"]*2027\/units\/east\/#doc-sales-plan">FY2027 · 销售计划 · 华东事业部<\/a><\/th>\s*<td>营销副总 \(1\/2\)<\/td>\s*<td><a href="[^"]*2027\/people\/wang-haitao\/">王海涛<\/a><\/td>\s*<td[^>]*>14天<\/td>/);
    const empty = await container.renderToString(WaitingList, { props: { lang: 'zh-CN', rows: [], empty: '没有等待审批的文件。' } });
    expect(empty).toContain('没有等待审批的文件。');
  });
});

describe('the document page marks the current step of the chain', () => {
  it('the FY2027 east sales plan: 营销副总 王海涛 is the current step, 总经理 is not, with the days waited', async () => {
    const path = '2027/units/east/sales-plan.mdx';
    const document = site.byPath.get(path)!;
    const org = orgOf(2027);
    const waiting = waitingRows([site.waitingByPath.get(path)!], 'zh-CN', orgOf)[0];
    const html = approvalHistoryHtml({ provenance: undefined, lang: 'zh-CN', org, chain: documentChain(document, org, 'zh-CN'), waiting });
    expect(html).toMatch(/<li class="current" aria-current="step"[^>]*>\s*<span class="role"[^>]*>营销副总<\/span>: 王海涛<strong[^>]*> ← 当前环节<\/strong>/);
    expect(html.match(/aria-current="step"/g)).toHaveLength(1);
    expect(html).toContain('待营销副总 王海涛审批 · 已等14天');
  });
});
