import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import matter from 'gray-matter';
import { checkContent } from '../src/rules/check.ts';
import { countBySeverity } from '../src/core/diagnostics.ts';
import { listFiles } from '../src/model/content-files.ts';
import { benchSite } from './lib/bench-site.ts';
import { writeSyntheticCompany } from './lib/synthetic.ts';

/**
 * `npm run bench [-- --only check|site] [--skip-10k]`: on generated companies of 1,000 and 10,000
 * people, times `plan check` against the floor of merely parsing the same files' frontmatter with
 * gray-matter, and the portal (astro build, search index, a one-document rebuild) against a bare Astro
 * build of as many plain Markdown pages. Figures, not asserts; each with the machine's load.
 */
const ROOT = path.resolve(import.meta.dirname, '..');
const WORK = path.join(ROOT, '.bench');
const CONTENT = path.join(WORK, 'content');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
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
  const { values } = parseArgs({ options: { only: { type: 'string' }, 'skip-10k': { type: 'boolean' } } });
  only = values.only ?? process.env['BENCH_ONLY'];
  skip10k ||= values['skip-10k'] === true;
} catch (error) {
  process.stderr.write(`bench: ${(error as Error).message}\n`);
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

/** Runs `RUNS` times; the median is the headline (a quiet machine's typical run), the best is shown beside it. */
async function repeated<T>(label: string, run: () => Promise<T> | T): Promise<{ median: number; best: number; value: T }> {
  const times: number[] = [];
  let last: { ms: number; value: T } | undefined;
  for (let index = 0; index < RUNS; index++) {
    // Only the latest result is kept: holding every run's 25k documents made each later run pay for
    // a bigger heap in garbage collection, which a single `plan check` never does.
    last = await timed(run);
    log(`  ${label} run ${index + 1}/${RUNS}: ${last.ms.toFixed(0)} ms`);
    times.push(last.ms);
  }
  const sorted = times.sort((a, b) => a - b);
  if (!last) throw new Error('BENCH_RUNS must be at least 1');
  const middle = sorted.length / 2;
  const median = sorted.length % 2 ? (sorted[Math.floor(middle)] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { median, best: sorted[0] ?? 0, value: last.value };
}

async function benchCheck(): Promise<string[]> {
  const files = await listFiles(CONTENT);
  const floor = await repeated('gray-matter read + parse (floor)', () => {
    let keys = 0;
    for (const file of files) keys += Object.keys(matter(readFileSync(path.join(CONTENT, file), 'utf8'), {}).data).length;
    return keys;
  });
  const check = await repeated('plan check', () => checkContent(CONTENT, { asOf: AS_OF }));
  const { errors, warnings } = countBySeverity(check.value.diagnostics);
  if (errors > 0) {
    log(`plan check found ${errors} errors in the synthetic company; the benchmark is not meaningful:`);
    for (const diagnostic of check.value.diagnostics.slice(0, 5)) log(`  ${diagnostic.file}:${diagnostic.line} ${diagnostic.message.en}`);
    process.exitCode = 1;
  }
  return [
    `${'files'.padEnd(24)}${files.length}`,
    `${'gray-matter floor'.padEnd(24)}${floor.median.toFixed(0)} ms median of ${RUNS} (best ${floor.best.toFixed(0)} ms)`,
    `${'plan check'.padEnd(24)}${check.median.toFixed(0)} ms median of ${RUNS} (best ${check.best.toFixed(0)} ms; ${errors} errors, ${warnings} warnings)`,
    `${'check ratio'.padEnd(24)}${(check.median / floor.median).toFixed(2)}× the floor (target ≤ 2×)`,
  ];
}

async function benchPortal(): Promise<string[]> {
  const { portal, search, floor, rebuild } = await benchSite({ root: ROOT, content: CONTENT, work: WORK, asOf: AS_OF, floorKind: FLOOR, units: UNITS, log });
  const row = (label: string, run: typeof portal) =>
    `${label.padEnd(24)}${run.seconds.toFixed(1)} s (CPU ${run.cpuSeconds.toFixed(1)} s), ${run.pages} pages, peak ${mb(run.peakTreeKb)} (process tree; largest process ${mb(run.peakProcessKb)}; load ${run.loadBefore.toFixed(1)} at start)`;
  const total = portal.seconds + search.seconds;
  const cpu = portal.cpuSeconds + search.cpuSeconds;
  const peak = Math.max(portal.peakTreeKb, search.peakTreeKb);
  return [
    row('portal astro build', portal),
    row('pagefind (search)', search),
    `${'site incl. search'.padEnd(24)}${total.toFixed(1)} s (CPU ${cpu.toFixed(1)} s), peak ${mb(peak)} (target at 10,000 people ≤ 120 s, ≤ 4 GB)`,
    row(`bare astro (${FLOOR})`, floor),
    `${'site ratio'.padEnd(24)}${(portal.seconds / floor.seconds).toFixed(2)}× the floor (astro build only; ${(portal.cpuSeconds / floor.cpuSeconds).toFixed(2)}× in CPU time)`,
    row(`rebuild ${rebuild.shard}`, rebuild.build),
    `${'one-document rebuild'.padEnd(24)}${(rebuild.build.seconds + rebuild.copySeconds).toFixed(1)} s (shard build + ${rebuild.copySeconds.toFixed(1)} s copy over the site; search re-index not included; target ≤ 10 s)`,
    row(`bare astro, ${rebuild.floor.pages} pages`, rebuild.floor),
    `${'rebuild ratio'.padEnd(24)}${(rebuild.build.seconds / rebuild.floor.seconds).toFixed(2)}× a bare Astro build of as many pages (${(rebuild.build.cpuSeconds / rebuild.floor.cpuSeconds).toFixed(2)}× in CPU time)`,
  ];
}

// A company of each size in turn (generating the next overwrites the last); one run prints all figures.
const sizes = PER_UNIT_ENV ? [Number(PER_UNIT_ENV)] : skip10k ? [100] : [100, 1000];
const summary: string[] = [];
for (const perUnit of sizes) {
  log(`Generating the synthetic company (${UNITS * perUnit} people × 12 months of plans and reports)…`);
  // BENCH_REUSE=1 keeps .bench/content from a previous run of the same size (250,011 files take minutes to write).
  const generated = process.env['BENCH_REUSE'] === '1' && existsSync(CONTENT) ? { value: (await listFiles(CONTENT)).length, ms: 0 } : await timed(() => writeSyntheticCompany(CONTENT, { units: UNITS, perUnit }));
  log(`  ${generated.value} files in ${generated.ms.toFixed(0)} ms → ${path.relative(ROOT, CONTENT)}`);
  summary.push('', `${(UNITS * perUnit).toLocaleString('en')} people (${generated.value} files; load ${(loadavg()[0] ?? 0).toFixed(1)} ${(loadavg()[1] ?? 0).toFixed(1)} ${(loadavg()[2] ?? 0).toFixed(1)} when generated)`);
  if (only !== 'site') summary.push(...(await benchCheck()));
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
