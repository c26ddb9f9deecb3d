import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPages, PAGEFIND_GLOB } from '../../scripts/build.ts';
import { createProgress } from '../../scripts/lib/progress.ts';
import { say } from '../../src/site/build-messages.ts';
import { bin, ROOT, toolEnv } from '../../scripts/lib/run-tool.ts';
import { BUNDLES_FILE, createSearchIndexer, isSearchPage, searchableHtml } from '../../scripts/lib/search-index.ts';

// The search index is built while Astro writes the pages (scripts/lib/search-index.ts, pagefind's
// Node API) instead of by the pagefind CLI over the finished site: readers must find the same pages
// with the same titles, languages and excerpts as before.

const work = mkdtempSync(path.join(tmpdir(), 'planbook-search-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface SearchRecord {
  url: string;
  title: string | undefined;
  content: string;
  language: string;
  /** The whole fragment: also its word count, anchors (headings' ids and where they are), filters and meta. */
  fragment: unknown;
}

/** Every page record of a pagefind bundle: its fragments (gzip, "pagefind_dcd" then JSON), with the language of the index holding it. */
function records(bundle: string): SearchRecord[] {
  const entry = JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const languages = Object.keys(entry.languages);
  const found = readdirSync(path.join(bundle, 'fragment')).map((file) => {
    const text = gunzipSync(readFileSync(path.join(bundle, 'fragment', file))).toString('utf8');
    const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string; meta: { title?: string } };
    const language = languages.find((candidate) => file.startsWith(`${candidate}_`)) ?? '?';
    return { url: fragment.url, title: fragment.meta.title, content: fragment.content, language, fragment };
  });
  return found.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** The records of a site's search bundles: pagefind/ and those BUNDLES_FILE lists, sorted by URL. */
function siteRecords(site: string): SearchRecord[] {
  const others = JSON.parse(readFileSync(path.join(site, BUNDLES_FILE), 'utf8')) as string[];
  return [path.join(site, 'pagefind'), ...others.map((bundle) => path.join(site, bundle))].flatMap(records).sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** The demo built with its search index, and the pagefind CLI's bundle over it (the first test makes them). */
let demo: { site: string; cli: string } | undefined;

describe('the search index built beside astro build', () => {
  it('finds the same demo pages as the pagefind CLI over the built site: URLs, titles, language, indexed text, anchors', async () => {
    const site = path.join(work, 'dist');
    const env = toolEnv({ ...process.env, PLANBOOK_CONTENT: 'content', PLANBOOK_AS_OF: '2026-11-30', PLANBOOK_OUT_DIR: site, PLANBOOK_CACHE_DIR: path.join(work, 'cache'), PLANBOOK_SHARD: '' });
    const shown: string[] = [];
    const progress = createProgress({ stream: { write: (text: string) => void shown.push(text) }, tty: false });
    expect(await buildPages({ outDir: site, env, search: true, step: progress.step(say('step.pages')) }), shown.join('')).toBe(0);

    // What `npm run build` made before: the CLI over the finished site, written beside it.
    const before = path.join(work, 'cli-pagefind');
    const cli = spawnSync(bin('pagefind'), ['--site', site, '--glob', PAGEFIND_GLOB, '--output-path', before, '--silent'], { cwd: ROOT, env: toolEnv(), encoding: 'utf8' });
    expect(cli.status, cli.stderr).toBe(0);

    demo = { site, cli: before };
    // A site this small is one bundle.
    expect(readFileSync(path.join(site, BUNDLES_FILE), 'utf8')).toBe('[]\n');
    const now = siteRecords(site);
    const then = records(before);
    expect(now.map((record) => record.url)).toEqual(then.map((record) => record.url));
    expect(now).toEqual(then);
    // The demo's people, units and documents are all there, in Chinese only (the English search maps hits to /en/).
    expect(now.length).toBeGreaterThan(50);
    expect(now.find((record) => record.url.endsWith('/2026/people/he-jun/'))?.title).toMatch(/何俊/);
    expect(new Set(now.map((record) => record.language))).toEqual(new Set(['zh-cn']));
    expect(now.some((record) => record.url.includes('/en/'))).toBe(false);
  }, 300_000);

  it('splits a larger index into bundles of so many pages, listed for the search page, with the records the CLI makes', async () => {
    expect(demo).toBeDefined();
    const { site, cli } = demo as { site: string; cli: string };
    const split = path.join(work, 'split');
    cpSync(site, split, { recursive: true });
    rmSync(path.join(split, 'pagefind'), { recursive: true });
    // The pages with a marked body (an old URL's redirect page has none: pagefind skips it, and a bundle of only those would index them).
    const pages = readdirSync(split, { recursive: true, encoding: 'utf8' }).filter((file) => isSearchPage(file.split(path.sep).join('/')) && readFileSync(path.join(split, file), 'utf8').includes('data-pagefind-body')).length;
    const indexer = await createSearchIndexer(split, { partPages: 10 });
    // Pages as Astro reports them; finish() finds any it did not report on disk.
    indexer.add('2026/people/he-jun/index.html');
    expect(await indexer.finish()).toEqual([]);
    const then = records(cli);
    const bundles = JSON.parse(readFileSync(path.join(split, BUNDLES_FILE), 'utf8')) as string[];
    // Every bundle holds at most 10 pages, each page is in one of them, and none was left unlisted.
    expect(bundles).toEqual(Array.from({ length: Math.ceil(pages / 10) - 1 }, (_, i) => `pagefind-${i + 2}/`));
    expect(readdirSync(split).filter((dir) => dir.startsWith('pagefind')).sort()).toEqual(['pagefind', ...bundles.map((bundle) => bundle.slice(0, -1))].sort());
    for (const bundle of ['pagefind/', ...bundles]) expect(records(path.join(split, bundle)).length).toBeLessThanOrEqual(10);
    expect(siteRecords(split)).toEqual(then);
  }, 120_000);

  it('indexes a page Astro names before it is written whole once it is whole (Astro writes several pages at a time)', async () => {
    const site = path.join(work, 'early');
    mkdirSync(path.join(site, '2026', 'people', 'he-jun'), { recursive: true });
    const file = '2026/people/he-jun/index.html';
    const page = '<!DOCTYPE html><html lang="zh-CN"><head><title>何俊 · FY2026</title></head><body><main data-pagefind-body><h1>何俊</h1><p>年度目标 198万</p></main></body></html>';
    // Half written: the file is there, the text is not (yet).
    writeFileSync(path.join(site, file), page.slice(0, page.indexOf('<main')));
    const indexer = await createSearchIndexer(site);
    indexer.add(file);
    await new Promise((resolve) => setTimeout(resolve, 60));
    writeFileSync(path.join(site, file), page);
    expect(await indexer.finish()).toEqual([]);
    const [record] = records(path.join(site, 'pagefind'));
    expect(record?.url).toBe('/2026/people/he-jun/');
    // pagefind separates the Chinese words it found with zero-width spaces.
    expect(record?.content.replace(/\u200b/g, '')).toMatch(/年度目标 198万/);
  }, 60_000);

  it('indexes the root pages and the year trees, not the English copies or the search and admin pages', () => {
    expect(['index.html', 'years/index.html', 'reference/index.html', '2026/index.html', '2026/people/he-jun/index.html'].every(isSearchPage)).toBe(true);
    expect(['en/index.html', 'en/2026/index.html', 'search/index.html', 'admin/index.html', '404.html', '2026/feed.xml', 'pagefind/pagefind-ui.js'].some(isSearchPage)).toBe(false);
  });

  it('hands pagefind only what it reads: the head and the marked body, without ignored elements (nested ones included) and text-only ignores', () => {
    const head = '<!DOCTYPE html><html lang="zh-CN"><head><title>何俊</title></head>';
    const page = `${head}<body><header>nav</header><main id="main" data-pagefind-body=""><h1>何俊</h1><div data-pagefind-ignore="all"><div>history</div><div>more</div></div><p>要点</p><figure class="c" data-pagefind-ignore="all"><svg></svg></figure><p data-pagefind-ignore>type</p><ul class="meta" data-pagefind-ignore><li>a</li></ul><p data-pagefind-ignore="index"><span data-pagefind-meta="date">2026</span></p></main><footer>f</footer></body></html>`;
    // Text-only ignores are cut too, unless they hold something pagefind still reads (a meta, filter or sort).
    expect(searchableHtml(page)).toBe(`${head}<body><main id="main" data-pagefind-body=""><h1>何俊</h1><p>要点</p><p data-pagefind-ignore="index"><span data-pagefind-meta="date">2026</span></p></main></body></html>`);
    // Not sure where an element ends, or no marked body: the page as it is, or only the ignored parts cut.
    const unclosed = `${head}<body><main data-pagefind-body><div data-pagefind-ignore="all"><p>x</p></main></body></html>`;
    expect(searchableHtml(unclosed)).toBe(unclosed);
    expect(searchableHtml(`${head}<body><main><p>a</p><div data-pagefind-ignore="all">b</div></main></body></html>`)).toBe(`${head}<body><main><p>a</p></main></body></html>`);
  });

  it('hands pagefind the marked body without the attributes it does not read, keeping ids, alt, src, title and a marked element whole', () => {
    const head = '<!DOCTYPE html><html lang="zh-CN"><head><title>何俊</title><meta name="description" content="d"></head>';
    const main = (inside: string) => `${head}<body><main id="main" data-pagefind-body>${inside}</main></body></html>`;
    const page = main('<h2 id="doc-plan" class="t">计划</h2><a href="/2026/" class="k" aria-label="x">链接</a><table><tr><th scope="row" data-doc="a">1月</th><td class="num" colspan="2">11万</td></tr></table><img src="c.png" alt="图" class="z"/><abbr title="说明" class="a">率</abbr><span class="m" data-pagefind-meta="image[src]" src="i.png">s</span>');
    expect(searchableHtml(page)).toBe(main('<h2 id="doc-plan">计划</h2><a>链接</a><table><tr><th>1月</th><td>11万</td></tr></table><img src="c.png" alt="图"/><abbr title="说明">率</abbr><span class="m" data-pagefind-meta="image[src]" src="i.png">s</span>'));
    // A tag it cannot read attribute by attribute (other quotes, a ">" in a value) is handed over as it is.
    const odd = main(`<p class='x'>q</p><p title="a > b" class="y">r</p>`);
    expect(searchableHtml(odd)).toBe(odd);
  });
});
