import fs, { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import git from 'isomorphic-git';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatPercentDelta } from '../../src/core/fraction.ts';
import { listVersionTags } from '../../src/approvals/version-tags.ts';
import { loadContent } from '../../src/model/load.ts';
import { buildModel } from '../../src/model/model.ts';
import { rollupYear } from '../../src/model/rollup.ts';
import { againstCurrent, versionHistory } from '../../src/site/version-history.ts';
import { fixtureRepo } from './helpers/approvals-repo.ts';
import { runPlan } from './helpers/run-plan.ts';

const PLAN = 'content/2026/people/zhang-wei/plan.mdx';
let repo: Awaited<ReturnType<typeof fixtureRepo>>;
beforeEach(async () => {
  repo = await fixtureRepo();
  await git.setConfig({ fs, dir: repo.dir, path: 'user.name', value: '刘芳' });
  await git.setConfig({ fs, dir: repo.dir, path: 'user.email', value: 'liufang@example.com' });
});
afterEach(() => repo.cleanup());

describe('plan version: named versions are Git tags', () => {
  it('tags HEAD as an annotated tag with who and why, and lists it', async () => {
    const tagged = await runPlan(['version', 'tag', 'FY2026-approved', '--message', '年度计划预算会议通过', '--repo', repo.dir]);
    expect(tagged.stderr).toBe('');
    expect(tagged.stdout).toContain(`已命名版本 FY2026-approved：提交 ${repo.base.slice(0, 7)}，由 刘芳（年度计划预算会议通过）`);
    expect(tagged.code).toBe(0);
    const oid = await git.resolveRef({ fs, dir: repo.dir, ref: 'refs/tags/FY2026-approved' });
    const { tag } = await git.readTag({ fs, dir: repo.dir, oid });
    expect(tag).toMatchObject({ object: repo.base, type: 'commit', message: '年度计划预算会议通过\n', tagger: { name: '刘芳', email: 'liufang@example.com' } });

    const listed = await runPlan(['version', 'list', '--repo', repo.dir]);
    expect(listed.stdout).toMatch(/FY2026-approved\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+[0-9a-f]{7}\s+刘芳\s+年度计划预算会议通过/);
  });

  it('lists a lightweight tag made with git tag, dated by its commit, and plan diff compares two versions', async () => {
    await git.tag({ fs, dir: repo.dir, ref: 'v1' });
    const plan = readFileSync(path.join(repo.dir, PLAN), 'utf8');
    await repo.commit('Move 5万 from March to April', { [PLAN]: plan.replace('  - 25万    # 3月', '  - 20万    # 3月').replace('  - 28万    # 4月', '  - 33万    # 4月') });
    expect((await runPlan(['version', 'tag', 'v2', '--repo', repo.dir])).code).toBe(0);
    const versions = await listVersionTags({ dir: repo.dir });
    expect(versions.map(({ name, annotated, by, message }) => ({ name, annotated, by, message }))).toEqual([
      { name: 'v2', annotated: true, by: '刘芳', message: 'Planbook version v2' },
      { name: 'v1', annotated: false, by: 'Planbook Test', message: 'FY2026 minimal plan' },
    ]);
    const diff = await runPlan(['diff', 'v1', 'v2', '--repo', repo.dir, '--as-of', '2026-01-20']);
    expect(diff.stdout).toContain('| FY2026 | 张伟 | 3月 目标 | 25万 | 20万 | −5万 | −20.0% |');
  });

  it('refuses a taken name and a name Git would refuse, and changes nothing', async () => {
    expect((await runPlan(['version', 'tag', 'v1', '--repo', repo.dir])).code).toBe(0);
    const again = await runPlan(['version', 'tag', 'v1', '--repo', repo.dir]);
    expect(again).toMatchObject({ code: 1, stdout: '' });
    expect(again.stderr).toContain('版本 "v1" 已存在；请换一个名字');
    expect((await runPlan(['version', 'tag', 'v1', '--repo', repo.dir, '--lang', 'en'])).stderr).toContain('Version "v1" already exists');
    const bad = await runPlan(['version', 'tag', 'FY2026..approved', '--repo', repo.dir]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('版本名 "FY2026..approved" 无效');
    expect((await runPlan(['version', 'tag', 'FY2026..approved', '--repo', repo.dir, '--lang', 'en'])).stderr).toContain('Unexpected version name "FY2026..approved"');
    expect(await git.listTags({ fs, dir: repo.dir })).toEqual(['v1']);
  });

  it('says how to name a first version when there is none', async () => {
    const listed = await runPlan(['version', 'list', '--repo', repo.dir, '--lang', 'en']);
    expect((await runPlan(['version', 'list', '--repo', repo.dir])).stdout).toContain('还没有命名的版本。');
    expect(listed.stdout).toContain('No named versions yet. Name the current plan with plan version tag NAME');
  });

  it('gives the portal each tagged version’s figures, read from its Git tree, against the current plan', async () => {
    expect(await versionHistory(path.join(repo.dir, 'content'), '2026-01-20')).toEqual([]);
    expect((await runPlan(['version', 'tag', 'FY2026-approved', '--repo', repo.dir])).code).toBe(0);
    const plan = readFileSync(path.join(repo.dir, PLAN), 'utf8');
    await repo.commit('Raise 张伟 by 10万 in December', { [PLAN]: plan.replace('revenue: 350万', 'revenue: 360万').replace('  - 52万    # 12月', '  - 62万    # 12月') });
    const [approved] = await versionHistory(path.join(repo.dir, 'content'), '2026-01-20');
    expect(approved?.name).toBe('FY2026-approved');
    const current = buildModel(await loadContent(path.join(repo.dir, 'content'))).years.get(2026);
    const rows = againstCurrent(approved!, rollupYear(current!, '2026-01-20'));
    // The unit's target is its budget's (unchanged) and the company's org.yaml's: only 张伟 moved, and only he is listed.
    expect(rows?.map((row) => [row.level, row.id, row.target.amount])).toEqual([
      ['company', 'company', 0],
      ['unit', 'east', 0],
      ['person', 'zhang-wei', 10_000_000],
    ]);
    expect(formatPercentDelta(rows?.[2]?.target.percent ?? null)).toBe('+2.9%');
    expect(approved?.rollups.get(2026)?.units[0]?.people.find((person) => person.id === 'zhang-wei')?.target).toBe(350_000_000);
  });
});

describe('--repo and --content of the commands that read Git', () => {
  const commands = [['version', 'list'], ['version', 'tag', 'v1'], ['diff', 'main'], ['approvals', '--explain']];

  it.each(commands)('plan %s %s: one line naming the folder, exit 2, no stack trace, nothing written', async (...command) => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'planbook-no-repo-'));
    try {
      const file = path.join(outside, 'notes.txt');
      fs.writeFileSync(file, 'x');
      const cases = [
        [outside, `plan ${command[0]}: ${outside} 不是 Git 仓库（其中及其上级目录都没有 .git）；--repo 应为 Git 仓库的顶层目录`],
        [path.join(outside, 'missing'), `plan ${command[0]}: 仓库目录 ${path.join(outside, 'missing')} 不存在`],
        [file, `plan ${command[0]}: ${file} 是文件，不是目录`],
        [path.join(repo.dir, 'content'), `plan ${command[0]}: ${path.join(repo.dir, 'content')} 不是 Git 仓库的顶层目录；它所在的仓库位于 ${repo.dir}：请用 --repo ${repo.dir}`],
      ];
      for (const [dir = '', message] of cases) {
        const result = await runPlan([...command, '--repo', dir]);
        const [first = '', ...rest] = result.stderr.split('\n');
        expect(first.startsWith(message ?? ''), first).toBe(true);
        expect(rest).toEqual([`运行 plan ${command[0]} --help 查看用法。`, '']);
        expect(result).toMatchObject({ code: 2, stdout: '' });
      }
      const english = await runPlan([...command, '--repo', outside, '--lang', 'en']);
      expect(english.stderr).toContain(`Not a Git repository: ${outside} (no .git in it or any folder above)`);
      expect(fs.readdirSync(outside)).toEqual(['notes.txt']);
      expect(await git.listTags({ fs, dir: repo.dir })).toEqual([]);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it.each([['diff', 'main'], ['approvals', '--explain']])('plan %s %s --content: a folder no commit compared has is refused, naming it; ./content/ is content', async (...command) => {
    const missing = await runPlan([...command, '--repo', repo.dir, '--content', 'contents']);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toContain(`plan ${command[0]}: 仓库 ${repo.dir} 的提交 ${repo.base.slice(0, 7)} 中都没有内容目录 "contents"；--content 应为仓库中的目录`);
    const outside = await runPlan([...command, '--repo', repo.dir, '--content', os.tmpdir(), '--lang', 'en']);
    expect(outside.stderr).toContain(`plan ${command[0]}: Unexpected content folder "${os.tmpdir()}": not inside the repository at ${repo.dir}`);
    expect(outside.code).toBe(2);
    expect((await runPlan([...command, '--repo', repo.dir, '--content', './content/'])).code).toBe(0);
  });
});
