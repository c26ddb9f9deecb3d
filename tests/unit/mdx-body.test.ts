import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/rules/check.ts';
import { ROOT } from './helpers/run-plan.ts';

const MINIMAL = path.join(ROOT, 'tests/fixtures/minimal');
const BUDGET = '2026/units/east/budget.mdx';
let dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** The minimal company with `text` appended to the east budget's body; returns the line `text` starts on. */
async function checkWithBody(text: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'planbook-mdx-'));
  dirs.push(dir);
  cpSync(MINIMAL, dir, { recursive: true });
  const file = path.join(dir, BUDGET);
  const original = readFileSync(file, 'utf8').replace(/\n*$/, '\n\n');
  writeFileSync(file, original + text);
  const line = original.split('\n').length;
  const { diagnostics } = await checkContent(dir, { asOf: '2026-01-20', cwd: dir });
  return { line, diagnostics: diagnostics.filter((diagnostic) => diagnostic.rule.startsWith('mdx-')) };
}

describe('plan check rejects MDX that would run code or print a figure that does not exist', () => {
  it.each([
    ['mdx-esm', "import Chart from './evil.js'\n", /Unexpected `import` statement/],
    ['mdx-esm', 'export const total = 1\n', /Unexpected `export` statement/],
    ['mdx-expression', 'Total: {process.exit(1)}\n', /Unexpected JavaScript expression \{process\.exit\(1\)\}/],
    ['mdx-expression', '<Figure of={units.east} />\n', /Unexpected JavaScript expression in of=\{units\.east\}/],
    ['mdx-expression', '<Chart {...props} />\n', /Unexpected spread/],
    ['mdx-unknown-component', '<Danger />\n', /Unexpected component <Danger>, expected one of <Figure>, <Chart>/],
    ['mdx-unknown-component', '<script>alert(1)</script>\n', /Unexpected component <script>/],
    ['mdx-figure-path', '<Figure of="units.nowhere.target" />\n', /no unit "nowhere"/],
    ['mdx-figure-path', '<Chart kind="pie" of="company" />\n', /Unexpected chart kind "pie"/],
    ['mdx-syntax', 'a < b and {unclosed\n', /Unexpected MDX syntax/],
  ])('%s: %j', async (rule, text, message) => {
    const { line, diagnostics } = await checkWithBody(text);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ rule, severity: 'error', file: expect.stringMatching(/units\/east\/budget\.mdx$/) as unknown, line });
    expect(diagnostics[0]?.message.en).toMatch(message);
  });

  it('accepts the components it knows, with paths that resolve', async () => {
    const { diagnostics } = await checkWithBody('东区目标 <Figure of="units.east.target" />，已完成 <Figure of="units.east.actual" />。\n\n<Chart kind="monthly" of="units.east" />\n');
    expect(diagnostics).toEqual([]);
  });
});
