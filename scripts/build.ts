// `npm run build`: the portal is only built from content that passes `plan check`.
// check → format reference → astro build, the search index built beside it. Each step shows its progress and its own
// duration (scripts/lib/progress.ts), and the run ends with a summary.
// `npm run build -- --allow-invalid` (or PLANBOOK_ALLOW_INVALID=1) builds although files are invalid,
// as long as nothing else is wrong; every page then carries a banner naming them.
import path from 'node:path';
import { checkContent } from '../src/rules/check.ts';
import { today } from '../src/core/dates.ts';
import { countBySeverity } from '../src/core/diagnostics.ts';
import { PlanbookError } from '../src/core/errors.ts';
import { invalidFiles } from '../src/model/invalid-files.ts';
import { schema } from './commands/schema.ts';
import { processIo, resolveLang } from './lib/cli.ts';
import { diagnosticsAsText } from './lib/format-diagnostics.ts';
import { invalidFileLines } from './lib/invalid-content.ts';
import { parseShard } from '../src/site/shard.ts';
import { createProgress, readAstroLine, type ProgressStream, type Step } from './lib/progress.ts';
import { createSearchIndexer, PAGEFIND_GLOB, type SearchIndexer } from './lib/search-index.ts';
import { bin, ROOT as root, runTool, runToolLines } from './lib/run-tool.ts';

export { PAGEFIND_GLOB };

export interface BuildOptions {
  /** Content folder (PLANBOOK_CONTENT, default content). */
  content?: string;
  /** Deadlines judged as of (PLANBOOK_AS_OF, default today). */
  asOf?: string;
  /** Build although files are invalid (PLANBOOK_ALLOW_INVALID=1); the portal shows a banner. */
  allowInvalid?: boolean;
  /**
   * Build one group of units ("k/n", PLANBOOK_SHARD; src/site/shard.ts) into `outDir`, without the
   * search index: scripts/merge-shards.ts merges the shards' outputs and indexes the whole site once.
   */
  shard?: string | undefined;
  /** Where the site is written (PLANBOOK_OUT_DIR, default dist). */
  outDir?: string;
  /** Extra arguments for `astro build`. */
  astroArgs?: string[];
  /** Where progress goes (default stdout; a terminal gets one updating line per step). */
  stream?: ProgressStream;
}

/**
 * Why Astro cannot build into `outDir`, or undefined. Astro takes an output folder for inside the
 * project when its path merely begins with the project's (`/work/site-dist` for `/work/site`), puts
 * its prerendering code there, and that code then cannot find the project's packages.
 */
export function outDirBesideRoot(outDir: string, projectRoot: string = root): { zh: string; en: string } | undefined {
  const full = path.resolve(projectRoot, outDir);
  const relative = path.relative(projectRoot, full);
  const inside = relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
  if (inside || !full.startsWith(projectRoot)) return undefined;
  const other = path.join(projectRoot, 'dist-site');
  return {
    zh: `PLANBOOK_OUT_DIR ${full} 无效：路径以项目路径 ${projectRoot} 开头却不在项目内，Astro 无法构建到这里；请换一个名字（如 ${other}，或其他位置的目录）`,
    en: `Unexpected PLANBOOK_OUT_DIR ${full}: its path begins with the project's (${projectRoot}) without being inside it, which Astro cannot build into; expected another name (e.g. ${other}, or a folder elsewhere)`,
  };
}

/** Returns the exit code: 0 built, 1 the content has errors or invalid files (nothing built), 2 a tool failed. */
export async function build({
  content = process.env['PLANBOOK_CONTENT'] || 'content',
  asOf = process.env['PLANBOOK_AS_OF'] || today(),
  allowInvalid = process.env['PLANBOOK_ALLOW_INVALID'] === '1',
  shard = process.env['PLANBOOK_SHARD'] || undefined,
  outDir = process.env['PLANBOOK_OUT_DIR'] || 'dist',
  astroArgs = [],
  stream = process.stdout,
}: BuildOptions = {}): Promise<number> {
  try {
    parseShard(shard);
  } catch (error) {
    console.error(`planbook build: ${(error as Error).message}`);
    return 2;
  }
  const besideRoot = outDirBesideRoot(outDir);
  if (besideRoot) {
    const lang = resolveLang(undefined, process.env['PLANBOOK_LANG']) ?? 'zh-CN';
    console.error(`planbook build: ${lang === 'en' ? besideRoot.en : besideRoot.zh}`);
    return 2;
  }
  const progress = createProgress({ stream });
  const check = progress.step('plan check');
  let result;
  try {
    result = await checkContent(content, { asOf });
  } catch (error) {
    if (error instanceof PlanbookError) {
      console.error(`planbook build: ${error.message}`);
      return error.exitCode;
    }
    throw error;
  }
  const { errors, warnings } = countBySeverity(result.diagnostics);
  // The build's log speaks the reader's language like `plan` does (PLANBOOK_LANG, else Chinese).
  const buildLang = resolveLang(undefined, process.env['PLANBOOK_LANG']) ?? 'zh-CN';
  if (result.diagnostics.length) check.print(diagnosticsAsText(result.diagnostics, buildLang));
  const invalid = invalidFiles(result.load);
  const invalidShown = new Set(invalid.map((file) => file.error.file));
  // --allow-invalid waives the invalid files' own errors only: a figure that does not add up still stops the build.
  const otherErrors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error' && !invalidShown.has(diagnostic.file)).length;
  if (errors > 0 && !(allowInvalid && otherErrors === 0)) {
    const listed = invalid.length ? `\nInvalid files (their figures would be missing from every page):\n${invalidFileLines(invalid, buildLang).join('\n')}` : '';
    const hint = invalid.length && otherErrors === 0 ? ' Fix them, or run npm run build -- --allow-invalid for a portal that says they are left out.' : ' Fix them, then run npm run build again.';
    console.error(`\nplanbook build: refusing to build the portal: ${errors} error${errors === 1 ? '' : 's'} in the content (see above).${listed}\n${hint.trim()}`);
    return 1;
  }
  if (invalid.length) console.error(`planbook build: warning: ${invalid.length} invalid file${invalid.length === 1 ? '' : 's'} left out of the portal, which says so on every page:\n${invalidFileLines(invalid, buildLang).join('\n')}`);
  check.done(`${content}/ as of ${asOf}: ${result.load.fileCount} files, ${invalid.length ? `${invalid.length} invalid (allowed)` : 'no errors'}${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}`);

  const reference = progress.step('plan schema');
  // The schema command's own "Wrote N files" line is the step's detail, not a line of its own.
  const said: string[] = [];
  const written = await schema({ write: true }, { ...processIo, cwd: root, err: (text) => void said.push(text.trim()) });
  if (written !== 0) {
    console.error(said.join('\n'));
    return written;
  }
  reference.done(said.join(' ').replace(/^Wrote/, 'wrote') || undefined);

  const pages = progress.step(shard ? `astro build (shard ${shard})` : 'astro build + search index');
  // The portal's banner (src/layouts/Base.astro) names the files left out.
  const env = { ...process.env, PLANBOOK_CONTENT: content, PLANBOOK_AS_OF: asOf, PLANBOOK_OUT_DIR: outDir, PLANBOOK_SHARD: shard ?? '', PLANBOOK_INVALID_FILES: invalid.map((file) => file.error.file).join('\n') };
  const built = await buildPages({ outDir, env, astroArgs, search: !shard, step: pages });
  if (built !== 0) return built;
  if (shard) {
    progress.summary(`✓ built shard ${shard} in ${outDir}/ (no search index: node scripts/merge-shards.ts merges the shards and indexes them)`);
    return 0;
  }
  progress.summary(`✓ built ${outDir}/`);
  return 0;
}

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
    indexer = search ? await createSearchIndexer(outDir) : undefined;
  } catch (error) {
    console.error(`planbook build: ${(error as Error).message}`);
    return 2;
  }
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
        step.count(++built, 'page');
        if (read.file) indexer?.add(read.file);
      } else if (read.kind === 'built') total = read.pages;
      else if (read.kind === 'chatter') chatter.push(line);
      else step.print(read.text);
    },
    { env },
  );
  if (astro !== 0) {
    step.print(chatter.join('\n'));
    await indexer?.abandon();
    return astro;
  }
  const errors = (await indexer?.finish()) ?? [];
  if (errors.length) {
    step.print(`planbook build: the search index failed:\n${errors.join('\n')}`);
    return 2;
  }
  step.done(`${(total ?? built).toLocaleString('en-US')} pages${indexer ? ', search index' : ''}`);
  return 0;
}

/**
 * The pagefind CLI over a built site's search pages (PAGEFIND_GLOB), for a site merged from shards.
 * Returns pagefind's exit code.
 */
export function indexSearch(site: string, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return runTool(bin('pagefind'), ['--site', site, '--glob', PAGEFIND_GLOB, '--silent'], { env });
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const allowInvalid = args.includes('--allow-invalid') || process.env['PLANBOOK_ALLOW_INVALID'] === '1';
  process.exitCode = await build({ allowInvalid, astroArgs: args.filter((arg) => arg !== '--allow-invalid') });
}
