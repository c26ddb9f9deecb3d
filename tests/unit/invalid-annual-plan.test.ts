// plan new monthly-plan and plan split person read the person's annual plan: an annual plan that
// exists but is invalid is named with its error's place, never called missing.
import { describe, expect, it } from 'vitest';
import { minimalWith } from './helpers/fixture-edits.ts';
import { runPlan } from './helpers/run-plan.ts';

const PLAN = '2026/people/zhang-wei/plan.mdx';

describe('an invalid annual plan is not a missing one', () => {
  const content = minimalWith({ file: PLAN, find: 'revenue: 350万', replace: 'revenue: 1.5万万' });

  it('plan new monthly-plan names the file, line and reason, in both languages', async () => {
    const chinese = await runPlan(['new', 'monthly-plan', '2026', 'zhang-wei', '02', '--content', content]);
    expect(chinese.stderr).toMatch(new RegExp(`${PLAN}:11:\\d+ .*\\[money-format\\]`));
    expect(chinese.stderr).not.toContain('缺少');
    expect(chinese.stderr).not.toContain('--allow-invalid');
    expect(chinese.code).toBe(1);
    const english = await runPlan(['new', 'monthly-plan', '2026', 'zhang-wei', '02', '--content', content, '--lang', 'en']);
    expect(english.stderr).toMatch(new RegExp(`${PLAN}:11:\\d+ .*\\[money-format\\]`));
    expect(english.stderr).not.toContain('Missing');
    expect(english.code).toBe(1);
  });

  it('plan split person names the file, line and reason', async () => {
    const result = await runPlan(['split', 'person', '2026', 'zhang-wei', '--content', content]);
    expect(result.stderr).toMatch(new RegExp(`${PLAN}:11:\\d+ .*\\[money-format\\]`));
    expect(result.stderr).not.toContain('缺少');
    expect(result.code).toBe(1);
  });
});
