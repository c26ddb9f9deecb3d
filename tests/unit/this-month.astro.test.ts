// Issue 9, item 6: the box that opens a person page, rendered from the demo as of 2026-11-30.
import path from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import ThisMonthBox from '../../src/components/ThisMonthBox.astro';
import { loadContent } from '../../src/model/load.ts';
import { buildSiteModel } from '../../src/site/site-model.ts';
import { thisMonth } from '../../src/site/this-month.ts';
import { ROOT } from './helpers/run-plan.ts';

const asOf = '2026-11-30';
const site = buildSiteModel(await loadContent(path.join(ROOT, 'content')), asOf);
const view = site.years.find((candidate) => candidate.year === 2026)!;

describe('this-month box', () => {
  it('何俊 as of 2026-11-30: November target, no actual yet, the October report late with the command to create it', async () => {
    const now = thisMonth(2026, asOf, view.people.get('he-jun'), view.obligationsByPerson.get('he-jun') ?? []);
    const container = await AstroContainer.create();
    const html = await container.renderToString(ThisMonthBox, { props: { lang: 'zh-CN', year: 2026, asOf, now } });
    expect(html).toContain('本月 · 11月');
    expect(html).toContain('<dt>本月目标</dt><dd>78.8万</dd>');
    expect(html).toMatch(/<li data-state="overdue">.*月度销售总结 · 10月.*<code>npm run --silent plan -- new monthly-report 2026 he-jun 10<\/code>/s);
  });

  it('a year that does not contain the as-of date says so instead of showing a month', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(ThisMonthBox, { props: { lang: 'en', year: 2027, asOf, now: thisMonth(2027, asOf, undefined, []) } });
    expect(html).toContain('The as-of date 2026-11-30 is outside FY2027.');
    expect(html).toContain('Nothing due or late.');
  });
});
