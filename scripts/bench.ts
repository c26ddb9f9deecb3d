import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchCheck } from './lib/bench-check.ts';
import { benchSite } from './lib/bench-site.ts';
import { writeSyntheticCompany } from './lib/synthetic.ts';

/**
 * `npm run bench [-- --only check|site] [--quick]`: times `plan check` at 1,000 and 10,000 people
 * (`--quick`: 1,000 only) against the floor of merely parsing the same files' frontmatter with
 * gray-matter, with peak memory and the incremental check of a one-file change
 * (scripts/lib/bench-check.ts); and, on a generated 1,000-person company, the portal's `astro build`
 * against a bare Astro build of as many plain Markdown pages. Figures, not asserts.
 */
const ROOT = path.resolve(import.meta.dirname, '..');
const WORK = path.join(ROOT, '.bench');
const CONTENT = path.join(WORK, 'content');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
/** People per unit (10 units); smaller values give a quick run of the same shape. */
const PER_UNIT = Number(process.env['BENCH_PER_UNIT'] ?? 100);
const AS_OF = '2027-01-31';
/** The floor project: a content collection and one route (Astro's fastest), or one .md file per page. */
const FLOOR = process.env['BENCH_FLOOR'] === 'pages' ? 'pages' : 'collection';
const PARTS = ['check', 'site'] as const;

const log = (text: string) => process.stdout.write(`${text}\n`);
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

let only: string | undefined;
let quick = false;
try {
  const { values } = parseArgs({ options: { only: { type: 'string' }, quick: { type: 'boolean' } } });
  only = values.only ?? process.env['BENCH_ONLY'];
  quick = values.quick === true;
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

async function benchPortal(): Promise<string[]> {
  const { portal, floor, pagefind } = await benchSite({ root: ROOT, content: CONTENT, work: WORK, asOf: AS_OF, floorKind: FLOOR, log });
  const row = (label: string, run: typeof portal) =>
    `${label.padEnd(24)}${run.seconds.toFixed(1)} s, ${run.pages} pages, peak ${mb(run.peakTreeKb)} (process tree; largest process ${mb(run.peakProcessKb)}; load ${run.loadBefore.toFixed(1)} at start)`;
  return [
    row('portal astro build', portal),
    row(`bare astro (${FLOOR})`, floor),
    `${'site ratio'.padEnd(24)}${(portal.seconds / floor.seconds).toFixed(2)}× the floor (target ≤ 1.5×, peak < 2 GB)`,
    `${'pagefind (separate)'.padEnd(24)}${pagefind.seconds.toFixed(1)} s, peak ${mb(pagefind.peakTreeKb)}`,
  ];
}

const summary: string[] = [];
if (only !== 'site') summary.push(...(await benchCheck({ root: ROOT, work: WORK, sizes: quick ? [100] : [100, 1000], asOf: AS_OF, runs: RUNS, log })));
if (only !== 'check') {
  log(`Generating the synthetic company (${10 * PER_UNIT} people × 12 months of plans and reports)…`);
  const generated = await timed(() => writeSyntheticCompany(CONTENT, { units: 10, perUnit: PER_UNIT }));
  log(`  ${generated.value} files in ${generated.ms.toFixed(0)} ms → ${path.relative(ROOT, CONTENT)}`);
  try {
    summary.push(...(await benchPortal()));
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n`);
    process.exitCode = 2;
  }
}
log('');
for (const line of summary) log(line);
