import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDistLinks } from '../../scripts/lib/dist-links.ts';

let dist: string | undefined;
afterEach(() => {
  if (dist) rmSync(dist, { recursive: true, force: true });
  dist = undefined;
});

/** A built site in a temp folder: path inside dist → file text. */
function site(files: Record<string, string>): string {
  dist = mkdtempSync(path.join(tmpdir(), 'planbook-dist-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    writeFileSync(path.join(dist, file), text);
  }
  return dist;
}

const page = (body: string, head = '') => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

/** A small site in which every kind of reference resolves. */
const GOOD = {
  'index.html': page(
    '<a href="#main">skip</a><main id="main"><a href="2026/">year</a><a href="/2026/units/east/#people">people</a><a href="https://example.com/x">out</a><a href="mailto:a@b.c">mail</a>' +
      '<img src="/_astro/logo.png" srcset="/_astro/logo.png 1x, /_astro/logo@2x.png 2x"><svg><rect fill="url(#hatch)"/><pattern id="hatch"/></svg></main>',
    '<link rel="icon" href="data:,"><link rel="stylesheet" href="/_astro/site.css"><style>.a{background:url("/_astro/bg.svg")}</style>',
  ),
  '2026/index.html': page('<a href="../">home</a><a href="units/east/">east</a><a href="/schemas/org.json">schema</a><a href="/admin/?lang=en#/collections/budget-2026/entries/east/budget">form</a>'),
  'admin/index.html': page('<div id="nc-root"></div>'),
  '2026/units/east/index.html': page('<h2 id="people">人员</h2><a href="../../../#main">top</a><a href="%E4%B8%AD%E6%96%87/">中文</a>'),
  '2026/units/east/中文/index.html': page('<a name="anchor">x</a><a href="#anchor">self</a>'),
  '_astro/site.css': '.b{background:url(./bg.svg)}',
  '_astro/bg.svg': '<svg/>',
  '_astro/logo.png': 'png',
  '_astro/logo@2x.png': 'png',
  'schemas/org.json': '{}',
};

describe('every internal link and asset in dist/ resolves', () => {
  it('accepts a site whose pages, assets, stylesheet urls and fragments all exist', async () => {
    const report = await checkDistLinks(site(GOOD));
    expect(report.broken).toEqual([]);
    expect(report.pages).toBe(5);
    expect(report.checked).toBe(17);
  });

  it.each([
    ['a page link', { 'more/index.html': page('<a href="/2025/">old</a>') }, { attribute: 'href', url: '/2025/', reason: 'no file for /2025/ in dist' }],
    ['a relative page link', { 'more/index.html': page('<a href="units/west/">west</a>') }, { attribute: 'href', url: 'units/west/', reason: 'no file for /more/units/west/ in dist' }],
    ['an image', { 'more/index.html': page('<img src="/_astro/gone.png">') }, { attribute: 'src', url: '/_astro/gone.png', reason: 'no file for /_astro/gone.png in dist' }],
    ['one image of a srcset', { 'more/index.html': page('<img srcset="/_astro/logo.png 1x, /_astro/logo@3x.png 3x">') }, { attribute: 'srcset', url: '/_astro/logo@3x.png', reason: 'no file for /_astro/logo@3x.png in dist' }],
    ['a stylesheet', { 'more/index.html': page('', '<link rel="stylesheet" href="/_astro/old.css">') }, { attribute: 'href', url: '/_astro/old.css', reason: 'no file for /_astro/old.css in dist' }],
    ['a url() in a <style>', { 'more/index.html': page('', '<style>.a{background:url(/_astro/old.svg)}</style>') }, { attribute: 'style url()', url: '/_astro/old.svg', reason: 'no file for /_astro/old.svg in dist' }],
    ['a fragment on the same page', { 'more/index.html': page('<a href="#nowhere">x</a>') }, { attribute: 'href', url: '#nowhere', reason: 'no element with id "nowhere" on more/index.html' }],
    ['a fragment on another page', { 'more/index.html': page('<a href="/2026/units/east/#sales">x</a>') }, { attribute: 'href', url: '/2026/units/east/#sales', reason: 'no element with id "sales" on 2026/units/east/index.html' }],
    ['an SVG paint server', { 'more/index.html': page('<svg><rect fill="url(#hatch-2)"/></svg>') }, { attribute: 'fill url()', url: '#hatch-2', reason: 'no element with id "hatch-2" on more/index.html' }],
  ])('reports %s that does not resolve', async (_what, extra, expected) => {
    const report = await checkDistLinks(site({ ...GOOD, ...extra }));
    expect(report.broken).toEqual([{ page: Object.keys(extra)[0], ...expected }]);
  });

  it('reports a url() in a stylesheet, relative to the stylesheet', async () => {
    const report = await checkDistLinks(site({ ...GOOD, '_astro/site.css': '.b{background:url(../bg.svg)}' }));
    expect(report.broken).toEqual([{ page: '_astro/site.css', attribute: 'url()', url: '../bg.svg', reason: 'no file for /bg.svg in dist' }]);
  });

  it('under a base path, a link that leaves the base is broken even if the file exists', async () => {
    const report = await checkDistLinks(site({ 'index.html': page('<a href="/planbook/2026/">ok</a><a href="/2026/">outside</a>'), '2026/index.html': page('') }), { base: '/planbook/' });
    expect(report.broken).toEqual([{ page: 'index.html', attribute: 'href', url: '/2026/', reason: "/2026/ is outside the site's base /planbook/" }]);
  });
});
