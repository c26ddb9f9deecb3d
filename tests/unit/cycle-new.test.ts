import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyContent, runPlan } from './helpers/run-plan.ts';

const MINIMAL = 'tests/fixtures/minimal';

/** Every unit split to its people, every person split to months: what an administrator does after plan new year. */
async function splitEverything(dir: string, year: string) {
  for (const unit of readdirSync(path.join(dir, year, 'units'))) {
    expect((await runPlan(['--lang', 'en', 'split', 'unit', year, unit, '--write', '--content', dir])).code).toBe(0);
  }
  for (const person of readdirSync(path.join(dir, year, 'people'))) {
    expect((await runPlan(['--lang', 'en', 'split', 'person', year, person, '--write', '--content', dir])).code).toBe(0);
  }
}

describe('plan new year', () => {
  it('scaffolds FY2027 from the minimal FY2026 that passes plan check once its targets are split', async () => {
    const dir = copyContent(MINIMAL);
    const { code, stdout } = await runPlan(['--lang', 'en', 'new', 'year', '2027', '--date', '2026-11-20', '--content', dir]);
    expect(code).toBe(0);
    for (const file of ['2027/org.yaml', '2027/market-research.mdx', '2027/units/east/sales-plan.mdx', '2027/units/east/budget.mdx', '2027/people/li-na/plan.mdx', '2027/people/zhang-wei/plan.mdx']) {
      // The content folder as typed (an absolute temp path), not rewritten as ../../tmp/….
      expect(stdout).toContain(`created ${dir}/${file}`);
    }
    const before = await runPlan(['--lang', 'en', 'check', '--content', dir, '--as-of', '2026-11-27']);
    expect(before.code).toBe(1);
    expect(before.stdout).toMatch(/People in 华东事业部 add up to 0, budget says 600万/);
    await splitEverything(dir, '2027');
    const after = await runPlan(['--lang', 'en', 'check', '--content', dir, '--as-of', '2026-11-27']);
    expect(after.stdout).not.toMatch(/^\s+\d+:\d+\s+error/m);
    expect(after.code).toBe(0);
  });

  it('carries org.yaml over byte for byte except the year', async () => {
    const dir = copyContent(MINIMAL);
    await runPlan(['--lang', 'en', 'new', 'year', '2027', '--content', dir]);
    const last = readFileSync(path.join(dir, '2026/org.yaml'), 'utf8');
    expect(readFileSync(path.join(dir, '2027/org.yaml'), 'utf8')).toBe(last.replace(/^year: 2026$/m, 'year: 2027'));
  });

  it('scaffolds FY2028 from the demo’s FY2027 that passes check once split', async () => {
    const dir = copyContent('content');
    expect((await runPlan(['--lang', 'en', 'new', 'year', '2028', '--date', '2027-11-20', '--content', dir])).code).toBe(0);
    await splitEverything(dir, '2028');
    const after = await runPlan(['--lang', 'en', 'check', '--content', dir, '--as-of', '2026-11-27']);
    expect(after.stdout).not.toMatch(/^\s+\d+:\d+\s+error/m);
    expect(after.code).toBe(0);
  }, 30_000);

  it('gives every FY2027 salesperson of the demo an annual plan, and the split tree passes check', async () => {
    const dir = copyContent('content');
    const { code, stdout } = await runPlan(['--lang', 'en', 'new', 'people', '2027', '--date', '2026-11-27', '--content', dir]);
    expect(code).toBe(0);
    expect(stdout.match(/^created /gm)).toHaveLength(13);
    expect(stdout).toMatch(/2027\/people\/song-jia\/plan\.mdx/);
    await splitEverything(dir, '2027');
    const after = await runPlan(['--lang', 'en', 'check', '--content', dir, '--as-of', '2026-11-27']);
    expect(after.stdout).not.toMatch(/^\s+\d+:\d+\s+error/m);
    expect(after.code).toBe(0);
  }, 30_000);

  it('never overwrites: a second run creates nothing and names the files in the way', async () => {
    const dir = copyContent(MINIMAL);
    await runPlan(['--lang', 'en', 'new', 'year', '2027', '--content', dir]);
    const budget = path.join(dir, '2027/units/east/budget.mdx');
    const text = readFileSync(budget, 'utf8');
    const again = await runPlan(['--lang', 'en', 'new', 'year', '2027', '--content', dir]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/nothing created; \d+ files exist and plan new never overwrites:[\s\S]*2027\/units\/east\/budget\.mdx/);
    expect(readFileSync(budget, 'utf8')).toBe(text);
  });
});

describe('plan new documents', () => {
  it('makes a monthly report with the seed’s three sections that passes check', async () => {
    const dir = copyContent(MINIMAL);
    const { code } = await runPlan(['--lang', 'en', 'new', 'monthly-report', '2026', 'li-na', '01', '--date', '2026-01-31', '--content', dir]);
    expect(code).toBe(0);
    const text = readFileSync(path.join(dir, '2026/people/li-na/01.report.mdx'), 'utf8');
    expect(text.match(/^## .+$/gm)).toEqual(['## 本月销售情况', '## 问题分析', '## 调整措施']);
    expect((await runPlan(['--lang', 'en', 'check', '--content', dir, '--as-of', '2026-02-01'])).code).toBe(0);
  });

  it('makes a monthly plan whose customer groups add up to the annual plan’s month', async () => {
    const dir = copyContent(MINIMAL);
    expect((await runPlan(['--lang', 'en', 'new', 'monthly-plan', '2026', 'li-na', '02', '--date', '2026-01-25', '--content', dir])).code).toBe(0);
    const check = await runPlan(['--lang', 'en', 'check', '--content', dir, '--as-of', '2026-01-26']);
    expect(check.stdout).not.toMatch(/month-groups|month-matches-plan/);
    expect(check.code).toBe(0);
  });

  it('pre-fills the mid-year review with H1 figures plan check agrees with', async () => {
    const dir = copyContent('content');
    const review = path.join(dir, '2026/units/south/midyear-review.mdx');
    const written = readFileSync(review, 'utf8');
    rmSync(review);
    expect((await runPlan(['--lang', 'en', 'new', 'midyear-review', '2026', 'south', '--date', '2026-07-08', '--content', dir])).code).toBe(0);
    const text = readFileSync(review, 'utf8');
    expect(text).toMatch(/target: 1,750\.7万/);
    expect(written).toMatch(/target: 1,750\.7万/);
    const check = await runPlan(['--lang', 'en', 'check', '--content', dir, '--as-of', '2026-11-27']);
    expect(check.stdout).not.toMatch(/midyear-figures/);
  }, 30_000);

  it('prints the org.yaml entry for someone new and adds it only with --write', async () => {
    const dir = copyContent(MINIMAL);
    const org = path.join(dir, '2026/org.yaml');
    const before = readFileSync(org, 'utf8');
    const args = ['new', 'person', '2026', 'zhang-san', '--name', '张三', '--unit', 'east', '--login', 'zhangsan', '--content', dir];
    const preview = await runPlan(args);
    expect(preview.stdout).toMatch(/ {2}- id: zhang-san\n {4}name: 张三\n {4}title: 销售代表\n {4}unit: east\n {4}login: zhangsan/);
    expect(readFileSync(org, 'utf8')).toBe(before);
    expect(existsSync(path.join(dir, '2026/people/zhang-san/plan.mdx'))).toBe(false);
    const written = await runPlan(['--lang', 'en', ...args, '--write']);
    expect(written.code).toBe(0);
    expect(readFileSync(org, 'utf8').startsWith(before.trimEnd().split('\n').slice(0, 20).join('\n'))).toBe(true);
    expect(existsSync(path.join(dir, '2026/people/zhang-san/plan.mdx'))).toBe(true);
    const check = await runPlan(['--lang', 'en', 'check', '--content', dir, '--as-of', '2026-01-20']);
    expect(check.stdout).not.toMatch(/unknown-reference|references/);
  });
});
