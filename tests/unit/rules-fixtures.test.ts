import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { BROKEN_CASES, PWNED_MARKER, UNSAFE_FRONTMATTER_JS } from '../fixtures/broken-cases.ts';
import { MINIMAL, minimalWith } from './helpers/fixture-edits.ts';
import { ROOT, runPlan } from './helpers/run-plan.ts';

const AS_OF = ['--as-of', '2026-01-20'];

interface JsonDiagnostic {
  rule: string;
  file: string;
  line: number;
  column: number;
  message: string;
}

/** `plan check --format json` on a content folder; each diagnostic as `rule file:line:column`, the file inside the folder. */
async function check(content: string) {
  const { code, stdout } = await runPlan(['check', '--content', content, ...AS_OF, '--format', 'json']);
  const { diagnostics } = JSON.parse(stdout) as { diagnostics: JsonDiagnostic[] };
  const inside = (file: string) => path.relative(content, path.resolve(ROOT, file)).split(path.sep).join('/');
  return { code, found: diagnostics.map(({ rule, file, line, column }) => `${rule} ${inside(file)}:${line}:${column}`), messages: diagnostics.map((diagnostic) => diagnostic.message) };
}

/** Each documented not-ok example is also the rule's test: the case named after a rule trips exactly that rule, there. */
describe('every rule fails on its broken case and passes on the minimal company', () => {
  afterEach(() => rmSync(PWNED_MARKER, { force: true }));

  it('the minimal company has no diagnostics at all', async () => {
    expect(await check(MINIMAL)).toMatchObject({ code: 0, found: [] });
  });

  it.each(BROKEN_CASES.map((brokenCase) => [brokenCase.name, brokenCase] as const))('%s', async (_name, { rule, where, edits }) => {
    const content = minimalWith(...edits);
    try {
      const { code, found, messages } = await check(content);
      expect(code).toBe(1);
      expect(found).toEqual([`${rule} ${where}`]);
      expect(messages[0]?.length).toBeGreaterThan(10);
    } finally {
      rmSync(path.dirname(content), { recursive: true, force: true });
    }
  });

  it('the unsafe frontmatter would write its marker file if run, and plan check never runs it', async () => {
    // Armed: evaluated as JavaScript, the frontmatter really writes the marker.
    runInNewContext(UNSAFE_FRONTMATTER_JS, { require: createRequire(import.meta.url) });
    expect(existsSync(PWNED_MARKER)).toBe(true);
    rmSync(PWNED_MARKER);

    const unsafe = BROKEN_CASES.find((brokenCase) => brokenCase.name === 'unsafe-frontmatter');
    const content = minimalWith(...(unsafe?.edits ?? []));
    try {
      expect((await check(content)).found).toEqual([`unsafe-frontmatter ${unsafe?.where}`]);
      expect(existsSync(PWNED_MARKER)).toBe(false);
    } finally {
      rmSync(path.dirname(content), { recursive: true, force: true });
    }
  });
});
