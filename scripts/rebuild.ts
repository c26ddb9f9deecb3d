// `npm run rebuild -- --changed BASE` (or `--files 2026/people/li-na/03.report.mdx,…`): the one-document
// rebuild (issue 13). Rebuilds only the pages the changed content files affect (src/site/affected.ts),
// reading the unchanged files from the site's content cache (src/site/content-cache.ts), and puts them
// into the built site atomically; anything it cannot do that way (no earlier build, another as-of date
// or deployment, changed code or org.yaml, pages added or removed) is a full `npm run build`, which
// fills the cache for the next time. See README "The portal at any company size". It speaks the reader's
// language like `plan` and `npm run build` (PLANBOOK_LANG, else Chinese): src/site/rebuild-messages.ts.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { today } from '../src/core/dates.ts';
import { wholeSiteReason } from '../src/site/affected.ts';
import { legacyDocumentRoute } from '../src/site/urls.ts';
import { invalidFiles } from '../src/model/invalid-files.ts';
import { textIn, type Text } from '../src/core/messages.ts';
import { say } from '../src/site/rebuild-messages.ts';
import { say as sayBuild } from '../src/site/build-messages.ts';
import { resolveLang } from './lib/cli.ts';
import { isParseArgsError, parseArgsText } from './lib/parse-args-messages.ts';
import { applyRebuild, removePage, siteDifferences } from './lib/apply-rebuild.ts';
import { bin, ROOT, runTool, runToolLines, withAstroHeap } from './lib/run-tool.ts';

// An unknown PLANBOOK_LANG is Chinese, as for npm run build: a deploy's rebuild is not refused over its log's language.
const lang = resolveLang(undefined, process.env['PLANBOOK_LANG']) ?? 'zh-CN';
/** `text` in the reader's language. */
const inLang = (text: Text): string => textIn(text, lang);
const USAGE = inLang(say('usage'));

/**
 * The environment the pages are rendered with: a rebuild must use the same as the build it patches.
 * Not PLANBOOK_LANG: it is the language of the build's and rebuild's messages, and no page reads it.
 */
const STAMPED = ['PLANBOOK_SITE', 'PLANBOOK_BASE', 'PLANBOOK_REPO_URL', 'PLANBOOK_BRANCH', 'PLANBOOK_REPO', 'PLANBOOK_CMS_AUTH_URL'];

/** Files whose change is no change of the portal: the rest of the repository outside the content is code or the ledger. */
const NOT_THE_PORTAL = /^(?:tests\/|[^/]+\.md$)/;

interface Stamp {
  /** What the built site was made from and with, besides the content: any difference means a full build. */
  asOf: string;
  content: string;
  out: string;
  env: Record<string, string>;
  code: string;
  /**
   * The commit HEAD was and the content files that differed from it when the site (and the content
   * cache) last took in the content: whatever differs from that now is a change, whatever BASE or
   * --files say, so a rebuild never keeps a page made from older content.
   */
  builtFrom?: { commit: string; dirty: string[] };
}

const run = promisify(execFile);

/** git's output in `cwd` (the repository by default), or a rejection with git's exit code. */
async function git(args: string[], cwd = ROOT): Promise<string> {
  return (await run('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 })).stdout;
}

/** A fingerprint of everything but the content that goes into a page: the portal's code, its static files, the dependencies. */
async function codeFingerprint(): Promise<string> {
  const code = ['--', 'src', 'public', 'astro.config.mjs', 'package-lock.json'];
  // Uncommitted edits to the same files count too.
  const [files, edits] = await Promise.all([git(['ls-files', '-s', ...code]), git(['diff', 'HEAD', ...code])]);
  return createHash('sha1').update(files).update(edits).digest('hex');
}

async function currentStamp(content: string, out: string, asOf: string): Promise<Stamp> {
  const env = Object.fromEntries(STAMPED.map((name) => [name, process.env[name] ?? '']));
  const [builtFrom, code] = await Promise.all([contentState(content), codeFingerprint()]);
  return { asOf, content: path.resolve(content), out: path.resolve(out), env, code, ...(builtFrom ? { builtFrom } : {}) };
}

/** The stamp of the last build, or undefined when there is none or it cannot be read (a full build follows). */
function readStamp(file: string): Stamp | undefined {
  try {
    const stamp = JSON.parse(readFileSync(file, 'utf8')) as Stamp;
    return typeof stamp === 'object' && stamp !== null && typeof stamp.code === 'string' ? stamp : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `--files` paths (each value a comma-separated list, the flag given any number of times) as paths
 * inside the content folder (a leading `content/` is accepted), or the first one that is not inside it.
 */
function filesInside(lists: readonly string[], content: string): { paths: string[] } | { outside: string } {
  const root = path.resolve(content);
  const paths: string[] = [];
  for (const file of lists.flatMap((list) => list.split(',')).map((item) => item.trim()).filter(Boolean)) {
    const inRoot = path.resolve(ROOT, file);
    const inContent = path.resolve(root, file);
    const full = inRoot.startsWith(`${root}${path.sep}`) ? inRoot : inContent;
    const relative = path.relative(root, full).split(path.sep).join('/');
    if (path.isAbsolute(file) && !full.startsWith(`${root}${path.sep}`)) return { outside: file };
    if (relative === '' || relative.startsWith('../') || relative === '..') return { outside: file };
    paths.push(relative);
  }
  return { paths };
}

/** The commit HEAD is and the content paths that differ from it (edited, staged or untracked). */
async function contentState(content: string): Promise<{ commit: string; dirty: string[] } | undefined> {
  const commit = (await git(['rev-parse', 'HEAD']).catch(() => '')).trim();
  const since = commit === '' ? undefined : await changedSince(commit, content, { contentOnly: true });
  return commit && since && 'paths' in since ? { commit, dirty: since.paths } : undefined;
}

/** The repository's top folder and its untracked files, asked once for every comparison. */
let worktree: Promise<{ top: string; untracked: string[] }> | undefined;

/** Content paths (inside `content`) changed since `base`, or the reason a full build is needed. */
async function changedSince(base: string, content: string, { contentOnly = false } = {}): Promise<{ paths: string[] } | { reason: Text }> {
  worktree ??= git(['rev-parse', '--show-toplevel']).then(async (output) => {
    const top = output.trim();
    return { top, untracked: (await git(['ls-files', '--others', '--exclude-standard'], top)).split('\n').filter(Boolean) };
  });
  const { top, untracked } = await worktree;
  let changed: string[];
  try {
    changed = [...(await git(['diff', '--name-only', '--no-renames', base], top)).split('\n').filter(Boolean), ...untracked];
  } catch {
    // A commit not in this clone's history (after a force push).
    return { reason: say('full.cannot-compare', { base }) };
  }
  const inside = path.relative(top, path.resolve(content)).split(path.sep).join('/');
  const paths: string[] = [];
  for (const file of changed) {
    if (file.startsWith(`${inside}/`)) paths.push(file.slice(inside.length + 1));
    else if (!contentOnly && !NOT_THE_PORTAL.test(file)) return { reason: say('full.changed-outside', { file, base }) };
  }
  return { paths: [...new Set(paths)].sort() };
}

/**
 * Refuses a change with errors: first the changed files themselves (a figure that cannot be read,
 * named with its line; its pages would otherwise leave it out without the banner a full build would
 * refuse to need), then `plan check --changed BASE` (`check.base`; every file when it is undefined),
 * whose report is on the terminal; no check at all when `check` is undefined (`--no-check`).
 * Undefined when the change is fine, else the exit code to give.
 */
async function checkChange(check: { base: string | undefined } | undefined, changed: readonly string[], content: string, asOf: string): Promise<number | undefined> {
  // Imported here: the schemas load while Astro starts.
  const { indexFileOnDisk } = await import('../src/model/load.ts');
  const problems = changed.flatMap((relative) => {
    if (!existsSync(path.join(content, relative))) return [];
    const index = indexFileOnDisk(content, relative);
    return index.invalid ? index.problems.map((problem) => `${path.join(content, relative)}:${problem.line}:${problem.column}: ${problem.rule}: ${inLang(problem.message)}`) : [];
  });
  if (problems.length > 0) {
    console.error(`${problems.join('\n')}\nplanbook rebuild: ${inLang(say('refuse.changed-files', { count: problems.length }))}`);
    return 1;
  }
  if (check === undefined) return undefined;
  console.log(inLang(check.base === undefined ? say('progress.check-all') : say('progress.check', { base: check.base })));
  const args = check.base === undefined ? [] : ['--changed', check.base];
  const code = await runTool(process.execPath, [path.join(ROOT, 'scripts', 'plan.ts'), 'check', ...args, '--as-of', asOf, '--content', content]);
  if (code === 0) return undefined;
  console.error(`planbook rebuild: ${inLang(say('refuse.check'))}`);
  return code;
}

/**
 * Node settings for the rebuild's Astro process that change no page, only its time: V8's code of
 * Astro's and Vite's modules kept between rebuilds (in the cache folder), and a young generation of
 * 64 MB per semi-space rather than 16, so that the 250,000 documents read from the cache are not
 * copied by a scavenge after every few megabytes (≈0.8 s of a 10,000-person rebuild's CPU, alternating runs).
 */
function astroSpeedEnv(cache: string): NodeJS.ProcessEnv {
  return {
    NODE_COMPILE_CACHE: process.env['NODE_COMPILE_CACHE'] || path.join(cache, 'compile'),
    NODE_OPTIONS: withAstroHeap(process.env['NODE_OPTIONS']),
  };
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ options: { changed: { type: 'string' }, files: { type: 'string', multiple: true }, 'no-check': { type: 'boolean' }, prime: { type: 'boolean' }, help: { type: 'boolean' } } }));
  } catch (error) {
    console.error(`planbook rebuild: ${isParseArgsError(error) ? inLang(parseArgsText(error)) : (error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if ([values.changed, values.files, values.prime].filter((value) => value !== undefined).length !== 1) {
    console.error(`planbook rebuild: ${inLang(say('usage.one-of'))}\n${USAGE}`);
    return 2;
  }
  const started = performance.now();
  const content = process.env['PLANBOOK_CONTENT'] || 'content';
  const out = process.env['PLANBOOK_OUT_DIR'] || 'dist';
  const asOf = process.env['PLANBOOK_AS_OF'] || today();
  const cache = path.resolve(process.env['PLANBOOK_SITE_CACHE'] || path.join(ROOT, '.planbook-cache', 'site'));
  // Every build from here on, full or not, reads and fills the cache.
  process.env['PLANBOOK_SITE_CACHE'] = cache;
  const stampFile = path.join(cache, 'stamp.json');
  // Every git question at once: what the site is built from now, what changed since BASE and since the last build.
  const previous = readStamp(stampFile);
  const [stamp, sinceBase, sinceBuilt] = await Promise.all([
    currentStamp(content, out, asOf),
    values.changed === undefined ? undefined : changedSince(values.changed, content),
    previous?.builtFrom && !values.prime ? changedSince(previous.builtFrom.commit, content, { contentOnly: true }) : undefined,
  ]);
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

  const full = async (reason: Text) => {
    console.log(inLang(say('progress.full', { reason })));
    rmSync(stampFile, { force: true });
    // Imported here: what a full build needs (the check, the schemas' reference) is most of this script's start-up otherwise.
    const { build } = await import('./build.ts');
    const code = await build({ content, asOf, outDir: out });
    if (code === 0) {
      writeFileSync(stampFile, JSON.stringify(stamp, null, 1));
      rmSync(path.join(cache, 'search-stale.txt'), { force: true });
    }
    return code;
  };

  if (values.prime) {
    if (!existsSync(path.join(out, 'routes.json'))) {
      console.error(`planbook rebuild: ${inLang(say('refuse.no-site', { out }))}`);
      return 2;
    }
    // Every file read with no list of changes: the cache is filled from scratch.
    const { loadCachedSiteContent } = await import('../src/site/content-cache.ts');
    const load = await loadCachedSiteContent(content, { PLANBOOK_SITE_CACHE: cache });
    // A site built with --allow-invalid has a banner on every page naming the files; a rebuild would drop it.
    const invalid = invalidFiles(load);
    if (invalid.length) {
      rmSync(stampFile, { force: true });
      console.error(`planbook rebuild: ${inLang(say('refuse.invalid', { count: invalid.length, files: `${invalid[0]?.error.file}${invalid.length > 1 ? '…' : ''}` }))}`);
      return 1;
    }
    mkdirSync(cache, { recursive: true });
    writeFileSync(stampFile, JSON.stringify(stamp, null, 1));
    rmSync(path.join(cache, 'search-stale.txt'), { force: true });
    console.log(inLang(say('done.primed', { count: load.fileCount, out, seconds: seconds() })));
    return 0;
  }

  let changed: string[];
  if (sinceBase) {
    if ('reason' in sinceBase) return full(sinceBase.reason);
    changed = sinceBase.paths;
  } else {
    const files = filesInside(values.files ?? [], content);
    if ('outside' in files) {
      console.error(`planbook rebuild: ${inLang(say('usage.outside', { path: files.outside, content }))}\n${USAGE}`);
      return 2;
    }
    changed = files.paths;
  }

  if (!existsSync(path.join(out, 'routes.json'))) return full(say('full.no-build', { out }));
  if (!previous) return full(say('full.no-stamp', { out, file: path.relative(ROOT, stampFile) }));
  // Whatever differs from what the site was built from is changed too, whatever BASE or --files say.
  // Code is judged by the stamp's fingerprint and BASE's diff; here only the content counts.
  if (!previous.builtFrom || !sinceBuilt) return full(say('full.no-commit', { out }));
  if ('reason' in sinceBuilt) return full(sinceBuilt.reason);
  changed = [...new Set([...changed, ...sinceBuilt.paths, ...previous.builtFrom.dirty])].sort();
  // Each setting by the variable that sets it, which is what the reader changed.
  const settings = { asOf: 'PLANBOOK_AS_OF', content: 'PLANBOOK_CONTENT', out: 'PLANBOOK_OUT_DIR', code: say('full.code') } as const;
  for (const key of ['asOf', 'content', 'out', 'code'] as const) if (previous[key] !== stamp[key]) return full(say('full.another', { setting: settings[key] }));
  for (const name of STAMPED) if (previous.env[name] !== stamp.env[name]) return full(say('full.another', { setting: name }));
  const whole = changed.map(wholeSiteReason).find((reason) => reason !== undefined);
  if (whole) return full(whole);
  if (changed.length === 0) {
    console.log(inLang(say('done.current', { content, out })));
    return 0;
  }

  // The affected pages are built beside the site, then moved in. Astro starts at once; the check of
  // the change goes on meanwhile, and stops it when the content has errors (nothing is moved in).
  const staging = path.join(cache, 'out');
  const listFile = path.join(cache, 'changed.txt');
  const affectedFile = path.join(cache, 'affected.json');
  rmSync(staging, { recursive: true, force: true });
  rmSync(affectedFile, { force: true });
  mkdirSync(cache, { recursive: true });
  writeFileSync(listFile, `${changed.join('\n')}\n`);
  console.log(inLang(changed.length === 1 ? say('progress.astro-file', { file: changed[0] ?? '' }) : say('progress.astro-files', { count: changed.length })));
  const env = { ...process.env, ...astroSpeedEnv(cache), PLANBOOK_CONTENT: content, PLANBOOK_AS_OF: asOf, PLANBOOK_OUT_DIR: staging, PLANBOOK_SHARD: '', PLANBOOK_CHANGED: listFile, PLANBOOK_AFFECTED_OUT: affectedFile };
  const said: string[] = [];
  const stop = new AbortController();
  const building = runToolLines(bin('astro'), ['build'], (line) => void said.push(line), { env, signal: stop.signal });
  // With --files the check runs from the commit the site was built from (what differs from it is what this
  // rebuild publishes), or over every file when the content folder is not in the repository git compares.
  const { top } = await (worktree ?? Promise.resolve({ top: '' })).catch(() => ({ top: '' }));
  const inRepository = top !== '' && !path.relative(top, path.resolve(content)).startsWith('..');
  const check = values['no-check'] ? undefined : { base: values.changed ?? (inRepository ? previous.builtFrom.commit : undefined) };
  const refused = await checkChange(check, changed, content, asOf).catch(async (error: unknown) => {
    stop.abort();
    await building;
    throw error;
  });
  if (refused !== undefined) {
    stop.abort();
    await building;
    return refused;
  }
  const astro = await building;
  if (astro !== 0) {
    console.error(said.join('\n'));
    return astro;
  }
  const selection = JSON.parse(readFileSync(affectedFile, 'utf8')) as { all: true; reason: Text } | { all: false; keys: string[] };
  if (selection.all) return full(selection.reason);
  const differences = siteDifferences(staging, out);
  if (differences.files === undefined) return full(differences.reason);
  // The staging folder stays until the next rebuild, to see what was built.
  const { replaced, pages } = applyRebuild(staging, out, differences.files);
  // A document gone leaves no page behind: the redirect from its old URL goes too (the only page of its own).
  for (const gone of changed.filter((file) => !existsSync(path.join(content, file)))) {
    for (const prefix of ['', 'en/']) removePage(out, `${prefix}${legacyDocumentRoute({ path: gone })}`);
  }
  writeFileSync(stampFile, JSON.stringify(stamp, null, 1));

  // Pagefind cannot update part of an index, and indexing the whole site again is most of a full
  // build's search step: the rebuilt pages keep their previous search records until the next full build.
  const staleFile = path.join(cache, 'search-stale.txt');
  // Only the Chinese pages are indexed (scripts/build.ts PAGEFIND_GLOB).
  const indexed = pages.filter((page) => !page.startsWith('en/'));
  const stale = new Set([...(existsSync(staleFile) ? readFileSync(staleFile, 'utf8').split('\n').filter(Boolean) : []), ...indexed]);
  writeFileSync(staleFile, `${[...stale].sort().join('\n')}\n`);
  const families = say('count.families', { count: selection.keys.length });
  console.log(inLang(say('done.rebuilt', { families, files: changed.join(', '), replaced: sayBuild('count.files', { count: replaced }), out, seconds: seconds() })));
  console.log(inLang(say('done.search-stale', { count: stale.size, file: staleFile })));
  return 0;
}

process.exitCode = await main();
