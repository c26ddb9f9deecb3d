import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/rules/check.ts';
import { codeDeclarations, ruleCatalog } from '../../src/rules/catalog.ts';
import { minimalWith, MINIMAL } from './helpers/fixture-edits.ts';
import { ROOT } from './helpers/run-plan.ts';

const documented = new Set<string>(ruleCatalog.map((entry) => entry.code));

/** Codes emitted by `plan check` over a content folder, judged on `asOf`. */
async function emitted(dir: string, asOf: string, cwd = ROOT): Promise<string[]> {
  const { diagnostics } = await checkContent(dir, { asOf, cwd });
  return diagnostics.map((diagnostic) => diagnostic.rule);
}

/** One copy of the minimal company with a file of every unreadable kind and an MDX body of every refused kind. */
function everythingBroken(): string {
  const dir = minimalWith(
    { file: '2026/notes.txt', replace: 'not content' },
    { file: '2026/empty.mdx', replace: '' },
    { file: '2026/no-frontmatter.mdx', replace: 'hello\n' },
    { file: '2026/memo.mdx', replace: '---\ntype: memo\nyear: 2026\n---\n' },
    { file: '2026/untyped.mdx', replace: '---\nyear: 2026\n---\n' },
    { file: '2027/market-research.mdx', replace: readFileSync(path.join(MINIMAL, '2026/market-research.mdx'), 'utf8').replace('year: 2026', 'year: 2027') },
    { file: '2026/units/east/budget.mdx', remove: true },
    { file: '2026/people/li-na/01.plan.mdx', find: '## 本月重点客户', replace: 'import x from "y"\n\n<Marquee />\n\n{1 + 1}\n\n<Figure of="units.nowhere.actual" />\n\n## 本月重点客户' },
  );
  writeFileSync(path.join(dir, '2026/binary.mdx'), new Uint8Array([0, 159, 146, 150]));
  // A repository around the copy whose CODEOWNERS names this content folder but is stale.
  mkdirSync(path.join(dir, '..', '.github'));
  writeFileSync(path.join(dir, '..', '.github', 'CODEOWNERS'), '/content/2026/ @somebody-else\n');
  return dir;
}

describe('the rule catalog', () => {
  it('has each code declared by exactly one module', () => {
    const declared = codeDeclarations.flatMap((codes) => Object.keys(codes));
    expect(declared.length).toBe(new Set(declared).size);
    expect(ruleCatalog.map((entry) => entry.code)).toEqual(declared);
  });

  it('is what the published format reference lists, code by code', () => {
    const reference = readFileSync(path.join(ROOT, 'public', 'schemas', 'reference.md'), 'utf8');
    const listed = [...reference.slice(reference.indexOf('## Rule codes')).matchAll(/^\| `([a-z-]+)` \| (error|warning) \|/gm)].map((match) => `${match[1]} ${match[2]}`);
    expect(listed).toEqual(ruleCatalog.map((entry) => `${entry.code} ${entry.severity}`));
  });

  it('documents every code plan check emits on the demo, the minimal company, each broken fixture and a copy broken in every other way', async () => {
    const broken = path.join(ROOT, 'tests', 'fixtures', 'broken');
    const fixtures = existsSync(broken) ? readdirSync(broken).map((name) => path.join(broken, name)) : [];
    const everything = everythingBroken();
    const codes = [
      ...(await emitted(path.join(ROOT, 'content'), '2026-11-30')),
      // Half a year later every monthly report of the minimal company is overdue.
      ...(await emitted(MINIMAL, '2026-08-01')),
      ...(await Promise.all(fixtures.map((dir) => emitted(dir, '2026-01-20')))).flat(),
      ...(await emitted(everything, '2026-01-20', path.dirname(everything))),
    ];
    // The copy alone must trip the kinds it was built for, or this test would prove nothing.
    for (const code of ['unknown-file', 'empty-file', 'missing-frontmatter', 'unknown-type', 'missing-field', 'binary-file', 'unknown-year', 'missing-budget', 'mdx-esm', 'codeowners-sync', 'overdue']) expect(codes).toContain(code);
    expect(codes.filter((code) => !documented.has(code))).toEqual([]);
  });
});
