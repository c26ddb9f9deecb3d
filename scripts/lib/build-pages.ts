// `astro build` with the search index built beside it: the pages step of `npm run build`
// (scripts/build.ts), apart from the check so that a process running only this step (the bench,
// scripts/lib/bench-portal.ts) holds none of the check's modules while pagefind writes its index.
import { pagesCounted, say } from '../../src/site/build-messages.ts';
import { readAstroLine, type Step } from './progress.ts';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { BUNDLES_FILE, createSearchIndexer, PAGEFIND_GLOB, type SearchIndexer } from './search-index.ts';
import { bin, runTool, runToolLines, withAstroHeap } from './run-tool.ts';

export interface BuildPagesOptions {
  /** Where Astro writes the site. */
  outDir: string;
  /** Astro's environment: PLANBOOK_CONTENT, PLANBOOK_AS_OF, PLANBOOK_OUT_DIR… */
  env: NodeJS.ProcessEnv;
  astroArgs?: string[];
  /** Build the search index too (not for a shard: scripts/merge-shards.ts indexes the merged site). */
  search: boolean;
  /** Progress of the step: pages counted, Astro's warnings shown, done with the page count. */
  step: Step;
}

/**
 * `astro build`, and the search index over its pages while it runs (scripts/lib/search-index.ts:
 * pagefind indexes each page Astro reports written, on the core Astro's one rendering thread leaves
 * free). Returns 0, or the exit code of whichever failed (2 for the search index).
 */
export async function buildPages({ outDir, env, astroArgs = [], search, step }: BuildPagesOptions): Promise<number> {
  let indexer: SearchIndexer | undefined;
  try {
    // PLANBOOK_SEARCH_PART_PAGES: search pages per bundle (PART_PAGES), smaller to see a small site split into several.
    const partPages = Number(env['PLANBOOK_SEARCH_PART_PAGES']) || undefined;
    indexer = search ? await createSearchIndexer(outDir, { partPages }) : undefined;
  } catch (error) {
    console.error(`planbook build: ${(error as Error).message}`);
    return 2;
  }
  // A page is ~60 KB of HTML made from short-lived strings: with V8's default 16 MB semi-spaces many
  // outlive a scavenge and are promoted, and garbage collection was ~18 s of the rendering thread in a
  // 10,000-person build. Larger semi-spaces let more of them die young (at 1,000 people: half the GC).
  const astroEnv = { ...env, NODE_OPTIONS: withAstroHeap(env['NODE_OPTIONS']) };
  // Astro writes one line per page; they are counted, its other chatter is kept back and shown only
  // if the build fails, and anything else (a warning, an error) is shown as it comes.
  let built = 0;
  let total: number | undefined;
  const chatter: string[] = [];
  const astro = await runToolLines(
    bin('astro'),
    ['build', ...astroArgs],
    (line) => {
      const read = readAstroLine(line);
      if (read.kind === 'page') {
        step.count(++built, pagesCounted);
        if (read.file) indexer?.add(read.file);
      } else if (read.kind === 'built') total = read.pages;
      else if (read.kind === 'chatter') chatter.push(line);
      else step.print(read.text);
    },
    { env: astroEnv },
  );
  if (astro !== 0) {
    step.print(chatter.join('\n'));
    await indexer?.abandon();
    return astro;
  }
  const errors = (await indexer?.finish()) ?? [];
  if (errors.length) {
    step.print(say('search.failed', { errors: errors.join('\n') }));
    return 2;
  }
  const pages = pagesCounted(total ?? built);
  step.done(indexer ? say('pages.done', { pages }) : pages);
  return 0;
}

/**
 * The pagefind CLI over a built site's search pages (PAGEFIND_GLOB), for a site merged from shards:
 * one bundle (BUNDLES_FILE lists no others). Returns pagefind's exit code.
 */
export async function indexSearch(site: string, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const code = await runTool(bin('pagefind'), ['--site', site, '--glob', PAGEFIND_GLOB, '--silent'], { env });
  if (code === 0) writeFileSync(path.join(site, BUNDLES_FILE), '[]\n');
  return code;
}
