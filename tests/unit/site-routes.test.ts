import { describe, expect, it } from 'vitest';
import { siteData } from '../../src/site/data.ts';
import { allRoutes, documentPaths, langPaths, personPaths, unitPaths, yearPaths } from '../../src/site/routes.ts';

/** The URL Astro makes of a route file under src/pages/[...lang]/ and one of its static paths. */
const url = (pattern: string, { params }: { params: Record<string, string | undefined> }) =>
  `/${params['lang'] ? `${params['lang']}/` : ''}${pattern.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => params[name] ?? '')}`;

describe('one route tree serves both languages', () => {
  it('builds exactly the pages of the sitemap, each once in Chinese at / and once in English under /en/', async () => {
    const [years, units, people, documents] = await Promise.all([yearPaths(), unitPaths(), personPaths(), documentPaths()]);
    const built = [
      ...['', 'years/', 'search/', 'reference/'].flatMap((page) => langPaths().map((path) => url(page, path))),
      ...['[year]/', '[year]/units/', '[year]/people/', '[year]/docs/', '[year]/book/', '[year]/budget/', '[year]/versions/', '[year]/pace/'].flatMap((page) => years.map((path) => url(page, path))),
      ...units.flatMap((path) => [url('[year]/units/[unit]/', path), url('[year]/book/[unit]/', path)]),
      ...people.map((path) => url('[year]/people/[person]/', path)),
      ...documents.map((path) => url('[year]/docs/[...doc]/', path)),
    ];
    const sitemap = allRoutes(await siteData());
    expect(built.toSorted()).toEqual(sitemap.toSorted());
    expect(sitemap).toContain('/en/2026/docs/units/east/budget/');
    expect(documents.filter((path) => path.props.path === '2026/units/east/budget.mdx').map((path) => [path.params['lang'], path.props.lang])).toEqual([
      [undefined, 'zh-CN'],
      ['en', 'en'],
    ]);
  });
});
