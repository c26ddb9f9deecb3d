import { describe, expect, it } from 'vitest';
import { siteData } from '../../src/site/data.ts';
import { allRoutes, documentPaths, langPaths, personPaths, summarisedUnitPaths, unitPaths, yearPaths } from '../../src/site/routes.ts';
import { documentRoute, legacyDocumentRoute, legacyDocumentTarget, route } from '../../src/site/urls.ts';

/** The URL Astro makes of a route file under src/pages/[...lang]/ and one of its static paths. */
const url = (pattern: string, { params }: { params: Record<string, string | undefined> }) =>
  `/${params['lang'] ? `${params['lang']}/` : ''}${pattern.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => params[name] ?? '')}`;

describe('one route tree serves both languages', () => {
  it('builds exactly the pages of the sitemap, each once in Chinese at / and once in English under /en/', async () => {
    const [langs, years, units, summarised, people] = await Promise.all([langPaths(), yearPaths(), unitPaths(), summarisedUnitPaths(), personPaths()]);
    const built = [
      ...['', 'years/', 'search/', 'reference/'].flatMap((page) => langs.map((path) => url(page, path))),
      ...['[year]/', '[year]/units/', '[year]/people/', '[year]/docs/', '[year]/book/', '[year]/budget/', '[year]/versions/', '[year]/pace/'].flatMap((page) => years.map((path) => url(page, path))),
      ...units.flatMap((path) => [url('[year]/units/[unit]/', path), url('[year]/book/[unit]/', path)]),
      ...summarised.flatMap((path) => [url('[year]/budget/[unit]/', path), url('[year]/pace/[unit]/', path), url('[year]/versions/[unit]/', path)]),
      ...people.map((path) => url('[year]/people/[person]/', path)),
    ];
    const sitemap = allRoutes(await siteData());
    expect(built.toSorted()).toEqual(sitemap.toSorted());
    expect(sitemap).toContain('/en/2026/units/east/');
  });
});

describe('documents are sections of their person’s or unit’s page', () => {
  it('links a document to its anchor on the page that holds it', () => {
    expect(documentRoute({ path: '2026/people/li-na/10.report.mdx' })).toBe('2026/people/li-na/#doc-10-report');
    expect(documentRoute({ path: '2026/units/east/budget.mdx' })).toBe('2026/units/east/#doc-budget');
    expect(documentRoute({ path: '2026/market-research.mdx' })).toBe('2026/docs/#doc-market-research');
  });

  it('keeps every old document URL of the demo: a redirect page to the document’s anchor, in both languages', async () => {
    const site = await siteData();
    const redirects = await documentPaths();
    const old = site.documents.flatMap((document) => [route('zh-CN', legacyDocumentRoute(document)), route('en', legacyDocumentRoute(document))]);
    expect(old).toContain('/en/2026/docs/units/east/budget/');
    expect(redirects.map((path) => url('[year]/docs/[...doc]/', path)).toSorted()).toEqual(old.toSorted());
    expect(redirects.filter((path) => path.props.path === '2026/units/east/budget.mdx').map((path) => [path.params['lang'], path.props.lang])).toEqual([
      [undefined, 'zh-CN'],
      ['en', 'en'],
    ]);
  });

  it('maps any old document URL to its new place by pattern, for the 404 page of sites too large for redirect pages', async () => {
    const site = await siteData();
    for (const document of site.documents) {
      expect(legacyDocumentTarget(legacyDocumentRoute(document))).toBe(documentRoute(document));
      expect(legacyDocumentTarget(`en/${legacyDocumentRoute(document)}`)).toBe(`en/${documentRoute(document)}`);
    }
    expect(legacyDocumentTarget('2026/people/li-na/')).toBeUndefined();
    expect(legacyDocumentTarget('2026/docs/')).toBeUndefined();
  });
});
