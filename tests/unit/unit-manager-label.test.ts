import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { say } from '../../src/approvals/approval-messages.ts';
import { chainTarget } from '../../src/approvals/chains.ts';
import { evaluateApprovals } from '../../src/approvals/evaluate.ts';
import { stagesFor } from '../../src/approvals/pull-request.ts';
import { approvalsAsMarkdown, approvalsAsText } from '../../src/approvals/report.ts';
import type { Lang } from '../../src/i18n/index.ts';
import { loadContent } from '../../src/model/load.ts';
import { documentChain } from '../../src/site/document-chain.ts';
import { buildSiteModel } from '../../src/site/site-model.ts';
import { MINIMAL, minimalWith } from './helpers/fixture-edits.ts';

const PLAN = '2026/people/li-na/plan.mdx';
const divisions = minimalWith({ file: '2026/org.yaml', find: '\nunits:\n', replace: '\nunitWord: 事业部\nunits:\n' });
afterAll(() => rmSync(path.dirname(divisions), { recursive: true, force: true }));

/** How the portal, `plan approvals` (text) and its pull-request comment (Markdown) name the approver of 李娜's plan. */
async function approverNames(contentDir: string, lang: Lang) {
  const site = buildSiteModel(await loadContent(contentDir), '2026-01-20');
  const document = site.byPath.get(PLAN);
  const org = site.years[0]?.content.org?.data;
  const target = chainTarget(`content/${PLAN}`);
  if (!document || !org || !target) throw new Error(`no ${PLAN} in ${contentDir}`);
  const results = evaluateApprovals({ documents: [{ target, authors: new Map([['someone', say('why.opener')]]), stages: stagesFor(target, org, 'someone') }], reviews: [], isCurrent: () => true });
  const meta = { base: 'b'.repeat(40), head: 'h'.repeat(40), author: 'someone', unmatchedAuthors: [] };
  return { portal: documentChain(document, org, lang).map((stage) => stage.role), text: approvalsAsText(results, meta, 'en'), comment: approvalsAsMarkdown(results, meta, 'en') };
}

describe('the unit manager has one name in the CLI, pull-request comments and the portal', () => {
  it("is the seed's 市场部经理 when the organisation does not name its units", async () => {
    const names = await approverNames(MINIMAL, 'zh-CN');
    // 李娜's plan is written by her manager, so the portal shows the deputy standing in for him.
    expect(names.portal).toEqual(['营销副总 (代 市场部经理)']);
    expect(names.text).toContain('✖ 市场部经理 unit manager: needs approval from 周志强 @zhouzhiqiang-ex');
    expect(names.comment).toContain('| `content/2026/people/li-na/plan.mdx` | 市场部经理 |');
  });

  it('follows org.yaml `unitWord: 事业部` everywhere, and stays "Unit manager" on English pages', async () => {
    const names = await approverNames(divisions, 'zh-CN');
    expect(names.portal).toEqual(['营销副总 (代 事业部经理)']);
    expect(names.text).toContain('✖ 事业部经理 unit manager: needs approval from 周志强 @zhouzhiqiang-ex');
    expect(names.comment).toContain('| `content/2026/people/li-na/plan.mdx` | 事业部经理 |');
    expect(names.comment).not.toContain('市场部经理');
    expect((await approverNames(divisions, 'en')).portal).toEqual(['Marketing VP (for Unit manager)']);
  });
});
