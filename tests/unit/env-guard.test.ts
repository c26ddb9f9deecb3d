// The unit project's env guard (tests/unit/helpers/env-guard.ts): a language a test leaves behind
// (as a test timed out on a loaded machine does until its work finishes) does not reach the next test.
import { describe, expect, it } from 'vitest';
import { runPlan } from './helpers/run-plan.ts';

const atStart = (globalThis as Record<string, unknown>)['__planbookLangAtStart'];

describe('PLANBOOK_LANG between unit tests', () => {
  it('a test leaves PLANBOOK_LANG=en behind', () => {
    process.env['PLANBOOK_LANG'] = 'en';
    expect(process.env['PLANBOOK_LANG']).toBe('en');
  });

  it('the next test starts in the worker’s own language, and plan speaks Chinese there', async () => {
    expect(process.env['PLANBOOK_LANG']).toBe(atStart);
    if (atStart === undefined) {
      const { code, stderr } = await runPlan(['check', '--as-of', 'yesterday']);
      expect(code).toBe(2);
      expect(stderr).toContain('无效');
    }
  });
});
