// `npm run build`: the portal is only built from content that passes `plan check`.
// check → format reference → astro build, the search index built beside it. Each step shows its progress and its own
// duration (scripts/lib/progress.ts), and the run ends with a summary.
// `npm run build -- --allow-invalid` (or PLANBOOK_ALLOW_INVALID=1) builds although files are invalid,
// as long as nothing else is wrong; every page then carries a banner naming them.
// Everything it says is in the reader's language like `plan` (PLANBOOK_LANG=en, else Chinese;
// src/site/build-messages.ts).
import path from 'node:path';
import { checkContent } from '../src/rules/check.ts';
import { today } from '../src/core/dates.ts';
import { countBySeverity } from '../src/core/diagnostics.ts';
import { PlanbookError } from '../src/core/errors.ts';
import type { Lang } from '../src/core/lang.ts';
import { textIn, verbatim, type Text } from '../src/core/messages.ts';
import { buildLang, say } from '../src/site/build-messages.ts';
import { invalidFiles } from '../src/model/invalid-files.ts';
import { schema } from './commands/schema.ts';
import { processIo } from './lib/cli.ts';
import { diagnosticsAsText } from './lib/format-diagnostics.ts';
import { invalidFileLines } from './lib/invalid-content.ts';
import { parseShard } from '../src/site/shard.ts';
import { createProgress, type ProgressStream } from './lib/progress.ts';
import { buildPages } from './lib/build-pages.ts';
import { ROOT as root } from './lib/run-tool.ts';

// The pages-and-search step lives apart, so a process running only it (the bench) does not load the check.
export { buildPages, indexSearch, type BuildPagesOptions } from './lib/build-pages.ts';
export { PAGEFIND_GLOB } from './lib/search-index.ts';

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
  /** The language of everything the build says (default PLANBOOK_LANG: English for `en`, else Chinese). */
  lang?: Lang;
}

/**
 * Why Astro cannot build into `outDir`, or undefined. Astro takes an output folder for inside the
 * project when its path merely begins with the project's (`/work/site-dist` for `/work/site`), puts
 * its prerendering code there, and that code then cannot find the project's packages.
 */
export function outDirBesideRoot(outDir: string, projectRoot: string = root): Text | undefined {
  const full = path.resolve(projectRoot, outDir);
  const relative = path.relative(projectRoot, full);
  const inside = relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
  if (inside || !full.startsWith(projectRoot)) return undefined;
  return say('refuse.out-dir', { full, root: projectRoot, other: path.join(projectRoot, 'dist-site') });
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
  lang = buildLang(),
}: BuildOptions = {}): Promise<number> {
  const inLang = (text: Text) => textIn(text, lang);
  try {
    parseShard(shard);
  } catch (error) {
    console.error(`planbook build: ${(error as Error).message}`);
    return 2;
  }
  const besideRoot = outDirBesideRoot(outDir);
  if (besideRoot) {
    console.error(`planbook build: ${inLang(besideRoot)}`);
    return 2;
  }
  const progress = createProgress({ stream, lang });
  const check = progress.step(say('step.check'));
  let result;
  try {
    result = await checkContent(content, { asOf });
  } catch (error) {
    if (error instanceof PlanbookError) {
      console.error(`planbook build: ${inLang(error.text)}`);
      return error.exitCode;
    }
    throw error;
  }
  const { errors, warnings } = countBySeverity(result.diagnostics);
  if (result.diagnostics.length) check.print(diagnosticsAsText(result.diagnostics, lang));
  const invalid = invalidFiles(result.load);
  const invalidShown = new Set(invalid.map((file) => file.error.file));
  // --allow-invalid waives the invalid files' own errors only: a figure that does not add up still stops the build.
  const otherErrors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error' && !invalidShown.has(diagnostic.file)).length;
  if (errors > 0 && !(allowInvalid && otherErrors === 0)) {
    const listed = invalid.length ? [inLang(say('refuse.invalid-files')), ...invalidFileLines(invalid, lang)] : [];
    const hint = say(invalid.length && otherErrors === 0 ? 'refuse.hint-allow' : 'refuse.hint-fix');
    console.error(['', `planbook build: ${inLang(say('refuse.errors', { count: errors }))}`, ...listed, inLang(hint)].join('\n'));
    return 1;
  }
  if (invalid.length) console.error([`planbook build: ${inLang(say('warn.invalid', { count: invalid.length }))}`, ...invalidFileLines(invalid, lang)].join('\n'));
  const state = invalid.length ? say('check.invalid-allowed', { count: invalid.length }) : say('check.no-errors');
  check.done(say('check.done', { content, asOf, files: say('count.files', { count: result.load.fileCount }), state, warnings: warnings ? say('check.warnings', { count: warnings }) : '' }));
  // The check's model of every file is not needed past here: released before Astro and pagefind run,
  // when the build peaks (250,000 files at 10,000 people), rather than held by this process to the end
  // (an async function keeps its locals across an await, read again or not).
  // eslint-disable-next-line no-useless-assignment -- the assignment is what lets the model be collected.
  result = undefined;

  const reference = progress.step(say('step.schema'));
  // The schema command's own "Wrote N files" line is the step's detail, not a line of its own.
  const said: string[] = [];
  const written = await schema({ write: true }, { ...processIo, lang, cwd: root, err: (text) => void said.push(text.trim()) });
  if (written !== 0) {
    console.error(said.join('\n'));
    return written;
  }
  const wrote = said.join(' ').replace(/^Wrote/, 'wrote');
  reference.done(wrote ? verbatim(wrote) : undefined);

  const pages = progress.step(shard ? say('step.pages-shard', { shard }) : say('step.pages'));
  // The portal's banner (src/layouts/Base.astro) names the files left out.
  const env = { ...process.env, PLANBOOK_CONTENT: content, PLANBOOK_AS_OF: asOf, PLANBOOK_OUT_DIR: outDir, PLANBOOK_SHARD: shard ?? '', PLANBOOK_INVALID_FILES: invalid.map((file) => file.error.file).join('\n') };
  const built = await buildPages({ outDir, env, astroArgs, search: !shard, step: pages });
  if (built !== 0) return built;
  if (shard) {
    progress.summary(say('done.shard', { shard, out: outDir }));
    return 0;
  }
  progress.summary(say('done.built', { out: outDir }));
  return 0;
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  // Help before anything runs: it was passed on to Astro after a check and a schema write.
  if (args.includes('--help') || args.includes('-h')) {
    console.log(textIn(say('usage'), buildLang()));
    process.exit(0);
  }
  const allowInvalid = args.includes('--allow-invalid') || process.env['PLANBOOK_ALLOW_INVALID'] === '1';
  process.exitCode = await build({ allowInvalid, astroArgs: args.filter((arg) => arg !== '--allow-invalid') });
}
