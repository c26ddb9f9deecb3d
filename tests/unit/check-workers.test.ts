import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, type CheckResult } from '../../src/rules/check.ts';
import { writeSyntheticCompany } from '../../scripts/lib/synthetic.ts';
import { ROOT } from './helpers/run-plan.ts';

const AS_OF = '2026-11-30';
const temp = mkdtempSync(path.join(tmpdir(), 'planbook-workers-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** What a user sees of a check: every diagnostic, the invalid files, and the model's documents. */
const seen = (result: CheckResult) => ({
  diagnostics: result.diagnostics,
  invalid: [...result.load.invalid].sort(),
  files: result.load.fileCount,
  documents: [...result.model.years.values()].map((year) => ({ year: year.year, documents: year.documents.map((document) => document.path), people: year.people.size })),
});

const edit = (dir: string, file: string, find: string, replace: string) => {
  const full = path.join(dir, file);
  const text = readFileSync(full, 'utf8');
  if (!text.includes(find)) throw new Error(`${find} not in ${file}`);
  writeFileSync(full, text.replace(find, replace));
};

// Worker threads load the schemas afresh: slow on a busy 2-core machine, never a timing assertion.
describe('plan check on worker threads', { timeout: 180_000 }, () => {
  it('reports exactly what the single-thread check reports on the demo company', async () => {
    const options = { asOf: AS_OF, cwd: ROOT };
    const single = await checkContent(path.join(ROOT, 'content'), { ...options, workers: 0 });
    const threaded = await checkContent(path.join(ROOT, 'content'), { ...options, workers: 2 });
    expect(single.diagnostics.length).toBeGreaterThan(0);
    expect(seen(threaded)).toEqual(seen(single));
  });

  it('reports exactly what the single-thread check reports on a broken synthetic company', async () => {
    const dir = path.join(temp, 'content');
    writeSyntheticCompany(dir, { units: 2, perUnit: 4 });
    // A month that no longer adds up, broken YAML, an unknown type, a figure without 万, an MDX body, a stray file.
    edit(dir, '2026/people/p-1-1/03.plan.mdx', 'target: 130000', 'target: 130001');
    edit(dir, '2026/people/p-1-2/04.report.mdx', 'month: 4', 'month: 4\nmonth: 5');
    edit(dir, '2026/people/p-2-1/plan.mdx', 'type: person-plan', 'type: person-plna');
    edit(dir, '2026/people/p-2-2/05.plan.mdx', 'target: 150000', 'target: 15万');
    appendFileSync(path.join(dir, '2026/people/p-2-3/06.report.mdx'), '\n<Figure of="units.unit-1.target" /> <Foo />\n');
    writeFileSync(path.join(dir, '2026/people/p-2-3/notes.txt'), 'not content');
    const single = await checkContent(dir, { asOf: AS_OF, cwd: temp, workers: 0 });
    const threaded = await checkContent(dir, { asOf: AS_OF, cwd: temp, workers: 2 });
    const rules = new Set(single.diagnostics.map((diagnostic) => diagnostic.rule));
    for (const rule of ['month-matches-plan', 'yaml-syntax', 'unknown-type', 'mdx-unknown-component', 'unknown-file']) expect(rules).toContain(rule);
    // Values below line 1: the workers' positions come from reading the file again.
    expect(single.diagnostics.filter((diagnostic) => diagnostic.line > 1).length).toBeGreaterThan(3);
    expect(seen(threaded)).toEqual(seen(single));
  });
});
