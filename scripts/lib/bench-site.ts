import { appendFileSync, readdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { writeAstroFloor } from './astro-floor.ts';
import { measureCommand, type Measured } from './measure.ts';
import { toolEnv } from './run-tool.ts';

export interface BuildRun extends Measured {
  pages: number;
  /** The machine's 1-minute load average when the step started: other work skews the times. */
  loadBefore: number;
}

export interface SiteBench {
  /**
   * `astro build` of the whole portal, cold (no cache, no output), with the search index built
   * beside it as `npm run build` does (scripts/lib/build-pages.ts).
   */
  portal: BuildRun;
  /** A bare Astro build of as many plain pages. */
  floor: BuildRun;
  /**
   * The one-document rebuild (scripts/rebuild.ts): the cache filled and stamped after the full build
   * (`prime`, once per full build), then one document edited and only the pages it affects rebuilt
   * and moved into the site (`build`), next to a bare Astro build of as many pages.
   */
  rebuild: { prime: BuildRun; build: BuildRun; changed: string; floor: BuildRun };
}

export interface SiteBenchOptions {
  root: string;
  /** The synthetic company's content folder (scripts/lib/synthetic.ts). */
  content: string;
  /** Where the portal, its cache, the floor project and the logs go (.bench). */
  work: string;
  asOf: string;
  /** How the floor project makes its pages (see writeAstroFloor). */
  floorKind: 'collection' | 'pages';
  log: (text: string) => void;
}

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
}

/** A line of Astro's or of the build's progress: the pages written so far, without a second walk of dist. */
const PAGE_LINE = /\(\+\d+(?:\.\d+)?m?s\)\s*$/;
const PAGES_SO_FAR = /: ([\d,]+) pages \(/;

async function measured(label: string, command: string, args: string[], { root, work, log }: SiteBenchOptions, env: NodeJS.ProcessEnv, outDir: string): Promise<BuildRun> {
  const loadBefore = loadavg()[0] ?? 0;
  const logFile = path.join(work, `${label.replace(/\W+/g, '-')}.log`);
  let pages = 0;
  const started = performance.now();
  const ticker = setInterval(() => log(`  ${label}: ${((performance.now() - started) / 1000).toFixed(0)} s${pages ? `, ${pages} pages written` : ''}`), 15_000);
  const run = await measureCommand(command, args, {
    cwd: root,
    env,
    logFile,
    onLine: (line) => {
      if (PAGE_LINE.test(line)) pages++;
      const counted = PAGES_SO_FAR.exec(line)?.[1];
      if (counted) pages = Number(counted.replace(/,/g, ''));
    },
  });
  clearInterval(ticker);
  if (run.exitCode !== 0) throw new Error(`${label} failed (exit ${run.exitCode}); see ${path.relative(root, logFile)}`);
  return { ...run, pages: countPages(outDir), loadBefore };
}

/**
 * Times the site for the synthetic company: `astro build` of the portal with its search index (the
 * step `npm run build` runs after `plan check`: pagefind indexes the pages as Astro writes them), a bare Astro build of as many plain Markdown
 * pages (the floor, same astro binary and Node), and a one-document rebuild: the content cached for
 * rebuilds, one person's report edited, and only the pages it affects rebuilt and moved into the site
 * (scripts/rebuild.ts). Full builds start cold (no cache, no output).
 */
export async function benchSite(options: SiteBenchOptions): Promise<SiteBench> {
  const { root, content, work, asOf, floorKind, log } = options;
  const outDir = path.join(work, 'dist');
  const cacheDir = path.join(work, 'cache');
  const floorDir = path.join(work, 'floor');
  const astro = path.join(root, 'node_modules', '.bin', 'astro');
  const env = toolEnv();
  const portalEnv = (out: string, cache: string, shard = '') => ({ ...env, PLANBOOK_CONTENT: content, PLANBOOK_OUT_DIR: out, PLANBOOK_CACHE_DIR: cache, PLANBOOK_AS_OF: asOf, PLANBOOK_SHARD: shard });

  log(`Building the portal for ${path.relative(root, content)} → ${path.relative(root, outDir)}…`);
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  const portal = await measured('portal build', process.execPath, [path.join(root, 'scripts', 'lib', 'bench-portal.ts')], options, portalEnv(outDir, cacheDir), outDir);
  log(`  ${portal.pages} pages and their search index in ${portal.seconds.toFixed(1)} s`);

  // The rebuild's cache and stamp for the site just built, as after `npm run build` in a deploy.
  const rebuildEnv = { ...portalEnv(outDir, cacheDir), PLANBOOK_SITE_CACHE: path.join(work, 'site-cache') };
  const rebuildScript = path.join(root, 'scripts', 'rebuild.ts');
  rmSync(rebuildEnv.PLANBOOK_SITE_CACHE, { recursive: true, force: true });
  log('Caching the content for rebuilds (npm run rebuild -- --prime)…');
  const prime = await measured('rebuild prime', process.execPath, [rebuildScript, '--prime'], options, rebuildEnv, outDir);
  log(`  ${prime.seconds.toFixed(1)} s`);
  const changed = '2026/people/p-1-1/03.report.mdx';
  log(`One-document rebuild: ${changed} edited, the pages it affects rebuilt (npm run rebuild -- --files ${changed} --no-check: the check is timed apart)…`);
  appendFileSync(path.join(content, changed), '\n补充说明：重点客户回款提前。\n');
  // The pages it built stay in the cache's staging folder: they are the rebuild's page count.
  const staging = path.join(rebuildEnv.PLANBOOK_SITE_CACHE, 'out');
  const build = await measured('one-document rebuild', process.execPath, [rebuildScript, '--files', changed, '--no-check'], options, rebuildEnv, staging);
  log(`  ${build.pages} pages in ${build.seconds.toFixed(1)} s`);

  // What any Astro build of that many pages costs: bundling and start-up, which no content cache removes.
  writeAstroFloor(floorDir, build.pages, floorKind);
  const rebuildFloor = await measured('rebuild floor', astro, ['build', '--root', floorDir], options, env, path.join(floorDir, 'dist'));
  log(`  floor: a bare Astro build of ${rebuildFloor.pages} pages in ${rebuildFloor.seconds.toFixed(1)} s`);

  log(`Building the floor: a bare Astro project with ${portal.pages} plain Markdown pages (${floorKind}) in ${path.relative(root, floorDir)}…`);
  writeAstroFloor(floorDir, portal.pages, floorKind);
  const floor = await measured('floor build', astro, ['build', '--root', floorDir], options, env, path.join(floorDir, 'dist'));
  log(`  ${floor.pages} pages in ${floor.seconds.toFixed(1)} s`);
  return { portal, floor, rebuild: { prime, build, changed, floor: rebuildFloor } };
}
