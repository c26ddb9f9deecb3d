import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureRepo } from './helpers/approvals-repo.ts';
import { runPlan } from './helpers/run-plan.ts';

const PLAN = 'content/2026/people/zhang-wei/plan.mdx';
let repo: Awaited<ReturnType<typeof fixtureRepo>>;
let plan: string;
beforeEach(async () => {
  repo = await fixtureRepo();
  plan = readFileSync(path.join(repo.dir, PLAN), 'utf8');
});
afterEach(() => repo.cleanup());

describe('plan diff: what a change does', () => {
  it('prints the figures a target move shifts, keeps the totals, and names the approver', async () => {
    // 5万 of 张伟's target moves from March to April: a month and a quarter change, the year does not.
    const moved = plan.replace('  - 25万    # 3月', '  - 20万    # 3月').replace('  - 28万    # 4月', '  - 33万    # 4月');
    expect(moved).not.toBe(plan);
    await repo.commit('Move 5万 from March to April', { [PLAN]: moved });
    const result = await runPlan(['diff', repo.base, 'HEAD', '--repo', repo.dir, '--as-of', '2026-01-20', '--lang', 'en']);
    expect(result.stdout).toContain('华东 Q1 目标 −5万; 华东 Q2 目标 +5万; 张伟 3月 目标 −5万; 张伟 4月 目标 +5万; company total unchanged; all figures still add up; needs: 市场部经理');
    expect(result.stdout).toContain('| FY2026 | 张伟 | 3月 目标 | 25万 | 20万 | −5万 | −20.0% |');
    expect(result.stdout).toContain('| FY2026 | 张伟 | 4月 目标 | 28万 | 33万 | +5万 | +17.9% |');
    expect(result.stdout).toContain('- `content/2026/people/zhang-wei/plan.mdx` (modified): 市场部经理 (周志强 @zhouzhiqiang-ex)');
    const chinese = (await runPlan(['diff', repo.base, 'HEAD', '--repo', repo.dir, '--as-of', '2026-01-20'])).stdout;
    expect(chinese).toMatch(/^## 计划变更$/m);
    expect(chinese).toContain('张伟 4月 目标 +5万；公司合计不变；所有数字仍然对得上；需要审批：市场部经理');
    expect(chinese).toContain('| 年度 | 对象 | 数字 | 修改前 | 修改后 | 变化 | % |');
    expect(result.stdout).not.toContain('| 张伟 | 目标 |');
    expect(result.code).toBe(0);
  });

  it('reports a rule the change newly breaks, with file and line', async () => {
    await repo.commit('Cut March', { [PLAN]: plan.replace('  - 25万    # 3月', '  - 20万    # 3月') });
    const result = await runPlan(['diff', repo.base, '--repo', repo.dir, '--as-of', '2026-01-20', '--lang', 'en']);
    expect(result.stdout).toMatch(/- ✖ newly broken: `content\/2026\/people\/zhang-wei\/plan\.mdx:\d+` .*\[person-months\]/);
    expect(result.stdout).toContain('✖ 1 newly broken');
  });

  it('gives every amount in 分 in its JSON output', async () => {
    await repo.commit('Move', { [PLAN]: plan.replace('  - 25万    # 3月', '  - 20万    # 3月').replace('  - 28万    # 4月', '  - 33万    # 4月') });
    const result = await runPlan(['diff', repo.base, 'HEAD', '--repo', repo.dir, '--format', 'json', '--as-of', '2026-01-20', '--lang', 'en']);
    const json = JSON.parse(result.stdout) as { version: number; moves: { id: string; figure: string; base: number; head: number }[] };
    expect(json.moves).toContainEqual(expect.objectContaining({ id: 'zhang-wei', figure: 'M3', base: 25_000_000, head: 20_000_000 }));
  });

  it('refuses a missing BASE with a usage message', async () => {
    const result = await runPlan(['diff', '--repo', repo.dir]);
    expect(result.stderr).toContain('缺少 BASE');
    expect((await runPlan(['diff', '--repo', repo.dir, '--lang', 'en'])).stderr).toContain('Missing BASE');
    expect(result.code).toBe(2);
  });
});

describe('plan diff: every figure that moved (demo FY2026)', { timeout: 60_000 }, () => {
  const NOVEMBER = 'content/2026/people/li-na/11.plan.mdx';
  const OCTOBER = 'content/2026/people/li-na/10.report.mdx';
  let demo: Awaited<ReturnType<typeof fixtureRepo>>;
  beforeEach(async () => {
    demo = await fixtureRepo(['content/2026']);
  });
  afterEach(() => demo.cleanup());

  it("shows 李娜's customer-group move and extra promotion spend with their effect on 华东 and the company", async () => {
    const november = readFileSync(path.join(demo.dir, NOVEMBER), 'utf8');
    const october = readFileSync(path.join(demo.dir, OCTOBER), 'utf8');
    const moved = november.replace('key-accounts: 48.87万', 'key-accounts: 46.87万').replace('distributors: 45.49万', 'distributors: 47.49万');
    const spent = october.replace('promotion: 9,760', 'promotion: 19,760');
    expect(moved).not.toBe(november);
    expect(spent).not.toBe(october);
    await demo.commit('2万 from 大客户 to 经销商 in November; 1万 more promotion', { [NOVEMBER]: moved, [OCTOBER]: spent });
    const result = await runPlan(['diff', demo.base, 'HEAD', '--repo', demo.dir, '--as-of', '2026-11-30', '--lang', 'en']);
    expect(result.stdout).not.toContain('No figure moved');
    for (const row of [
      '| FY2026 | 李娜 | 11月 大客户 目标 | 48.87万 | 46.87万 | −2万 |',
      '| FY2026 | 李娜 | 11月 经销商 目标 | 45.49万 | 47.49万 | +2万 |',
      '| FY2026 | 李娜 | 10月 市场推广费用 支出 | 0.98万 | 1.98万 | +1万 |',
      '| FY2026 | 华东事业部 | 市场推广费用 已支出 |',
      '| FY2026 | 华东事业部 | 费用已支出 |',
    ])
      expect(result.stdout).toContain(row);
    expect(result.stdout).toMatch(/\| FY2026 \| 华东事业部 \| 大客户 目标 \| [\d.,]+万 \| [\d.,]+万 \| −2万 \|/);
    expect(result.stdout).toMatch(/\| FY2026 \| [^|]+ \| 经销商 目标 \| [\d.,]+万 \| [\d.,]+万 \| \+2万 \|/);
    expect(result.stdout).toMatch(/\| FY2026 \| [^|]+有限公司 \| 市场推广费用 已支出 \| [\d.,]+万 \| [\d.,]+万 \| \+1万 \|/);
    expect(result.stdout).toContain('company total unchanged');
    expect(result.stdout).not.toMatch(/\| 李娜 \| 目标 \|/);

    const json = JSON.parse((await runPlan(['diff', demo.base, 'HEAD', '--repo', demo.dir, '--format', 'json', '--as-of', '2026-11-30', '--lang', 'en'])).stdout) as { moves: { scope: string; figure: string }[] };
    expect(json.moves).toContainEqual({ year: 2026, scope: 'person', id: 'li-na', name: '李娜', figure: 'M11:group:key-accounts', label: '11月 大客户 目标', base: 48_870_000, head: 46_870_000 });
    expect(json.moves.filter((move) => move.scope === 'unit').map((move) => move.figure)).toEqual(['group:key-accounts', 'group:distributors', 'spend', 'spend:promotion']);
  });
});
