import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { listFiles } from '../src/model/content-files.ts';
import { benchCheck } from './lib/bench-check.ts';
import { benchSite } from './lib/bench-site.ts';
import { writeSyntheticCompany } from './lib/synthetic.ts';

const USAGE = `npm run bench [-- --only check|site] [--skip-10k]

On generated companies of 1,000 and 10,000 people (10 units × 12 months of plans and reports, in
.bench/), one run prints the figures of both parts, each with the machine's load:
  check  plan check (whole processes, peak memory) against the floor of merely parsing the same
         files' frontmatter with gray-matter, and plan check --changed main after a one-file change
  site   the portal (astro build with its search index, a one-document rebuild) against a bare Astro build
         of as many plain Markdown pages
Figures, not asserts.

  --only PART   check or site (or BENCH_ONLY=PART): one part only
  --skip-10k    1,000 people only, for both parts (or BENCH_SKIP_10K=1)

Environment: BENCH_RUNS (runs per check figure, default 5), BENCH_PER_UNIT (one size: 10 → 100 people),
BENCH_REUSE=1 (keep .bench/content from the last run of that size), BENCH_FLOOR=pages (the site's
floor as one .md file per page).`;

const ROOT = path.resolve(import.meta.dirname, '..');
const WORK = path.join(ROOT, '.bench');
const CONTENT = path.join(WORK, 'content');
/** The size of the company in CONTENT ({ units, perUnit } as JSON), written when it is generated. */
const SHAPE = path.join(WORK, 'content-shape.json');
/**
 * Runs per check figure, its median reported: on a 2-core host that gives the machine a varying share
 * of its CPU, one check of 10,000 people took 4.8 to 6.8 s within minutes; five runs' median moves
 * less than three's.
 */
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const UNITS = 10;
/** People per unit (10 units): 100 and 1,000; BENCH_PER_UNIT gives one quick run of the same shape. */
const PER_UNIT_ENV = process.env['BENCH_PER_UNIT'];
const AS_OF = '2027-01-31';
/** The floor project: a content collection and one route (Astro's fastest), or one .md file per page. */
const FLOOR = process.env['BENCH_FLOOR'] === 'pages' ? 'pages' : 'collection';
const PARTS = ['check', 'site'] as const;

const log = (text: string) => process.stdout.write(`${text}\n`);
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

let only: string | undefined;
let skip10k = process.env['BENCH_SKIP_10K'] === '1';
try {
  const { values } = parseArgs({ options: { only: { type: 'string' }, 'skip-10k': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    log(USAGE);
    process.exit(0);
  }
  only = values.only ?? process.env['BENCH_ONLY'];
  skip10k ||= values['skip-10k'] === true;
} catch (error) {
  process.stderr.write(`bench: ${(error as Error).message}\n\n${USAGE}\n`);
  process.exit(2);
}
if (only !== undefined && !(PARTS as readonly string[]).includes(only)) {
  process.stderr.write(`bench: unexpected --only "${only}", expected one of ${PARTS.join(', ')}\n`);
  process.exit(2);
}

async function timed<T>(run: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

async function benchPortal(): Promise<string[]> {
  const { portal, floor, rebuild } = await benchSite({ root: ROOT, content: CONTENT, work: WORK, asOf: AS_OF, floorKind: FLOOR, log });
  const row = (label: string, run: typeof portal) =>
    `${label.padEnd(24)}${run.seconds.toFixed(1)} s (CPU ${run.cpuSeconds.toFixed(1)} s), ${run.pages} pages, peak ${mb(run.peakTreeKb)} (process tree; largest process ${mb(run.peakProcessKb)}; load ${run.loadBefore.toFixed(1)} at start)`;
  return [
    // The search index is built while Astro writes the pages (scripts/lib/build-pages.ts): one figure.
    row('site incl. search', portal),
    `${''.padEnd(24)}astro build with pagefind beside it (target at 10,000 people ≤ 120 s, ≤ 4 GB)`,
    row(`bare astro (${FLOOR})`, floor),
    `${'site ratio'.padEnd(24)}${(portal.seconds / floor.seconds).toFixed(2)}× the floor (search index included; ${(portal.cpuSeconds / floor.cpuSeconds).toFixed(2)}× in CPU time)`,
    `${'rebuild cache (prime)'.padEnd(24)}${rebuild.prime.seconds.toFixed(1)} s (CPU ${rebuild.prime.cpuSeconds.toFixed(1)} s), peak ${mb(rebuild.prime.peakTreeKb)} (every content file read once after the full build; load ${rebuild.prime.loadBefore.toFixed(1)} at start)`,
    row('one-document rebuild', rebuild.build),
    `${''.padEnd(24)}${rebuild.changed} edited: ${rebuild.build.seconds.toFixed(1)} s for its pages into the site (search records of those pages stay the previous build's; target ≤ 10 s)`,
    row(`bare astro, ${rebuild.floor.pages} pages`, rebuild.floor),
    `${'rebuild ratio'.padEnd(24)}${(rebuild.build.seconds / rebuild.floor.seconds).toFixed(2)}× a bare Astro build of as many pages (${(rebuild.build.cpuSeconds / rebuild.floor.cpuSeconds).toFixed(2)}× in CPU time)`,
  ];
}

// A company of each size in turn (generating the next overwrites the last); one run prints all figures.
const sizes = PER_UNIT_ENV ? [Number(PER_UNIT_ENV)] : skip10k ? [100] : [100, 1000];
const summary: string[] = [];
for (const perUnit of sizes) {
  const people = UNITS * perUnit;
  log(`Generating the synthetic company (${people} people × 12 months of plans and reports)…`);
  // BENCH_REUSE=1 keeps .bench/content from a previous run of the same size (250,011 files take minutes to write);
  // the size it was generated for is recorded beside it, so a company of another size is generated afresh.
  const shape = JSON.stringify({ units: UNITS, perUnit });
  const reuse = process.env['BENCH_REUSE'] === '1' && existsSync(CONTENT) && existsSync(SHAPE) && readFileSync(SHAPE, 'utf8') === shape;
  if (process.env['BENCH_REUSE'] === '1' && !reuse) log(`  BENCH_REUSE=1: ${path.relative(ROOT, CONTENT)} is not a company of ${people} people; generating it`);
  if (!reuse) rmSync(SHAPE, { force: true });
  const generated = reuse ? { value: (await listFiles(CONTENT)).length, ms: 0 } : await timed(() => writeSyntheticCompany(CONTENT, { units: UNITS, perUnit }));
  if (!reuse) writeFileSync(SHAPE, shape);
  log(`  ${generated.value} files in ${generated.ms.toFixed(0)} ms → ${path.relative(ROOT, CONTENT)}`);
  summary.push('', `${people.toLocaleString('en')} people (${generated.value} files; load ${(loadavg()[0] ?? 0).toFixed(1)} ${(loadavg()[1] ?? 0).toFixed(1)} ${(loadavg()[2] ?? 0).toFixed(1)} when generated)`);
  // The check first: it commits the company to a Git repository in .bench and leaves the files as generated.
  if (only !== 'site') summary.push(...(await benchCheck({ root: ROOT, dir: WORK, people, asOf: AS_OF, runs: RUNS, log })));
  if (only !== 'check') {
    try {
      summary.push(...(await benchPortal()));
    } catch (error) {
      process.stderr.write(`bench: ${(error as Error).message}\n`);
      process.exitCode = 2;
    }
  }
}
log('');
for (const line of summary) log(line);
