import { readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { checkContent } from '../src/lib/check.ts';
import { countBySeverity } from '../src/lib/diagnostics.ts';
import { listFiles } from '../src/lib/content-files.ts';
import { writeSyntheticCompany } from './lib/synthetic.ts';

/**
 * `npm run bench`: times `plan check` on a generated 1,000-person company against the floor of
 * merely reading and parsing the same files' frontmatter with gray-matter. Figures, not asserts.
 */
const ROOT = path.resolve(import.meta.dirname, '..');
const CONTENT = path.join(ROOT, '.bench', 'content');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);

const log = (text: string) => process.stdout.write(`${text}\n`);

async function timed<T>(run: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

async function best<T>(label: string, run: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  let fastest: { ms: number; value: T } | undefined;
  for (let index = 0; index < RUNS; index++) {
    const result = await timed(run);
    log(`  ${label} run ${index + 1}/${RUNS}: ${result.ms.toFixed(0)} ms`);
    if (!fastest || result.ms < fastest.ms) fastest = result;
  }
  if (!fastest) throw new Error('BENCH_RUNS must be at least 1');
  return fastest;
}

log('Generating the synthetic company (1,000 people × 12 months of plans and reports)…');
const generated = await timed(() => writeSyntheticCompany(CONTENT, { units: 10, perUnit: 100 }));
log(`  ${generated.value} files in ${generated.ms.toFixed(0)} ms → ${path.relative(ROOT, CONTENT)}`);

const files = await listFiles(CONTENT);
const floor = await best('gray-matter read + parse (floor)', () => {
  let keys = 0;
  for (const file of files) keys += Object.keys(matter(readFileSync(path.join(CONTENT, file), 'utf8'), {}).data).length;
  return keys;
});
const check = await best('plan check', () => checkContent(CONTENT, { asOf: '2027-01-31' }));
const { errors, warnings } = countBySeverity(check.value.diagnostics);
if (errors > 0) {
  log(`plan check found ${errors} errors in the synthetic company; the benchmark is not meaningful:`);
  for (const diagnostic of check.value.diagnostics.slice(0, 5)) log(`  ${diagnostic.file}:${diagnostic.line} ${diagnostic.message}`);
  process.exitCode = 1;
}
const ratio = check.ms / floor.ms;
log('');
log(`files                ${files.length}`);
log(`gray-matter floor    ${floor.ms.toFixed(0)} ms`);
log(`plan check           ${check.ms.toFixed(0)} ms (${errors} errors, ${warnings} warnings)`);
log(`ratio                ${ratio.toFixed(2)}× the floor (target ≤ 2×)`);
