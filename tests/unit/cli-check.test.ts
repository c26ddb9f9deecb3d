import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
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
