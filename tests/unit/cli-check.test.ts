import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyContent, runPlan } from './helpers/run-plan.ts';

const MINIMAL = 'tests/fixtures/minimal';
const AS_OF = ['--as-of', '2026-01-20'];

/** The first file under `dir` whose path matches `pattern`. */
function find(dir: string, pattern: RegExp): string {
  const match = readdirSync(dir, { recursive: true }).map(String).sort().find((file) => pattern.test(file.split(path.sep).join('/')));
  if (!match) throw new Error(`no file matching ${pattern} in ${dir}`);
  return path.join(dir, match);
}

describe('plan check on good content', () => {
  it('exits 0 with a summary of documents, units and company totals', async () => {
    const { code, stdout } = await runPlan(['--lang', 'en', 'check', '--content', MINIMAL, ...AS_OF]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/company target/);
    expect(stdout).toMatch(/✔/);
  });

  it('counts in the singular where there is one (1 unit, 1 person), in English and Chinese (tester)', async () => {
    const en = await runPlan(['--lang', 'en', 'check', '--content', MINIMAL, ...AS_OF]);
    expect(en.stdout).toContain('FY2026 示例智能科技有限公司: 8 documents, 1 unit, 2 people with plans\n');
    expect(en.stdout).toContain(', allocated 600万 to 2 people, actual 21.35万');
    const zh = await runPlan(['check', '--content', MINIMAL, ...AS_OF]);
    expect(zh.stdout).toContain('FY2026 示例智能科技有限公司：8 份文件，1 个单位，2 人有个人计划\n');
    expect(zh.stdout).toContain('，已分配 600万 给 2 人，实际 21.35万');
    const dir = copyContent(MINIMAL);
    rmSync(path.join(dir, '2026', 'people', 'li-na'), { recursive: true });
    const one = await runPlan(['--lang', 'en', 'check', '--content', dir, ...AS_OF]);
    expect(one.stdout).toContain(': 6 documents, 1 unit, 1 person with a plan\n');
    expect(one.stdout).toContain(', allocated 350万 to 1 person, actual 21.35万');
  });

  it('a number out of its range names the field and the bound in the reader’s words, not zod’s (tester)', async () => {
    const dir = copyContent(MINIMAL);
    const org = path.join(dir, '2026', 'org.yaml');
    writeFileSync(org, `${readFileSync(org, 'utf8')}plausibility:\n  minPercentOfTarget: -5\n  maxTimesTarget: 0\n`);
    const zh = await runPlan(['check', '--content', dir, ...AS_OF]);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toMatch(/:23 +error +"plausibility\.minPercentOfTarget" 的值 -5 过小，应不小于 0 +\[schema\]/);
    expect(zh.stdout).toMatch(/:19 +error +"plausibility\.maxTimesTarget" 的值 0 过小，应不小于 1 +\[schema\]/);
    writeFileSync(org, readFileSync(org, 'utf8').replace('minPercentOfTarget: -5', 'minPercentOfTarget: 101'));
    const en = await runPlan(['--lang', 'en', 'check', '--content', dir, ...AS_OF]);
    expect(en.stdout).toContain('Unexpected 101 for "plausibility.minPercentOfTarget", expected 100 or less  [schema]');
    expect(en.stdout).not.toMatch(/number [<>]=/);
  });

  it('a folder named .github/CODEOWNERS is refused naming it, in the reader’s language, exit 2 (tester)', async () => {
    const dir = copyContent(MINIMAL);
    const root = path.dirname(dir);
    mkdirSync(path.join(root, '.github', 'CODEOWNERS'), { recursive: true });
    const zh = await runPlan(['check', '--content', 'content', ...AS_OF], root);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('.github/CODEOWNERS 是目录，应为文件（EISDIR）');
    const en = await runPlan(['--lang', 'en', 'check', '--content', 'content', ...AS_OF], root);
    expect(en.stderr).toContain('Unexpected folder .github/CODEOWNERS, expected a file (EISDIR)');
    expect(en.stderr).not.toMatch(/illegal operation|\n\s+at /);
  });

  it('reads a file with a byte-order mark and CRLF line endings the same way', async () => {
    const dir = copyContent(MINIMAL);
    const budget = find(dir, /units\/[^/]+\/budget\.mdx$/);
    writeFileSync(budget, `\uFEFF${readFileSync(budget, 'utf8').replace(/\n/g, '\r\n')}`);
    const { code, stdout } = await runPlan(['--lang', 'en', 'check', '--content', dir, ...AS_OF]);
    expect(stdout).not.toMatch(/error/);
    expect(code).toBe(0);
  });
});

describe('plan check on bad files', () => {
  it('reports every bad file, not just the first, each with its own rule', async () => {
    const dir = copyContent(MINIMAL);
    const budget = find(dir, /units\/[^/]+\/budget\.mdx$/);
    writeFileSync(budget, readFileSync(budget, 'utf8').replace(/^(\s+total:\s*).*$/m, '$1 1,000,000,000'));
    const plan = find(dir, /people\/[^/]+\/plan\.mdx$/);
    writeFileSync(plan, readFileSync(plan, 'utf8').replace(/^year: (\d+)$/m, 'year: [$1'));
    writeFileSync(path.join(dir, path.dirname(path.relative(dir, plan)), '05.report.mdx'), '');
    writeFileSync(path.join(path.dirname(budget), 'logo.mdx'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
    const { code, stdout } = await runPlan(['--lang', 'en', 'check', '--content', dir, ...AS_OF, '--format', 'json']);
    expect(code).toBe(1);
    const rules = JSON.parse(stdout).diagnostics.map((diagnostic: { rule: string }) => diagnostic.rule);
    expect(rules).toEqual(expect.arrayContaining(['budget-balance', 'yaml-syntax', 'empty-file', 'binary-file']));
  });

  it('names a missing content folder and exits 2 without a stack trace', async () => {
    const { code, stderr } = await runPlan(['--lang', 'en', 'check', '--content', 'no-such-folder']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/"no-such-folder" does not exist/);
    expect(stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it('rejects an unknown --format with exit 2', async () => {
    const { code, stderr } = await runPlan(['--lang', 'en', 'check', '--content', MINIMAL, '--format', 'xml']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/expected one of text, json, github/);
  });

  it('rejects an unknown flag with exit 2', async () => {
    const { code, stderr } = await runPlan(['--lang', 'en', 'check', '--contnet', MINIMAL]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--contnet/);
  });
});

describe('output formats', () => {
  it('prints GitHub annotations with file, line and column', async () => {
    const dir = copyContent(MINIMAL);
    const budget = find(dir, /units\/[^/]+\/budget\.mdx$/);
    const text = readFileSync(budget, 'utf8');
    writeFileSync(budget, text.replace(/^(\s+total:\s*).*$/m, '$1 1,000,000,000'));
    const line = text.split('\n').findIndex((row) => /^\s+total:/.test(row)) + 1;
    const { code, stdout } = await runPlan(['--lang', 'en', 'check', '--content', dir, ...AS_OF, '--format', 'github']);
    expect(code).toBe(1);
    expect(stdout).toMatch(new RegExp(`^::error file=[^,]*budget\\.mdx,line=${line},col=\\d+,title=budget-balance::`, 'm'));
  });

  it('prints stable JSON with positions and figures', async () => {
    const { code, stdout } = await runPlan(['--lang', 'en', 'check', '--content', MINIMAL, ...AS_OF, '--format', 'json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ version: 1, ok: true, errors: 0, asOf: '2026-01-20' });
    expect(json.years[0].target).toBeTypeOf('number');
  });
});
