import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimalWith } from './helpers/fixture-edits.ts';
import { copyContent, runPlan } from './helpers/run-plan.ts';

/** A repository folder with the minimal content and no CODEOWNERS yet. */
function workspace() {
  const content = copyContent('tests/fixtures/minimal');
  return { root: path.dirname(content), codeowners: path.join(path.dirname(content), '.github/CODEOWNERS') };
}

describe('plan codeowners', () => {
  it('writes the owners of each document from its approval chain, saying what it creates', async () => {
    const { root, codeowners } = workspace();
    const result = await runPlan(['--lang', 'en', 'codeowners'], root);
    expect(result.stdout).toContain('Creating .github/CODEOWNERS');
    const text = readFileSync(codeowners, 'utf8');
    expect(text).toContain('/content/2026/units/east/budget.mdx @wanghaitao-ex @liufang-ex @chenjianguo-ex\n');
    expect(text).toContain('/content/2026/people/zhang-wei/ @zhouzhiqiang-ex @wanghaitao-ex\n');
    expect(text).toContain('/content/2026/org.yaml @chenjianguo-ex\n');
    // Every other file (code, workflows, the ledger) has a default owner; GitHub applies the last
    // matching pattern, so the default and the year's catch-all come before the documents.
    expect(text).toContain('\n* @chenjianguo-ex\n');
    expect(text.indexOf('* @chenjianguo-ex')).toBeLessThan(text.indexOf('/content/2026/ '));
    expect(text.indexOf('/content/2026/ ')).toBeLessThan(text.indexOf('/content/2026/units/east/budget.mdx'));
    expect(result.code).toBe(0);
  });

  it('--check passes when current and fails with the first differing line when stale', async () => {
    const { root, codeowners } = workspace();
    await runPlan(['--lang', 'en', 'codeowners'], root);
    expect((await runPlan(['--lang', 'en', 'codeowners', '--check'], root)).code).toBe(0);
    const org = path.join(root, 'content/2026/org.yaml');
    writeFileSync(org, readFileSync(org, 'utf8').replace('login: liufang-ex', 'login: liufang-new'));
    const stale = await runPlan(['--lang', 'en', 'codeowners', '--check'], root);
    expect(stale.stdout).toMatch(/\.github\/CODEOWNERS\n\s+\d+:1\s+error\s+Unexpected CODEOWNERS content/);
    expect(stale.stdout).toContain('@liufang-new');
    expect(stale.code).toBe(1);
    expect(readFileSync(codeowners, 'utf8')).not.toContain('liufang-new');
  });

  it('--check fails when there is no CODEOWNERS file', async () => {
    const { root } = workspace();
    mkdirSync(path.join(root, '.github'), { recursive: true });
    const result = await runPlan(['--lang', 'en', 'codeowners', '--check'], root);
    expect(result.stderr).toContain('.github/CODEOWNERS does not exist');
    expect(result.code).toBe(1);
  });
});

describe('plan check and CODEOWNERS', () => {
  it('reports a stale CODEOWNERS as an error with the command that fixes it', async () => {
    const { root } = workspace();
    await runPlan(['--lang', 'en', 'codeowners'], root);
    const org = path.join(root, 'content/2026/org.yaml');
    writeFileSync(org, readFileSync(org, 'utf8').replace('login: chenjianguo-ex', 'login: chenjianguo-gm'));
    const result = await runPlan(['--lang', 'en', 'check', '--as-of', '2026-01-20'], root);
    expect(result.stdout).toContain('Unexpected CODEOWNERS content, expected the owners generated from the organisation files  [codeowners-sync]');
    expect(result.stdout).toContain('Run `npm run --silent plan -- codeowners` and commit .github/CODEOWNERS.');
    expect(result.code).toBe(1);
  });

  it('escapes a space in the content folder as GitHub reads it, and check and --check agree on that file', async () => {
    const { root, codeowners } = workspace();
    renameSync(path.join(root, 'content'), path.join(root, 'plan content'));
    expect((await runPlan(['--lang', 'en', 'codeowners', '--content', 'plan content'], root)).code).toBe(0);
    const text = readFileSync(codeowners, 'utf8');
    expect(text).toContain('/plan\\ content/2026/units/east/budget.mdx @wanghaitao-ex @liufang-ex @chenjianguo-ex\n');
    expect(text).not.toMatch(/^\/plan content/m);
    expect((await runPlan(['--lang', 'en', 'codeowners', '--check', '--content', 'plan content'], root)).code).toBe(0);
    const current = await runPlan(['--lang', 'en', 'check', '--content', path.join(root, 'plan content'), '--as-of', '2026-01-20'], root);
    expect(current.stdout).not.toContain('codeowners-sync');
    expect(current.code).toBe(0);
    writeFileSync(codeowners, text.replaceAll('plan\\ content', 'plan content'));
    expect((await runPlan(['--lang', 'en', 'codeowners', '--check', '--content', 'plan content'], root)).code).toBe(1);
    const stale = await runPlan(['--lang', 'en', 'check', '--content', path.join(root, 'plan content'), '--as-of', '2026-01-20'], root);
    expect(stale.stdout).toContain('codeowners-sync');
    expect(stale.code).toBe(1);
  });

  it('refuses a content folder whose name CODEOWNERS cannot match literally', async () => {
    const { root, codeowners } = workspace();
    renameSync(path.join(root, 'content'), path.join(root, 'plan[1]'));
    const result = await runPlan(['--lang', 'en', 'codeowners', '--content', 'plan[1]'], root);
    expect(result.stderr).toContain('Unexpected "[" in the content folder "plan[1]"');
    expect(result.code).toBe(2);
    expect(() => readFileSync(codeowners, 'utf8')).toThrow();
  });

  it('refuses to derive owners from an invalid organisation file, in the reader\'s language', async () => {
    const content = minimalWith({ file: '2026/org.yaml', find: 'revenue: 600万', replace: 'revenue: lots' });
    const root = path.dirname(content);
    const zh = await runPlan(['codeowners'], root);
    expect(zh.stderr).toContain('拒绝生成负责人：有组织文件无效：');
    expect(zh.stderr).toContain('请先修正它（plan check 列出全部问题），然后重新运行。');
    expect(zh.code).toBe(1);
    const en = await runPlan(['--lang', 'en', 'codeowners'], root);
    expect(en.stderr).toContain('refusing to derive owners: an organisation file is invalid:');
    expect(en.stderr).toContain('content/2026/org.yaml');
    expect(en.code).toBe(1);
    expect(() => readFileSync(path.join(root, '.github/CODEOWNERS'), 'utf8')).toThrow();
  });
});
