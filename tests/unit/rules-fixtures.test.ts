import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runPlan } from './helpers/run-plan.ts';

const BROKEN = path.join(ROOT, 'tests/fixtures/broken');
const AS_OF = ['--as-of', '2026-01-20'];

/** Each documented not-ok example is also the rule's test: the fixture named after a rule trips exactly that rule. */
describe('every rule fails on its broken fixture and passes on the minimal company', () => {
  it('the minimal company has no diagnostics at all', async () => {
    const { code, stdout } = await runPlan(['check', '--content', 'tests/fixtures/minimal', ...AS_OF, '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).diagnostics).toEqual([]);
  });

  it.each(readdirSync(BROKEN).sort())('%s', async (rule) => {
    const { code, stdout } = await runPlan(['check', '--content', path.join('tests/fixtures/broken', rule), ...AS_OF, '--format', 'json']);
    expect(code).toBe(1);
    const diagnostics = JSON.parse(stdout).diagnostics as { rule: string; file: string; line: number; column: number; message: string }[];
    expect(diagnostics.map((diagnostic) => diagnostic.rule)).toEqual([rule]);
    const [diagnostic] = diagnostics;
    expect(diagnostic?.file).toMatch(new RegExp(`^tests/fixtures/broken/${rule}/`));
    expect(diagnostic?.line).toBeGreaterThanOrEqual(1);
    expect(diagnostic?.message.length).toBeGreaterThan(10);
  });
});
