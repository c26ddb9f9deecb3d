import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/model/load.ts';
import { documentSectionHtml } from '../../src/site/document-section.ts';
import { buildSiteModel } from '../../src/site/site-model.ts';
import { ROOT } from './helpers/run-plan.ts';

const site = buildSiteModel(await loadContent(path.join(ROOT, 'tests/fixtures/minimal')), '2026-01-20');
const view = site.years[0]!;
const budget = view.content.units.get('east')!.budget!;

describe('a document section written as HTML', () => {
  it('shows the title, type, claim, summary and body under the document anchor', () => {
    const html = documentSectionHtml(budget, view, site, 'zh-CN');
    expect(html).toMatch(/^<details class="doc" data-doc="2026\/units\/east\/budget\.mdx"><summary><h3 id="doc-budget">/);
    expect(html).toContain(`>${budget.data.title}</h3>`);
    expect(html).toContain('<dl class="summary">');
    expect(html).toContain('<section class="approval-history" data-approval-state="none" aria-labelledby="doc-budget-approval-history-heading">');
    expect(html).toContain('<div class="doc-body" lang="zh-CN" data-pagefind-ignore="all">');
    expect(html.endsWith('</div></div></details>')).toBe(true);
  });

  it('escapes what authors write: a title or date is text, never markup', () => {
    const hostile = { ...budget, data: { ...budget.data, title: '<img src=x onerror="alert(1)">预算 & 费用', date: '2026-01-05"><script>x</script>' } };
    const html = documentSectionHtml(hostile, view, site, 'en');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;预算 &amp; 费用</h3>');
    expect(html).toContain('2026-01-05&quot;&gt;&lt;script&gt;x&lt;/script&gt;');
  });
});
