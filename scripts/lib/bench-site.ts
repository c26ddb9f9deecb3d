import { readdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { writeAstroFloor } from './astro-floor.ts';
import { measureCommand, type Measured } from './measure.ts';
import { toolEnv } from './run-tool.ts';
import { PAGEFIND_GLOB } from '../build.ts';

export interface BuildRun extends Measured {
  pages: number;
  /** The machine's 1-minute load average when the build started: other work skews the times. */
  loadBefore: number;
}

export interface SiteBench {
  portal: BuildRun;
  floor: BuildRun;
  pagefind: Measured;
}

export interface SiteBenchOptions {
  root: string;
  /** The synthetic company's content folder. */
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

/** Astro prints one line per page written ("  ├─ /2026/docs/… (+3ms)"): progress without a second walk of dist. */
const PAGE_LINE = /\(\+\d+(?:\.\d+)?m?s\)\s*$/;

async function astroBuild(label: string, args: string[], { root, work, log }: SiteBenchOptions, env: NodeJS.ProcessEnv, outDir: string): Promise<BuildRun> {
  const loadBefore = loadavg()[0] ?? 0;
  const logFile = path.join(work, `${label}.log`);
  let pages = 0;
  const started = performance.now();
  const ticker = setInterval(() => log(`  ${label}: ${((performance.now() - started) / 1000).toFixed(0)} s, ${pages} pages written`), 15_000);
  const measured = await measureCommand(path.join(root, 'node_modules', '.bin', 'astro'), ['build', ...args], {
    cwd: root,
    env,
    logFile,
    onLine: (line) => {
      if (PAGE_LINE.test(line)) pages++;
    },
  });
  clearInterval(ticker);
  if (measured.exitCode !== 0) throw new Error(`${label} failed (exit ${measured.exitCode}); see ${path.relative(root, logFile)}`);
  return { ...measured, pages: countPages(outDir), loadBefore };
}

/**
 * Times `astro build` of the portal for the synthetic company, then a bare Astro build of as many
 * plain Markdown pages, with the same astro binary and Node. Both start cold (no cache, no output).
 * Pagefind is timed on its own: it is not Astro's work, so it would blur the comparison.
 */
export async function benchSite(options: SiteBenchOptions): Promise<SiteBench> {
  const { root, content, work, asOf, floorKind, log } = options;
  const outDir = path.join(work, 'dist');
  const cacheDir = path.join(work, 'cache');
  const floorDir = path.join(work, 'floor');
  const env = toolEnv();

  log(`Building the portal for ${path.relative(root, content)} → ${path.relative(root, outDir)} (astro build only)…`);
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  const portalEnv = { ...env, PLANBOOK_CONTENT: content, PLANBOOK_OUT_DIR: outDir, PLANBOOK_CACHE_DIR: cacheDir, PLANBOOK_AS_OF: asOf };
  const portal = await astroBuild('portal build', [], options, portalEnv, outDir);
  log(`  ${portal.pages} pages in ${portal.seconds.toFixed(1)} s`);

  log(`Building the floor: a bare Astro project with ${portal.pages} plain Markdown pages (${floorKind}) in ${path.relative(root, floorDir)}…`);
  writeAstroFloor(floorDir, portal.pages, floorKind);
  const floor = await astroBuild('floor build', ['--root', floorDir], options, env, path.join(floorDir, 'dist'));
  log(`  ${floor.pages} pages in ${floor.seconds.toFixed(1)} s`);

  log('Indexing the portal with pagefind (reported separately)…');
  const pagefind = await measureCommand(path.join(root, 'node_modules', '.bin', 'pagefind'), ['--site', outDir, '--glob', PAGEFIND_GLOB, '--silent'], { cwd: root, env, logFile: path.join(work, 'pagefind.log') });
  if (pagefind.exitCode !== 0) throw new Error(`pagefind failed (exit ${pagefind.exitCode}); see .bench/pagefind.log`);
  return { portal, floor, pagefind };
}
