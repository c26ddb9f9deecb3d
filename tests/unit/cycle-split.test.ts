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
    const { code, stdout } = await runPlan(['split', 'person', '2026', 'li-na', '--all', '--by', 'even', '--content', dir, '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\s1月\s+15万\s+20\.833334万\s+\+5\.833334万/);
    expect(stdout).not.toMatch(/months\.\d/);
    expect(stdout).toMatch(/parts add up to 250万 .* exact/);
    expect(stdout).toMatch(/Preview only, nothing written/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('splits a unit budget to its people by weights, adding up to the budget exactly', async () => {
    const dir = copyContent(MINIMAL);
    const { code } = await runPlan(['split', 'unit', '2026', 'east', '--by', 'weights', '--weights', 'zhang-wei=1,李娜=2', '--write', '--content', dir, '--lang', 'en']);
    expect(code).toBe(0);
    const revenue = (id: string) => (parseDocumentSource(readFileSync(path.join(dir, `2026/people/${id}/plan.mdx`), 'utf8')).data as { target: { revenue: string } }).target.revenue;
    expect([revenue('zhang-wei'), revenue('li-na')]).toEqual(['200万', '400万']);
  });

  it('refuses weights that leave a person out, naming who', async () => {
    const { code, stderr } = await runPlan(['split', 'unit', '2026', 'east', '--by', 'weights', '--weights', 'zhang-wei=1', '--content', MINIMAL, '--lang', 'en']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Missing weight for li-na/);
  });

  it('explains why last year cannot be used when there is no last year', async () => {
    const { code, stderr } = await runPlan(['split', 'unit', '2026', 'east', '--by', 'last-year', '--content', MINIMAL, '--lang', 'en']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/No FY2025 content/);
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  for (const [method, extra] of [['even', []], ['seasonality', ['--profile', 'standard']], ['weights', ['--weights', '1=1,2=1,3=1,4=1,5=1,6=1,7=1,8=0,9=0,10=0,11=0,12=0']]] as const) {
    it(`--by ${method} makes 12 months that add up to an awkward annual target`, async () => {
      const dir = withProfile(copyContent(MINIMAL));
      const file = path.join(dir, '2026/people/li-na/plan.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace('revenue: 250万', 'revenue: 1,000,000.07'));
      const { code } = await runPlan(['split', 'person', '2026', 'li-na', '--all', '--by', method, ...extra, '--write', '--content', dir, '--lang', 'en']);
      expect(code).toBe(0);
      expect(sumFen(months(file))).toBe(100_000_007);
    });
  }

  it('splits a month to customer groups and the plan passes check', async () => {
    const dir = copyContent(MINIMAL);
    const { code } = await runPlan(['split', 'month', '2026', 'li-na', '01', '--by', 'weights', '--weights', 'key-accounts=1,distributors=1,online=1', '--write', '--content', dir, '--lang', 'en']);
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
    const { code } = await runPlan(['split', 'person', '2026', 'li-na', '--all', '--by', 'seasonality', '--profile', 'standard', '--write', '--content', dir, '--lang', 'en']);
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
    const refused = await runPlan(['split', 'person', '2026', 'li-na', '--all', '--write', '--content', content, '--lang', 'en']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/nothing written[\s\S]*people\/li-na\/plan\.mdx \(uncommitted changes\)[\s\S]*--force/);
    expect(readFileSync(file, 'utf8')).toBe(edited);
    const forced = await runPlan(['split', 'person', '2026', 'li-na', '--all', '--write', '--force', '--content', content, '--lang', 'en']);
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/负责江苏、安徽/);
    expect(readFileSync(file, 'utf8')).not.toBe(edited);
  });

  it('writes a committed file', async () => {
    const content = await repository();
    const { code, stdout } = await runPlan(['split', 'person', '2026', 'li-na', '--all', '--write', '--content', content, '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toContain(`wrote ${content}/2026/people/li-na/plan.mdx (12 figures)`);
  });
});

describe('plan split respects the past', () => {
  const demoMonths = (dir: string) => months(path.join(dir, '2026/people/li-na/plan.mdx'));
  const LI_NA = ['split', 'person', '2026', 'li-na', '--by', 'seasonality', '--profile', 'standard'];

  it("in November keeps 李娜's reported January–October, says so, and splits the rest over November and December", async () => {
    const dir = copyContent('content');
    const before = demoMonths(dir);
    const { code, stdout } = await runPlan([...LI_NA, '--as-of', '2026-11-30', '--write', '--content', dir, '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/kept\s+1月\s+83\.5万\s+83\.5万\n/);
    expect(stdout).toMatch(/\s11月\s+113\.3万\s+115\.829787万\s+\+2\.529787万/);
    expect(stdout).toContain('note: Kept months 1–10 as they are (reported, or before 2026-11): 873.8万; months 11–12 share the remaining 272.2万. Pass --from MM or --all to re-split kept months.');
    expect(stdout).not.toMatch(/months\.\d/);
    const after = demoMonths(dir);
    expect(after.slice(0, 10)).toEqual(before.slice(0, 10));
    expect(after.slice(10)).toEqual([115_829_787, 156_370_213]);
    expect(sumFen(after)).toBe(1_146_000_000);
  });

  it('re-splits from --from MM on, or the whole year with --all', async () => {
    const dir = copyContent('content');
    const before = demoMonths(dir);
    const from = await runPlan([...LI_NA, '--from', '06', '--content', dir, '--lang', 'en']);
    expect(from.stdout).toContain('note: Kept months 1–5 as they are (before --from 06)');
    expect(from.stdout).toMatch(/\s6月\s+108\.4万\s+\S+万\s+[+−]/);
    const all = await runPlan([...LI_NA, '--all', '--write', '--content', dir, '--lang', 'en']);
    expect(all.stdout).not.toContain('Kept');
    expect(demoMonths(dir)[0]).not.toBe(before[0]);
    expect(sumFen(demoMonths(dir))).toBe(1_146_000_000);
  });

  it('keeps a month with a submitted report but not one with a draft', async () => {
    const dir = copyContent(MINIMAL);
    const split = () => runPlan(['split', 'person', '2026', 'zhang-wei', '--as-of', '2026-01-20', '--content', dir, '--lang', 'en']);
    expect((await split()).stdout).toContain('note: Kept month 1 as they are (reported, or before 2026-01)');
    const report = path.join(dir, '2026/people/zhang-wei/01.report.mdx');
    writeFileSync(report, readFileSync(report, 'utf8').replace('status: review', 'status: draft'));
    expect((await split()).stdout).not.toContain('Kept');
  });

  it('refuses when every month is kept, and keeping flags on a unit split', async () => {
    const over = await runPlan(['split', 'person', '2026', 'li-na', '--as-of', '2027-01-05', '--content', MINIMAL, '--lang', 'en']);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('Every month of FY2026 is kept (reported, or before 2027-01), so nothing is left to split; pass --from MM to re-split from month MM on, or --all');
    const unit = await runPlan(['split', 'unit', '2026', 'east', '--from', '06', '--content', MINIMAL, '--lang', 'en']);
    expect(unit.code).toBe(2);
    expect(unit.stderr).toContain('--from goes with plan split person');
  });

  it('--round 1万 splits the FY2027 east budget by last year into whole 万 that add up to 5,750万', async () => {
    const dir = copyContent('content');
    expect((await runPlan(['new', 'people', '2027', '--content', dir])).code).toBe(0);
    const exact = await runPlan(['split', 'unit', '2027', 'east', '--by', 'last-year', '--content', dir, '--lang', 'en']);
    expect(exact.stdout).toContain('972.826944万');
    expect(exact.stdout).toContain('--round 1万');
    const { code, stdout } = await runPlan(['split', 'unit', '2027', 'east', '--by', 'last-year', '--round', '1万', '--content', dir, '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toContain('by FY2026 actual revenue, in steps of 1万');
    expect([...stdout.matchAll(/target\.revenue\s+0\s+([\d,]+)万/g)].map((match) => match[1])).toEqual(['973', '1,326', '1,132', '869', '1,450']);
    expect(stdout).toContain('parts add up to 5,750万 (was 0), whole 5,750万: exact');
  });

  it('refuses a --round that is not a step above zero', async () => {
    const { code, stderr } = await runPlan(['split', 'unit', '2026', 'east', '--round', '0', '--content', MINIMAL, '--lang', 'en']);
    expect(code).toBe(2);
    expect(stderr).toContain('Unexpected --round "0", expected a step above zero like 1万, 1000元 or 1元');
  });
});

describe('plan split --by last-year reads only submitted reports', () => {
  it('a draft FY2026 report weighs nothing: its month falls back to last year\u2019s plan figure', async () => {
    const dir = copyContent('content');
    const report = path.join(dir, '2026/people/li-na/03.report.mdx');
    writeFileSync(report, readFileSync(report, 'utf8').replace('status: approved', 'status: draft'));
    expect((await runPlan(['new', 'person', '2027', 'li-na', '--content', dir])).code).toBe(0);
    const { code, stdout } = await runPlan(['split', 'person', '2027', 'li-na', '--all', '--by', 'last-year', '--content', dir, '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toContain('FY2026 months 3, 11, 12 have no report yet');
  });
});
