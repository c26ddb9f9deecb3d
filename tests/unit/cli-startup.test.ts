import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { minimalWith } from './helpers/fixture-edits.ts';
import { ROOT } from './helpers/run-plan.ts';

const NODE = path.join(ROOT, 'node_modules/.bin/node');
const RECORDER = path.join(ROOT, 'tests/unit/helpers/record-modules.ts');

/** Runs `plan ARGS` in its own Node process; returns its exit code and every module it loaded, relative to the repository. */
async function modulesLoadedBy(args: string[]): Promise<{ code: number; modules: string[] }> {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'planbook-modules-')), 'loaded.txt');
  const code = await new Promise<number>((resolve) => {
    const child = execFile(NODE, ['--import', pathToFileURL(RECORDER).href, 'scripts/plan.ts', '--lang', 'en', ...args], { cwd: ROOT, env: { ...process.env, PLANBOOK_MODULES_OUT: out } });
    child.on('exit', (exitCode) => resolve(exitCode ?? -1));
  });
  const root = `${pathToFileURL(ROOT).href}/`;
  const modules = readFileSync(out, 'utf8').split('\n').filter((url) => url.startsWith(root)).map((url) => url.slice(root.length));
  return { code, modules };
}

/** The npm packages among `modules` ("zod", "@scope/name"). */
function packagesIn(modules: string[]): string[] {
  const names = modules
    .filter((file) => file.startsWith('node_modules/'))
    .map((file) => {
      const [, first = '', second = ''] = file.split('/');
      return first.startsWith('@') ? `${first}/${second}` : first;
    });
  return [...new Set(names)];
}

// Start-up time of every command (issue 13): help and a wrongly called command read only message
// catalogues; Git, Excel, CSV, zod, the MDX parser and the rules load when a command runs.
describe('plan starts without loading what it does not run', () => {
  it.each([[['--help']], [['check', '--help']], [['approvals', '--help']], [['check', 'extra']], [['rollup', '--no-such-flag']]])('plan %j loads no package and no command implementation', async (args) => {
    const { code, modules } = await modulesLoadedBy(args);
    expect(code).toBe(args.includes('--help') ? 0 : 2);
    expect(modules).toContain('scripts/commands/index.ts');
    expect(packagesIn(modules)).toEqual([]);
    expect(modules.filter((file) => /^scripts\/commands\/[a-z-]+\.ts$/.test(file) && file !== 'scripts/commands/index.ts')).toEqual([]);
    expect(modules.filter((file) => file.startsWith('src/rules/') || file.startsWith('src/model/'))).toEqual([]);
    // Only the help asked for: `plan check --help` reads check's, `plan --help` the summaries alone.
    const command = args.includes('--help') ? args.find((arg) => !arg.startsWith('-')) : undefined;
    expect(modules.filter((file) => file.startsWith('scripts/commands/help/'))).toEqual(command ? [`scripts/commands/help/${command}.ts`] : []);
  });

  it('loads a command’s implementation once it runs, and the MDX parser only for a body that may hold MDX', async () => {
    // The minimal company's bodies are plain Markdown: headings, paragraphs, lists.
    const plain = await modulesLoadedBy(['check', '--content', 'tests/fixtures/minimal', '--as-of', '2026-11-30']);
    expect(plain.code).toBe(0);
    expect(plain.modules).toContain('scripts/commands/check.ts');
    expect(plain.modules).toContain('src/rules/check.ts');
    expect(packagesIn(plain.modules)).toContain('zod');
    expect(plain.modules).not.toContain('src/mdx/parse.ts');
    // Help texts load only for --help.
    expect(plain.modules.filter((file) => file.startsWith('scripts/commands/help/'))).toEqual([]);
    expect(packagesIn(plain.modules).filter((name) => name.startsWith('micromark'))).toEqual([]);

    const content = minimalWith({ file: '2026/people/zhang-wei/01.report.mdx', find: '大客户年度框架订单提前释放。', replace: '大客户年度框架订单提前释放 <Danger />。' });
    const mdx = await modulesLoadedBy(['check', '--content', content, '--as-of', '2026-11-30']);
    expect(mdx.code).toBe(1);
    expect(mdx.modules).toContain('src/mdx/parse.ts');
  });
});
