import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeMarkdown } from '../../scripts/ci/markdown-safe.ts';
import { coAuthors } from '../../src/approvals/authors.ts';
import { amountPattern, parseMoney } from '../../src/core/money.ts';
import { NumberText, parseYaml } from '../../src/core/yaml.ts';
import { loadContent } from '../../src/model/load.ts';
import { buildModel } from '../../src/model/model.ts';
import { rollupYear } from '../../src/model/rollup.ts';
import { resolveChart, resolveFigure } from '../../src/mdx/figure-path.ts';
import { isSafeUrl } from '../../src/mdx/safe-url.ts';
import { count, date, id, label, money, month, percent, signedMoney, year } from '../../src/schemas/common.ts';
import { orgSchema } from '../../src/schemas/org.ts';
import { MINIMAL, minimalWith } from './helpers/fixture-edits.ts';
import { runPlan } from './helpers/run-plan.ts';

/** What amounts, dates and ids are made of, plus the characters people paste by mistake. */
const ALPHABET = [' ', '\t', '+', '-', '\u2212', '0', '1', '9', ',', '.', ':', '/', '_', 'e', 'x', 'a', '-', '¥', '万', '亿', '元', '，', '２', '\u3000'];

/** Long runs of a few characters: catastrophic backtracking needs a run of one thing many times over. */
const userText = fc
  .array(fc.record({ char: fc.constantFrom(...ALPHABET), times: fc.integer({ min: 1, max: 30_000 }) }), { minLength: 1, maxLength: 6 })
  .map((runs) => runs.map(({ char, times }) => char.repeat(times)).join('').slice(0, 100_000));

const minimal = buildModel(await loadContent(MINIMAL)).years.get(2026);
if (!minimal) throw new Error('the minimal company has no 2026');
const rollup = rollupYear(minimal, '2026-11-30');
const login = orgSchema.shape.people.element.shape.login;

/** Every parser of user text, by name. */
const PARSERS: Record<string, (text: string) => unknown> = {
  'amount': (text) => parseMoney(text),
  'amount pattern of the /admin/ editor (signed)': (text) => new RegExp(amountPattern('signed')).test(text),
  'amount pattern of the /admin/ editor (non-negative)': (text) => new RegExp(amountPattern('non-negative')).test(text),
  'amount field (YAML number text)': (text) => money.safeParse(new NumberText(text, 0)),
  'signed amount field': (text) => signedMoney.safeParse(text),
  'date': (text) => date.safeParse(text),
  'month': (text) => month.safeParse(new NumberText(text, 0)),
  'year': (text) => year.safeParse(new NumberText(text, 0)),
  'count': (text) => count.safeParse(new NumberText(text, 0)),
  'percent': (text) => percent.safeParse(new NumberText(text, 0)),
  'id': (text) => id.safeParse(text),
  'login': (text) => login.safeParse(text),
  'name or title': (text) => label.safeParse(text),
  'link URL': (text) => isSafeUrl(text),
  'Co-authored-by trailer of a commit message': (text) => coAuthors(`fix\n\nCo-authored-by:${text}\n`),
  'Markdown the bot posts (names, keys and messages from a pull request)': (text) => sanitizeMarkdown(text),
  '<Figure of>': (text) => resolveFigure(rollup, text),
  '<Chart kind of>': (text) => resolveChart(rollup, text, text),
  'YAML value': (text) => {
    try {
      return parseYaml(`a: ${JSON.stringify(text)}\nb: ${text}\n`);
    } catch (error) {
      return error;
    }
  },
};

/**
 * Best of three, so a garbage-collection pause is not taken for backtracking. The bound below is
 * far above a linear parse of 100 kB (under 5 ms here) and far below a quadratic one (seconds) or
 * catastrophic backtracking (minutes), so a loaded CI machine does not trip it.
 */
const LINEAR_BOUND_MS = 1000;

function millisecondsOf(call: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3 && best > LINEAR_BOUND_MS; attempt++) {
    const start = performance.now();
    call();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('every parser of user text runs in linear time', () => {
  it.each(Object.entries(PARSERS))('%s answers within a linear-time bound on any string up to 100 kB', (_name, parse) => {
    let slowest = 0;
    fc.assert(
      fc.property(userText, (text) => {
        slowest = Math.max(slowest, millisecondsOf(() => parse(text)));
      }),
      { numRuns: 25, seed: 14 },
    );
    // The example: "+", 20,000 spaces, "x" took minutes in the old amount pattern.
    slowest = Math.max(slowest, millisecondsOf(() => parse(`+${' '.repeat(20_000)}x`)));
    expect(slowest).toBeLessThan(LINEAR_BOUND_MS);
  });

  // The old amount pattern took minutes on such a string; a whole process (start-up included) on a
  // loaded 2-core machine stays far below the bound.
  it('plan check refuses a 1 MB amount string in seconds, at its line', { timeout: 120_000 }, async () => {
    const dir = minimalWith({ file: '2026/people/zhang-wei/01.report.mdx', find: 'commission: 3,202.50', replace: `commission: "+${' '.repeat(1_000_000)}x"` });
    const start = performance.now();
    const result = await runPlan(['--lang', 'en', 'check', '--content', dir, '--as-of', '2026-01-20', '--format', 'json']);
    const seconds = (performance.now() - start) / 1000;
    const diagnostics = (JSON.parse(result.stdout) as { diagnostics: { rule: string; file: string; line: number; message: string }[] }).diagnostics;
    expect(diagnostics).toContainEqual(expect.objectContaining({ rule: 'money-format', line: 21, column: 15, message: expect.stringMatching(/^Unexpected amount of 1000002 characters for "[\w.]+", expected at most 64/) }));
    expect(result.code).toBe(1);
    expect(seconds).toBeLessThan(30);
  });
});
