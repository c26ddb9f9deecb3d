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
    const result = await runPlan(['diff', repo.base, 'HEAD', '--repo', repo.dir, '--as-of', '2026-01-20']);
    expect(result.stdout).toContain('华东 Q1 目标 −5万; 华东 Q2 目标 +5万; 张伟 3月 目标 −5万; 张伟 4月 目标 +5万; company total unchanged; all figures still add up; needs: 市场部经理');
    expect(result.stdout).toContain('| FY2026 | 张伟 | 3月 目标 | 25万 | 20万 | −5万 |');
    expect(result.stdout).toContain('- `content/2026/people/zhang-wei/plan.mdx` (modified): 市场部经理 (周志强 @zhouzhiqiang-ex)');
    expect(result.stdout).not.toContain('| 张伟 | 目标 |');
    expect(result.code).toBe(0);
  });

  it('reports a rule the change newly breaks, with file and line', async () => {
    await repo.commit('Cut March', { [PLAN]: plan.replace('  - 25万    # 3月', '  - 20万    # 3月') });
    const result = await runPlan(['diff', repo.base, '--repo', repo.dir, '--as-of', '2026-01-20']);
    expect(result.stdout).toMatch(/- ✖ newly broken: `content\/2026\/people\/zhang-wei\/plan\.mdx:\d+` .*\[person-months\]/);
    expect(result.stdout).toContain('✖ 1 newly broken');
  });

  it('gives every amount in 分 in its JSON output', async () => {
    await repo.commit('Move', { [PLAN]: plan.replace('  - 25万    # 3月', '  - 20万    # 3月').replace('  - 28万    # 4月', '  - 33万    # 4月') });
    const result = await runPlan(['diff', repo.base, 'HEAD', '--repo', repo.dir, '--format', 'json', '--as-of', '2026-01-20']);
    const json = JSON.parse(result.stdout) as { version: number; moves: { id: string; figure: string; base: number; head: number }[] };
    expect(json.moves).toContainEqual(expect.objectContaining({ id: 'zhang-wei', figure: 'M3', base: 25_000_000, head: 20_000_000 }));
  });

  it('refuses a missing BASE with a usage message', async () => {
    const result = await runPlan(['diff', '--repo', repo.dir]);
    expect(result.stderr).toContain('Missing BASE');
    expect(result.code).toBe(2);
  });
});
