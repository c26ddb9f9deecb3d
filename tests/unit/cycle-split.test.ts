import fs, { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import git from 'isomorphic-git';
import { describe, expect, it } from 'vitest';
import { writeAtomic } from '../../src/edit/atomic-write.ts';
import { setFigures } from '../../src/edit/yaml-figures.ts';
import { parseDocumentSource } from '../../src/core/source.ts';
import { parseMoney, sumFen } from '../../src/core/money.ts';
import { NumberText } from '../../src/core/yaml.ts';
import { copyContent, runPlan } from './helpers/run-plan.ts';

const MINIMAL = 'tests/fixtures/minimal';
const AS_OF = ['--as-of', '2026-01-20'];

const months = (file: string) => (parseDocumentSource(readFileSync(file, 'utf8')).data as { months: unknown[] }).months.map((value) => {
  const parsed = parseMoney(value instanceof NumberText ? value.text : value);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.fen;
});

/** The minimal fixture has no seasonality profile; the demo's standard one. */
function withProfile(dir: string): string {
  const org = path.join(dir, '2026/org.yaml');
  writeFileSync(org, `${readFileSync(org, 'utf8')}seasonality:\n  standard: [7, 4, 8, 8, 8.5, 9, 7.5, 7.5, 9, 8, 10, 13.5]\n`);
  return dir;
}

/** Lines that differ, each with its value token masked: equal masks mean only the figure changed. */
function changedLines(before: string, after: string, mask: RegExp) {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  const changed = a.flatMap((line, index) => (line === b[index] ? [] : [index]));
  for (const index of changed) expect((b[index] ?? '').replace(mask, '$1X$2')).toBe((a[index] ?? '').replace(mask, '$1X$2'));
  return changed.length;
}

describe('plan split preview', () => {
  it('prints old → new for every figure and writes nothing without --write', async () => {
    const dir = copyContent(MINIMAL);
    const file = path.join(dir, '2026/people/li-na/plan.mdx');
    const before = readFileSync(file, 'utf8');
    const { code, stdout } = await runPlan(['split', 'person', '2026', 'li-na', '--all', '--by', 'even', '--content', dir]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\s1月\s+15万\s+20\.833334万\s+\+5\.833334万/);
    expect(stdout).not.toContain('months.');
    expect(stdout).toMatch(/parts add up to 250万 .* exact/);
    expect(stdout).toMatch(/Preview only, nothing written/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('splits a unit budget to its people by weights, adding up to the budget exactly', async () => {
    const dir = copyContent(MINIMAL);
    const { code } = await runPlan(['split', 'unit', '2026', 'east', '--by', 'weights', '--weights', 'zhang-wei=1,李娜=2', '--write', '--content', dir]);
    expect(code).toBe(0);
    const revenue = (id: string) => (parseDocumentSource(readFileSync(path.join(dir, `2026/people/${id}/plan.mdx`), 'utf8')).data as { target: { revenue: string } }).target.revenue;
    expect([revenue('zhang-wei'), revenue('li-na')]).toEqual(['200万', '400万']);
  });

  it('refuses weights that leave a person out, naming who', async () => {
    const { code, stderr } = await runPlan(['split', 'unit', '2026', 'east', '--by', 'weights', '--weights', 'zhang-wei=1', '--content', MINIMAL]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Missing weight for li-na/);
  });

  it('explains why last year cannot be used when there is no last year', async () => {
    const { code, stderr } = await runPlan(['split', 'unit', '2026', 'east', '--by', 'last-year', '--content', MINIMAL]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/No FY2025 content/);
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  for (const [method, extra] of [['even', []], ['seasonality', ['--profile', 'standard']], ['weights', ['--weights', '1=1,2=1,3=1,4=1,5=1,6=1,7=1,8=0,9=0,10=0,11=0,12=0']]] as const) {
    it(`--by ${method} makes 12 months that add up to an awkward annual target`, async () => {
      const dir = withProfile(copyContent(MINIMAL));
      const file = path.join(dir, '2026/people/li-na/plan.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace('revenue: 250万', 'revenue: 1,000,000.07'));
      const { code } = await runPlan(['split', 'person', '2026', 'li-na', '--all', '--by', method, ...extra, '--write', '--content', dir]);
      expect(code).toBe(0);
      expect(sumFen(months(file))).toBe(100_000_007);
    });
  }

  it('splits a month to customer groups and the plan passes check', async () => {
    const dir = copyContent(MINIMAL);
    const { code } = await runPlan(['split', 'month', '2026', 'li-na', '01', '--by', 'weights', '--weights', 'key-accounts=1,distributors=1,online=1', '--write', '--content', dir]);
    expect(code).toBe(0);
    const text = readFileSync(path.join(dir, '2026/people/li-na/01.plan.mdx'), 'utf8');
    expect(text).toMatch(/key-accounts: 5万\n {2}distributors: 5万\n {2}online: 5万\n/);
    expect((await runPlan(['check', '--content', dir, ...AS_OF])).code).toBe(0);
  });
});

describe('plan split --write keeps every other byte', () => {
  it('changes only the month figures of a plan with comments, a body and CRLF line ends', async () => {
    const dir = withProfile(copyContent(MINIMAL));
    const file = path.join(dir, '2026/people/li-na/plan.mdx');
    const before = `\uFEFF${readFileSync(file, 'utf8').replace(/\n/g, '\r\n')}`;
    writeFileSync(file, before);
    const old = months(file);
    const { code } = await runPlan(['split', 'person', '2026', 'li-na', '--all', '--by', 'seasonality', '--profile', 'standard', '--write', '--content', dir]);
    expect(code).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(after.startsWith('\uFEFF')).toBe(true);
    expect(after.replace(/\r\n/g, '')).not.toMatch(/\n/);
    // Every changed line is a month line whose only difference is the amount before the comment.
    const changedMonths = months(file).filter((fen, index) => fen !== old[index]).length;
    expect(changedMonths).toBeGreaterThan(6);
    expect(changedLines(before, after, /^(\s+- )\S+(\s+# \d+月\r)$/)).toBe(changedMonths);
    expect(sumFen(months(file))).toBe(250 * 1_000_000);
    expect((await runPlan(['check', '--content', dir, ...AS_OF])).stdout).not.toMatch(/person-months/);
  });

  it('keeps quotes and 元 around an amount and adds a missing customer group as one new line', () => {
    const text = ['---', 'target: "¥15万元"  # 目标', 'groups:', '  key-accounts: 6万', '---', 'body', ''].join('\n');
    const after = setFigures(text, [{ path: ['target'], fen: 1_600_000_000 }, { path: ['groups', 'online'], fen: 100 }]);
    expect(after).toBe(['---', 'target: "¥1,600万元"  # 目标', 'groups:', '  key-accounts: 6万', '  online: 0.0001万', '---', 'body', ''].join('\n'));
  });
});

describe('atomic writes', () => {
  it('leaves the old file byte-identical and no temporary file when the rename fails', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'planbook-atomic-'));
    const file = path.join(dir, 'plan.mdx');
    writeFileSync(file, 'old bytes\n');
    const crash = () => {
      throw Object.assign(new Error('simulated power cut'), { code: 'EIO' });
    };
    expect(() => writeAtomic(file, 'new bytes\n', { steps: { rename: crash } })).toThrow(/simulated power cut/);
    expect(readFileSync(file, 'utf8')).toBe('old bytes\n');
    expect(readdirSync(dir)).toEqual(['plan.mdx']);
  });

  it('refuses to replace an existing file when exclusive (scaffolding never overwrites)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'planbook-atomic-'));
    const file = path.join(dir, 'plan.mdx');
    writeFileSync(file, 'mine\n');
    expect(() => writeAtomic(file, 'template\n', { exclusive: true })).toThrow(/EEXIST/);
    expect(readFileSync(file, 'utf8')).toBe('mine\n');
    expect(readdirSync(dir)).toEqual(['plan.mdx']);
  });
});

describe('plan split and uncommitted changes', () => {
  async function repository() {
    const content = copyContent(MINIMAL);
    const dir = path.dirname(content);
    await git.init({ fs, dir });
    await git.add({ fs, dir, filepath: '.' });
    await git.commit({ fs, dir, message: 'plan', author: { name: 'Test', email: 'test@example.com', timestamp: 1_767_225_600, timezoneOffset: 0 } });
    return content;
  }

  it('refuses to write a file with uncommitted edits, and --force overrides', async () => {
    const content = await repository();
    const file = path.join(content, '2026/people/li-na/plan.mdx');
    const edited = readFileSync(file, 'utf8').replace('负责江苏', '负责江苏、安徽');
    writeFileSync(file, edited);
    const refused = await runPlan(['split', 'person', '2026', 'li-na', '--all', '--write', '--content', content]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/nothing written[\s\S]*people\/li-na\/plan\.mdx \(uncommitted changes\)[\s\S]*--force/);
    expect(readFileSync(file, 'utf8')).toBe(edited);
    const forced = await runPlan(['split', 'person', '2026', 'li-na', '--all', '--write', '--force', '--content', content]);
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/负责江苏、安徽/);
    expect(readFileSync(file, 'utf8')).not.toBe(edited);
  });

  it('writes a committed file', async () => {
    const content = await repository();
    const { code, stdout } = await runPlan(['split', 'person', '2026', 'li-na', '--all', '--write', '--content', content]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/wrote .*li-na\/plan\.mdx \(12 figures\)/);
  });
});
