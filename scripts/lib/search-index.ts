// The portal's search index, built while Astro writes the pages rather than after: Astro renders on
// one thread, so pagefind (its Node API, a Rust service with threads of its own) indexes each page on
// the other core as soon as Astro reports it written. The records are the ones the pagefind CLI makes
// from the same files (the same HTML, the same data-pagefind-body/-ignore marks), so search finds the
// same pages with the same titles and excerpts (tests/unit/search-index.test.ts).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { close, createIndex, type PagefindIndex } from 'pagefind';

/**
 * Every page but those under en/: the root pages and the fiscal-year trees (`pagefind --glob`, for
 * the CLI over a merged site: scripts/merge-shards.ts). English pages show the same (Chinese)
 * documents, and indexing both made pagefind peak at 2.6 GB on a 1,000-person company; the English
 * search page maps each hit to its English page.
 */
export const PAGEFIND_GLOB = '{index.html,years/**/*.html,reference/**/*.html,[0-9][0-9][0-9][0-9]/**/*.html}';

/** PAGEFIND_GLOB as a test on a built file's path relative to the site ('/' separators). */
export function isSearchPage(file: string): boolean {
  return file === 'index.html' || (/^(?:years|reference|\d{4})\//.test(file) && file.endsWith('.html'));
}

/** Pages handed to pagefind but not yet indexed: enough to keep its threads busy, few enough to bound memory. */
const IN_FLIGHT = 8;

/**
 * Search pages per bundle. pagefind writes an index on one thread, after holding every page's words
 * and then copying them (about three times what it held): one index of a 10,000-person portal took
 * ~26 s and 3.6 GB after Astro had finished. Every PART_PAGES pages the index so far is written as a
 * bundle of its own while Astro renders on, and only the last part is written after Astro; the
 * search page merges the bundles (BUNDLES_FILE). A portal of fewer pages has one bundle, as before.
 */
export const PART_PAGES = 2_500;

/** The search bundles beside `pagefind/` (their folders relative to the site, as JSON), for the search page's mergeIndex. */
export const BUNDLES_FILE = 'pagefind/bundles.json';

/** The folder, relative to the site, of the `part`-th search bundle (from 1): pagefind/, pagefind-2/… */
export const bundleDir = (part: number): string => (part === 1 ? 'pagefind' : `pagefind-${part}`);

/** How often, RETRY_MS apart, a page read before Astro finished writing it is read again before finish() looks for it on disk. */
const RETRIES = 40;
const RETRY_MS = 25;

export interface SearchIndexer {
  /** A page Astro has written (path relative to the site); ignored unless isSearchPage. */
  add(file: string): void;
  /**
   * Indexes any search page of the site not added yet (a page Astro did not report), writes the
   * last part of the index (the first to `<site>/pagefind/`, the others to `pagefind-2/`… as each
   * filled up), lists those others in BUNDLES_FILE and stops the service. Returns pagefind's
   * errors ([] when written).
   */
  finish(): Promise<string[]>;
  /** Stops the service without writing an index (the build failed). */
  abandon(): Promise<void>;
}

/** A new index in pagefind's service, or an error naming why it could not start. */
async function newIndex(): Promise<PagefindIndex> {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
  return index;
}

/**
 * Starts pagefind's service for the site being built into `site`; every `partPages` search pages
 * (PART_PAGES) go to a bundle of their own.
 */
export async function createSearchIndexer(site: string, { partPages = PART_PAGES }: { partPages?: number | undefined } = {}): Promise<SearchIndexer> {
  let index: Promise<PagefindIndex>;
  try {
    index = Promise.resolve(await newIndex());
  } catch (error) {
    await close();
    throw error;
  }
  /** The bundle the current index will be written to (1 = pagefind/), and the pages handed to it. */
  let part = 1;
  let inPart = 0;
  /** The parts written before the last: pagefind handles one message at a time, in the order sent. */
  const written: Promise<void>[] = [];
  const added = new Set<string>();
  const errors: string[] = [];
  const queue: string[] = [];
  let running = 0;
  /** Pages read too early (not there yet, or half written), each waiting to be read again. */
  let waiting = 0;
  const tries = new Map<string, number>();
  /** Set by finish(): Astro has exited, so every page is whole and read as it is. */
  let settled = false;
  let idle: (() => void) | undefined;
  /** Whether every search page on disk has been added since the last page was found missing. */
  let looked = false;
  const lookAgain = (file: string) => {
    added.delete(file);
    looked = false;
  };
  const readLater = (file: string) => {
    const tried = (tries.get(file) ?? 0) + 1;
    tries.set(file, tried);
    if (tried > RETRIES) return lookAgain(file);
    waiting++;
    setTimeout(() => {
      waiting--;
      queue.push(file);
      next();
    }, RETRY_MS);
  };
  /** Writes the index `full` as the bundle in `dir` (unless pages failed: the build fails then) and frees it in the service; errors are collected. */
  const writePart = (full: Promise<PagefindIndex>, dir: string) =>
    full
      .then(async (done) => {
        if (errors.length === 0) errors.push(...(await done.writeFiles({ outputPath: path.join(site, dir) })).errors);
        await done.deleteIndex();
      })
      .catch((error: unknown) => void errors.push(`${dir}: ${(error as Error).message}`));
  /** Once the current index holds partPages pages: written (after the pages sent to it) while a new one takes the next pages. */
  const fill = () => {
    if (++inPart < partPages) return;
    written.push(writePart(index, bundleDir(part)));
    index = newIndex();
    // A rejected start is reported by the pages sent to it (and by finish), not as an unhandled rejection.
    index.catch(() => undefined);
    part++;
    inPart = 0;
  };
  const next = () => {
    while (running < IN_FLIGHT && queue.length) {
      const file = queue.shift() as string;
      running++;
      void indexPage(index, site, file, settled, fill)
        .then(
          (read) => {
            if (Array.isArray(read)) errors.push(...read);
            // Not (yet) there under the name Astro printed: read again shortly, or finish() looks for it on disk.
            else if (settled) lookAgain(file);
            else readLater(file);
          },
          (error: unknown) => errors.push(`${file}: ${(error as Error).message}`),
        )
        .finally(() => {
          running--;
          next();
        });
    }
    if (running === 0 && queue.length === 0 && waiting === 0) idle?.();
  };
  const add = (file: string) => {
    if (!isSearchPage(file) || added.has(file)) return;
    added.add(file);
    queue.push(file);
    next();
  };
  return {
    add,
    async finish() {
      settled = true;
      while (!looked) {
        looked = true;
        for (const file of readdirSync(site, { recursive: true, encoding: 'utf8' })) add(file.split(path.sep).join('/'));
        await new Promise<void>((resolve) => {
          idle = resolve;
          next();
        });
      }
      try {
        await Promise.all(written);
        // The current index, unless it is a new one that no page reached after the last part filled.
        const unused = inPart === 0 && part > 1;
        if (!unused) await writePart(index, bundleDir(part));
        const bundles = unused ? part - 1 : part;
        if (errors.length === 0) writeFileSync(path.join(site, BUNDLES_FILE), `${JSON.stringify(Array.from({ length: bundles - 1 }, (_, i) => `${bundleDir(i + 2)}/`))}\n`);
      } finally {
        await close();
      }
      return errors;
    },
    async abandon() {
      queue.length = 0;
      await close();
    },
  };
}

/**
 * Hands one page to pagefind's `index`: its errors ([] when indexed), or 'unread' when the file is
 * not there or, before the build has `settled`, not yet whole (no `</html>`; Astro writes several
 * pages at a time and names a page in the line that reports another one written). `sent` is called
 * once the page is on its way, before anything else is sent.
 */
async function indexPage(index: Promise<PagefindIndex>, site: string, file: string, settled: boolean, sent: () => void): Promise<string[] | 'unread'> {
  let content: string;
  try {
    // One read on this thread rather than four trips through the thread pool (open, stat, read, close): a page just written is in memory.
    content = readFileSync(path.join(site, file), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return 'unread';
  }
  if (!settled && !content.includes('</html>')) return 'unread';
  // The portal marks the body of every page it indexes (src/layouts/Base.astro), so pagefind, like the
  // CLI over the whole site, skips a page without the mark (an old URL's redirect). It decides that per
  // index, and a part holding no marked page would index all of its pages: such pages are not sent.
  if (!content.includes('data-pagefind-body')) return [];
  // sourcePath relative to the site: pagefind makes the URL from it as the CLI does (…/index.html → …/).
  const added = index.then((into) => into.addHTMLFile({ sourcePath: file, content: searchableHtml(content) }));
  sent();
  const { errors } = await added;
  return errors.map((error) => `${file}: ${error}`);
}

/**
 * A page as pagefind reads it, without what it would skip anyway: outside the element marked
 * data-pagefind-body (src/layouts/Base.astro's <main>) pagefind reads only the <head>, and
 * inside it nothing of an element marked data-pagefind-ignore="all" (a document's approval history
 * and body, a chart), nor the text of one marked data-pagefind-ignore (a document's type, author and
 * date, its edit links), which is cut too when it holds no filter, meta or sort of pagefind's, nor the
 * attributes pagefind does not read (UNREAD). Less than half of a person page is left for pagefind;
 * the records are the same
 * (tests/unit/search-index.test.ts). A page it cannot cut safely is handed over whole.
 */
export function searchableHtml(html: string): string {
  const body = html.indexOf('<body');
  const main = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  const marked = html.indexOf('data-pagefind-body');
  const onMain = marked > main && marked < html.indexOf('>', main) && html.indexOf('data-pagefind-body', marked + 1) === -1;
  if (body === -1 || main < body || end < main || !onMain) return withoutIgnored(html);
  return `${html.slice(0, body)}<body>${withoutUnread(withoutIgnored(html.slice(main, end + '</main>'.length)))}</body></html>`;
}

/**
 * An opening tag and its attributes. Escaped text never holds a raw "<" and attribute values are
 * quoted with `"` and hold no raw `"`, so each match is a tag.
 */
const TAG = /<([a-z][a-z0-9-]*)(\s[^>]*)>/g;
/** One attribute of an opening tag, where the last one ended (sticky): its name and its quoted value (or none). */
const ATTRIBUTE = /\s+([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:="[^"]*")?/y;
/**
 * Attributes pagefind never reads in a page's body (styling, links, table headers' scope, ARIA,
 * our own data- marks): a third of a person page's body. It reads ids (anchors), alt, src and
 * title, and the data-pagefind- marks; an element with a mark keeps every attribute, as a meta,
 * filter or sort may name one of its attributes (`data-pagefind-meta="image[src]"`).
 */
const UNREAD = /^(?:class|href|scope|rel|target|colspan|rowspan|aria-[a-z-]+|data-(?!pagefind-)[a-z0-9-]*)$/;

/**
 * The marked body's tags without the attributes pagefind does not read (UNREAD): the same records
 * from a third less text to encode and send to pagefind's service (its own time barely changes). A
 * tag whose attributes are not all `name` or `name="value"` (another quoting, a ">" inside a value)
 * stays as it is; a self-closing slash stays.
 */
function withoutUnread(html: string): string {
  return html.replace(TAG, (tag, name: string, attributes: string) => {
    if (attributes.includes('data-pagefind-')) return tag;
    let end = attributes.trimEnd().length;
    if (attributes[end - 1] === '/') end = attributes.slice(0, end - 1).trimEnd().length;
    let kept = '';
    ATTRIBUTE.lastIndex = 0;
    while (ATTRIBUTE.lastIndex < end) {
      const attribute = ATTRIBUTE.exec(attributes);
      if (!attribute || ATTRIBUTE.lastIndex > end) return tag;
      if (!UNREAD.test(attribute[1] as string)) kept += attribute[0];
    }
    return `<${name}${kept}${attributes.slice(end)}>`;
  });
}

/**
 * An opening tag marked data-pagefind-ignore: "all", or (bare, or "index") text only. Escaped text
 * never holds a raw "<", so each "<name" is a tag.
 */
const IGNORED = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-ignore(="all"|="index"|="")?(?=[\s>])[^>]*>/g;

/**
 * `html` without each element marked data-pagefind-ignore="all" and its content, nor each marked
 * data-pagefind-ignore whose content has no data-pagefind- attribute (a filter, meta or sort pagefind
 * would still read); unchanged if one is not closed.
 */
function withoutIgnored(html: string): string {
  let kept = '';
  let from = 0;
  IGNORED.lastIndex = 0;
  for (let open = IGNORED.exec(html); open; open = IGNORED.exec(html)) {
    const tags = new RegExp(`<${open[1]}\\b|</${open[1]}>`, 'g');
    tags.lastIndex = open.index + open[0].length;
    let depth = 1;
    for (let tag = tags.exec(html); tag && depth > 0; tag = depth > 0 ? tags.exec(html) : null) depth += tag[0].startsWith('</') ? -1 : 1;
    if (depth > 0) return html;
    if (open[2] !== '="all"' && html.slice(open.index + open[0].length, tags.lastIndex).includes('data-pagefind-')) {
      IGNORED.lastIndex = open.index + open[0].length;
      continue;
    }
    kept += html.slice(from, open.index);
    from = tags.lastIndex;
    IGNORED.lastIndex = from;
  }
  return kept + html.slice(from);
}
