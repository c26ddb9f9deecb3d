// Every internal link and asset reference in a built site resolves: the file exists in dist/ and a
// `#fragment` names an element on the target page. Read from the files, no server and no browser.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Parser } from 'htmlparser2';

/** One reference that does not resolve. `page` is the referring file, relative to dist, with `/`. */
export interface BrokenLink {
  page: string;
  /** Where the reference was found: `href`, `src`, `srcset`, `url()`… */
  attribute: string;
  url: string;
  reason: string;
}

export interface LinkReport {
  pages: number;
  /** Internal references checked (external ones are skipped). */
  checked: number;
  broken: BrokenLink[];
}

interface Reference {
  attribute: string;
  url: string;
}

/** Attributes whose whole value is one URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'xlink:href', 'action', 'formaction', 'data']);
/** Any `url(…)` in CSS or in an SVG presentation attribute (`fill="url(#hatch)"`). */
const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/g;
/** Schemes that never point into dist/. */
const NOT_A_FILE = /^(?:data|mailto|tel|javascript|blob|about):/i;
/** A made-up origin to resolve URLs against; anything resolving elsewhere is external. */
const ORIGIN = 'http://dist.invalid';

function cssUrls(text: string): string[] {
  return [...text.matchAll(CSS_URL)].map((match) => match[1] ?? match[2] ?? match[3] ?? '').filter((url) => url !== '');
}

/** `a.png 1x, b.png 2x` → [`a.png`, `b.png`]. */
function srcsetUrls(value: string): string[] {
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

/** The ids a page defines and the references it makes (scripts are not read). */
function readPage(html: string): { ids: Set<string>; references: Reference[] } {
  const ids = new Set<string>();
  const references: Reference[] = [];
  let inStyle = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'style') inStyle = true;
        for (const [attribute, value] of Object.entries(attributes)) {
          if (attribute === 'id' || (attribute === 'name' && name === 'a')) ids.add(value);
          else if (URL_ATTRIBUTES.has(attribute)) references.push({ attribute, url: value.trim() });
          else if (attribute === 'srcset' || attribute === 'imagesrcset') references.push(...srcsetUrls(value).map((url) => ({ attribute, url })));
          if (value.includes('url(')) references.push(...cssUrls(value).map((url) => ({ attribute: `${attribute} url()`, url })));
        }
      },
      ontext(text) {
        if (inStyle) references.push(...cssUrls(text).map((url) => ({ attribute: 'style url()', url })));
      },
      onclosetag(name) {
        if (name === 'style') inStyle = false;
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return { ids, references };
}

/** `caf%C3%A9` → `café`; a malformed escape is kept as written (and then matches no id). */
function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** The URL a file is served at under `base`: `2026/index.html` → `/base/2026/`. */
function fileUrl(file: string, base: string): URL {
  const servedAs = file === 'index.html' || file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
  return new URL(`${base}${servedAs}`, ORIGIN);
}

/**
 * Checks the built site in `dist` as served under `base` (a path ending in `/`). Every `href`, `src`,
 * `srcset` and CSS `url()` of every HTML page, and every `url()` of every stylesheet, must name a
 * file in dist (a path ending in `/` names its `index.html`); a `#fragment` on an HTML page must be
 * an `id` (or `<a name>`) on that page. Links to other origins and `data:`/`mailto:` URLs are
 * skipped; JavaScript is not read (the browser tests load the pages that run it).
 */
export async function checkDistLinks(dist: string, { base = '/' }: { base?: string } = {}): Promise<LinkReport> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const files = new Set((await readdir(dist, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => path.relative(dist, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')));
  const pages = new Map<string, { ids: Set<string>; references: Reference[] }>();
  const sources: { file: string; references: Reference[] }[] = [];
  for (const file of [...files].sort()) {
    if (file.endsWith('.html')) {
      const page = readPage(await readFile(path.join(dist, file), 'utf8'));
      pages.set(file, page);
      sources.push({ file, references: page.references });
    } else if (file.endsWith('.css')) {
      sources.push({ file, references: cssUrls(await readFile(path.join(dist, file), 'utf8')).map((url) => ({ attribute: 'url()', url })) });
    }
  }

  /** The file in dist a URL path names, or undefined. */
  const target = (pathname: string): string | undefined => {
    if (!pathname.startsWith(prefix)) return undefined;
    let inside: string;
    try {
      inside = decodeURIComponent(pathname.slice(prefix.length));
    } catch {
      return undefined;
    }
    const candidates = inside === '' || inside.endsWith('/') ? [`${inside}index.html`] : [inside, `${inside}/index.html`];
    return candidates.find((candidate) => files.has(candidate));
  };

  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const { file, references } of sources) {
    const from = fileUrl(file, prefix);
    for (const { attribute, url } of references) {
      if (url === '' || NOT_A_FILE.test(url)) continue;
      let resolved: URL;
      try {
        resolved = new URL(url, from);
      } catch {
        broken.push({ page: file, attribute, url, reason: 'not a valid URL' });
        continue;
      }
      if (resolved.origin !== ORIGIN) continue;
      checked++;
      const found = target(resolved.pathname);
      if (found === undefined) {
        broken.push({ page: file, attribute, url, reason: resolved.pathname.startsWith(prefix) ? `no file for ${resolved.pathname} in dist` : `${resolved.pathname} is outside the site's base ${prefix}` });
        continue;
      }
      const fragment = decodeFragment(resolved.hash.slice(1));
      const ids = pages.get(found)?.ids;
      // "#/collections/…" is a route of a client-side app (the editor at /admin/), not an element id.
      if (fragment !== '' && !fragment.startsWith('/') && ids && !ids.has(fragment)) broken.push({ page: file, attribute, url, reason: `no element with id "${fragment}" on ${found}` });
    }
  }
  return { pages: pages.size, checked, broken };
}
