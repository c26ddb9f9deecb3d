import { execFileSync } from 'node:child_process';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareText, sortedByText } from '../../src/core/compare-text.ts';
import { ROOT } from './helpers/run-plan.ts';

const NODE = path.join(ROOT, 'node_modules/.bin/node');

// Paths, ids and codes as reports order them, and strings around the edges of the fast path:
// an underscore (before digits in ICU, after them in code units), capitals, Chinese.
const SAMPLES = [
  '2026/people/p-1-1/03.plan.mdx', '2026/people/p-1-1/03-plan.mdx', '2026/people/p-1-10/01.report.mdx', '2026/people/p-1-2/plan.mdx',
  '2026/org.yaml', '2026/units/east/budget.mdx', '2026/units/east-2/budget.mdx', '2026/units/east.2/budget.mdx', 'content/2026/org.yaml',
  'unknown-reference', 'unknown-year', 'duplicate-id', 'month-matches-plan', 'a', 'aa', 'b', 'z', '0', '9', '', '-', '.', '/',
  '_pito', '6mq6r', 'a_b', 'a-b', 'Zhang', 'zhang', 'Åse', 'ch', 'cz', '张三', '华东', 'a/b', 'a.b',
];

describe('compareText orders as localeCompare does', () => {
  it('gives the sign of localeCompare for every pair of paths, ids and codes', () => {
    for (const a of SAMPLES) for (const b of SAMPLES) expect([a, b, compareText(a, b)]).toEqual([a, b, Math.sign(a.localeCompare(b))]);
  });

  it('sorts a list as localeCompare sorts it', () => {
    expect([...SAMPLES].sort(compareText)).toEqual([...SAMPLES].sort((a, b) => a.localeCompare(b)));
  });

  it('asks ICU where the default locale tailors letters (Danish sorts aa after b)', () => {
    const script = `import { compareText } from ${JSON.stringify(path.join(ROOT, 'src/core/compare-text.ts'))}; console.log(compareText('aa', 'b'), 'aa'.localeCompare('b'))`;
    const env = { ...process.env, LANG: 'da_DK.UTF-8', LC_ALL: 'da_DK.UTF-8' };
    expect(execFileSync(NODE, ['--input-type=module', '-e', script], { env, encoding: 'utf8' }).trim()).toBe('1 1');
  });

  it('sorts items by a key as sorting them with compareText does, equal keys kept in their order, all keys plain or not', () => {
    const plain = SAMPLES.filter((sample) => /^[a-z0-9./-]*$/.test(sample));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SAMPLES)), fc.array(fc.constantFrom(...plain)), (mixed, onlyPlain) => {
        for (const keys of [mixed, onlyPlain]) {
          const items = keys.map((key, at) => ({ key, at }));
          expect(sortedByText(items, (item) => item.key)).toEqual([...items].sort((a, b) => compareText(a.key, b.key)));
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
