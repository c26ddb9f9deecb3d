import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteFiles } from '../../scripts/lib/merge-shards.ts';
import { writeSyntheticCompany } from '../../scripts/lib/synthetic.ts';
import { bin, ROOT, toolEnv } from '../../scripts/lib/run-tool.ts';
import { loadContent } from '../../src/model/load.ts';
import { affectedPages, type PageSelection } from '../../src/site/affected.ts';
import { summarisedByUnit, YEAR_PAGE_PEOPLE_MAX } from '../../src/site/scale.ts';
import { say } from '../../src/site/rebuild-messages.ts';
import { say as sayBuild } from '../../src/site/build-messages.ts';
import { buildSiteModel } from '../../src/site/site-model.ts';
import { renumberChartIds } from './helpers/chart-ids.ts';

// The one-document rebuild (scripts/rebuild.ts, issue 13): which pages a change affects, and that
// rebuilding only those gives the site a full build gives.

const keysOf = (selection: PageSelection) => (selection.all ? [] : [...selection.keys]);

describe('the pages a change of the demo affects', async () => {
  const site = buildSiteModel(await loadContent(path.join(ROOT, 'content')), '2026-11-30');

  it("a person's report: their page, their unit's, every year's and the root pages, their approver's pages, the report's old URL; no one else's", () => {
    const keys = keysOf(affectedPages(site, [{ path: '2026/people/li-na/03.report.mdx', authors: ['li-na'] }]));
    expect(keys).toEqual(expect.arrayContaining(['', '2026/', '2027/', '2026/people/li-na/', '2026/units/east/', '2026/docs/people/li-na/03.report/']));
    // The east unit's manager approves li-na's reports: a waiting report is on their 我的待办 in every year.
    expect(keys).toEqual(expect.arrayContaining(['2026/people/zhou-zhiqiang/', '2027/people/zhou-zhiqiang/']));
    expect(keys.filter((key) => /\/people\//.test(key) && !/li-na|zhou-zhiqiang/.test(key))).toEqual([]);
    expect(keys.filter((key) => /\/units\//.test(key) && !key.startsWith('2026/units/east/'))).toEqual([]);
    // The search page lists the company's and units' documents, and li-na keeps other documents: not rebuilt; the reference page reads no content.
    expect(keys).not.toContain('search/');
    expect(keys).not.toContain('reference/');
  });

  it("a person's first or last document of a year: the search page too (it lists who has documents)", () => {
    const all = site.documents.filter((document) => document.path.startsWith('2026/people/li-na/')).map((document) => ({ path: document.path, authors: ['li-na'] }));
    expect(all.length).toBeGreaterThan(1);
    expect(keysOf(affectedPages(site, all))).toContain('search/');
  });

  it("a unit's budget: the unit's pages and its manager's (who owes it), not its people's", () => {
    const keys = keysOf(affectedPages(site, [{ path: '2026/units/east/budget.mdx', authors: ['zhou-zhiqiang'] }]));
    expect(keys).toEqual(expect.arrayContaining(['', '2026/', '2026/units/east/', '2026/people/zhou-zhiqiang/']));
    expect(keys).not.toContain('2026/people/li-na/');
    // Listed on the search page by title.
    expect(keys).toContain('search/');
    expect(keys).not.toContain('reference/');
  });

  it('org.yaml or a file out of place: every page', () => {
    expect(affectedPages(site, [{ path: '2026/org.yaml', authors: [] }])).toEqual({ all: true, reason: { zh: '2026/org.yaml（组织结构）影响每个页面', en: '2026/org.yaml (the organisation) feeds every page' } });
    expect(affectedPages(site, [{ path: '2026/people/li-na/notes.txt', authors: [] }])).toMatchObject({ all: true });
    expect(affectedPages(site, [{ path: '2031/people/li-na/03.report.mdx', authors: ['li-na'] }])).toMatchObject({ all: true });
  });
});


describe('the pages a change affects in a year summarised by unit (more than YEAR_PAGE_PEOPLE_MAX people)', async () => {
  const work = mkdtempSync(path.join(tmpdir(), 'planbook-summarised-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const perUnit = Math.floor(YEAR_PAGE_PEOPLE_MAX / 3) + 1;
  writeSyntheticCompany(work, { units: 3, perUnit });
  const site = buildSiteModel(await loadContent(work), '2026-11-30');

  it("a person's report: their unit's family, which has the unit's budget page with the report; no other unit's", () => {
    const view = site.years[0];
    expect(view && summarisedByUnit(view.rollup)).toBe(true);
    const keys = keysOf(affectedPages(site, [{ path: '2026/people/p-2-5/03.report.mdx', authors: ['p-2-5'] }]));
    // routes.ts summarisedUnitPaths keys 2026/budget/unit-2/ by its unit's route, as the unit's book and feed.
    expect(keys).toEqual(expect.arrayContaining(['2026/', '2026/units/unit-2/', '2026/people/p-2-5/']));
    expect(keys.filter((key) => /\/units\//.test(key) && key !== '2026/units/unit-2/')).toEqual([]);
  });
});

describe("the rebuild's messages, in the reader's language (PLANBOOK_LANG, else Chinese)", () => {
  const work = mkdtempSync(path.join(tmpdir(), 'planbook-rebuild-says-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  /** stderr and exit code of `npm run rebuild -- ...args` with nothing built in `work`. */
  const rebuild = (lang: string, ...args: string[]) => {
    const env = { ...process.env, PLANBOOK_LANG: lang, PLANBOOK_CONTENT: 'content', PLANBOOK_OUT_DIR: path.join(work, 'dist'), PLANBOOK_SITE_CACHE: path.join(work, 'cache') };
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'rebuild.ts'), ...args], { cwd: ROOT, env, encoding: 'utf8' });
    return { status: run.status, stderr: run.stderr };
  };

  it('a usage error: the path outside the content folder (the second --files named too), then the usage, exit 2', () => {
    const zh = rebuild('', '--files', '2026/people/li-na/03.report.mdx', '--files', '../elsewhere.mdx');
    expect(zh.status).toBe(2);
    expect(zh.stderr).toMatch(/^planbook rebuild: --files \.\.\/elsewhere\.mdx 不在内容目录 content\/ 内（请给出如 2026\/people\/li-na\/03\.report\.mdx 的路径）\n用法：npm run rebuild -- /);
    const en = rebuild('en', '--files', '../elsewhere.mdx');
    expect(en.status).toBe(2);
    expect(en.stderr).toMatch(/^planbook rebuild: --files \.\.\/elsewhere\.mdx is not inside the content folder content\/ \(give paths such as 2026\/people\/li-na\/03\.report\.mdx\)\nusage: npm run rebuild -- /);
  });

  it('no mode, or an unknown option: said in the reader\'s language, exit 2', () => {
    expect(rebuild('')).toMatchObject({ status: 2, stderr: expect.stringMatching(/^planbook rebuild: 请给出 --changed BASE、--files PATHS 或 --prime 中的一个\n用法：/) });
    expect(rebuild('en')).toMatchObject({ status: 2, stderr: expect.stringMatching(/^planbook rebuild: give one of --changed BASE, --files PATHS or --prime\nusage: /) });
    expect(rebuild('', '--bogus').stderr).toMatch(/^planbook rebuild: 未知选项 "--bogus"/);
    expect(rebuild('en', '--bogus').stderr).toMatch(/^planbook rebuild: Unknown option "--bogus"/);
  });

  it('a refusal: --prime with no built site, exit 2', () => {
    const out = path.join(work, 'dist');
    expect(rebuild('', '--prime')).toEqual({ status: 2, stderr: `planbook rebuild: ${out}/ 中没有可记录的已构建站点（请先运行 npm run build）\n` });
    expect(rebuild('en', '--prime')).toEqual({ status: 2, stderr: `planbook rebuild: no built site in ${out}/ to record (run npm run build first)\n` });
  });

  it('English counts: one error, one file, one page family; more in the plural', () => {
    expect(say('refuse.changed-files', { count: 1 }).en).toMatch(/: 1 error in the changed files/);
    expect(say('refuse.changed-files', { count: 2 }).en).toMatch(/: 2 errors in the changed files/);
    expect(say('refuse.invalid', { count: 1, files: 'a.mdx' }).en).toBe('1 invalid content file (a.mdx): rebuilds need valid content; fix it and build again');
    const rebuilt = (families: number, replaced: number) =>
      say('done.rebuilt', { families: say('count.families', { count: families }), files: 'a.mdx', replaced: sayBuild('count.files', { count: replaced }), out: 'dist', seconds: '1.0' });
    expect(rebuilt(1, 1)).toEqual({ zh: '✓ 已为 a.mdx 重建 1 组页面：替换了 dist/ 中的 1 个文件，用时 1.0 秒', en: '✓ rebuilt 1 page family for a.mdx: 1 file replaced in dist/ in 1.0 s' });
    expect(rebuilt(3, 12).en).toBe('✓ rebuilt 3 page families for a.mdx: 12 files replaced in dist/ in 1.0 s');
    expect(say('done.search-stale', { count: 1, file: 's.txt' }).en).toBe('  search: 1 page still has its previous search records (listed in s.txt) until the next full build');
  });
});

describe('a one-document rebuild gives the site a full build gives', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'planbook-rebuild-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const content = path.join(work, 'content');
  const dist = path.join(work, 'dist');
  // English: the progress lines are matched below (the messages' Chinese: the next describe, and the refusal).
  const env = toolEnv({ ...process.env, PLANBOOK_CONTENT: content, PLANBOOK_AS_OF: '2026-06-30', PLANBOOK_OUT_DIR: dist, PLANBOOK_SITE_CACHE: path.join(work, 'cache'), PLANBOOK_SHARD: '', PLANBOOK_LANG: 'en' });
  const rebuild = (...args: string[]) => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'rebuild.ts'), ...args], { cwd: ROOT, env, encoding: 'utf8' });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    return run.stdout;
  };

  it("a report's revenue, then a unit document's title changed: the affected pages as a full build makes them, every other file untouched", () => {
    writeSyntheticCompany(content, { units: 2, perUnit: 2 });
    const report = '2026/people/p-1-1/03.report.mdx';
    expect(rebuild('--files', report)).toMatch(/full build: no earlier build/);
    const before = new Map(siteFiles(dist).map((file) => [file, { bytes: readFileSync(path.join(dist, file)), modified: statSync(path.join(dist, file)).mtimeMs }]));

    // 1,000 more revenue in March, in the key-accounts group so the groups still add up.
    const file = path.join(content, report);
    const text = readFileSync(file, 'utf8');
    const revenue = Number(/revenue: (\d+)/.exec(text)?.[1]);
    const keyAccounts = Number(/key-accounts: (\d+)/.exec(text)?.[1]);
    writeFileSync(file, text.replace(`revenue: ${revenue}`, `revenue: ${revenue + 1000}`).replace(`key-accounts: ${keyAccounts}`, `key-accounts: ${keyAccounts + 1000}`));
    expect(rebuild('--files', report)).toMatch(/✓ rebuilt \d+ page families for 2026\/people\/p-1-1\/03\.report\.mdx/);

    expect(differencesFromFullBuild('full')).toEqual([]);

    const replaced = siteFiles(dist).filter((name) => !before.get(name)?.bytes.equals(readFileSync(path.join(dist, name))));
    expect(replaced).toEqual(expect.arrayContaining(['2026/people/p-1-1/index.html', 'en/2026/people/p-1-1/index.html', '2026/units/unit-1/index.html', '2026/index.html']));
    expect(replaced.filter((name) => /p-1-2|p-2-|unit-2/.test(name))).toEqual([]);
    // Untouched means untouched: not even rewritten with the same bytes.
    const rewritten = siteFiles(dist).filter((name) => !replaced.includes(name) && before.get(name)?.modified !== statSync(path.join(dist, name)).mtimeMs);
    expect(rewritten).toEqual([]);

    expect(rebuild('--files', '')).toMatch(/nothing in .* changed/);

    // A unit's document retitled: the search page lists it by title, so it is rebuilt too.
    const budget = path.join(content, '2026/units/unit-2/budget.mdx');
    writeFileSync(budget, readFileSync(budget, 'utf8').replace('title: 预算', 'title: 预算（修订）'));
    // --files repeated (one of them unchanged since the last rebuild): both are taken as changed.
    expect(rebuild('--files', report, '--files', '2026/units/unit-2/budget.mdx')).toMatch(/✓ rebuilt \d+ page families for 2026\/people\/p-1-1\/03\.report\.mdx, 2026\/units\/unit-2\/budget\.mdx: \d+ files replaced/);
    expect(readFileSync(path.join(dist, 'search/index.html'), 'utf8')).toContain('预算（修订）');
    expect(differencesFromFullBuild('full-2')).toEqual([]);

    // A figure that cannot be read: refused with its line (Astro, already started, is stopped), and the site stays as it was.
    const built = new Map(siteFiles(dist).map((name) => [name, readFileSync(path.join(dist, name))]));
    writeFileSync(file, readFileSync(file, 'utf8').replace(/revenue: \d+/, 'revenue: 12.5.0'));
    const refused = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'rebuild.ts'), '--files', report], { cwd: ROOT, env, encoding: 'utf8' });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(new RegExp(`${report.replace(/[./]/g, '\\$&')}:\\d+:\\d+: .*\\nplanbook rebuild: refusing to rebuild the portal: 1 error in the changed files \\(npm run plan -- check lists them all\\)\\n$`));
    // The same refusal in Chinese, the default: the figure's own message too.
    const refusedZh = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'rebuild.ts'), '--files', report], { cwd: ROOT, env: { ...env, PLANBOOK_LANG: '' }, encoding: 'utf8' });
    expect(refusedZh.status).toBe(1);
    expect(refusedZh.stderr).toMatch(new RegExp(`${report.replace(/[./]/g, '\\$&')}:\\d+:\\d+: .*[\\u4e00-\\u9fff].*\\nplanbook rebuild: 拒绝重建门户：改动的文件中有 1 个错误（npm run plan -- check 会列出全部）\\n$`));
    expect(siteFiles(dist).filter((name) => !built.get(name)?.equals(readFileSync(path.join(dist, name))))).toEqual([]);

    // A figure that reads but breaks a rule (revenue 1 分 more than its groups): plan check refuses it, as npm run build would.
    writeFileSync(file, text.replace(`revenue: ${revenue}`, `revenue: ${revenue + 1}`));
    const ruled = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'rebuild.ts'), '--files', report], { cwd: ROOT, env, encoding: 'utf8' });
    expect(ruled.status).toBe(1);
    expect(ruled.stdout).toMatch(/▸ plan check \(the content folder is outside the Git repository/);
    expect(ruled.stdout + ruled.stderr).toMatch(/03\.report\.mdx\n\s+\d+:\d+\s+error\s+.*\[report-groups\]/);
    expect(ruled.stderr).toMatch(/planbook rebuild: refusing to rebuild the portal: the content has errors \(see above\)\.\n$/);
    expect(siteFiles(dist).filter((name) => !built.get(name)?.equals(readFileSync(path.join(dist, name))))).toEqual([]);
  }, 600_000);

  /** The files of the rebuilt site that differ from a full build of the same content (apart from chart ids and the search index). */
  function differencesFromFullBuild(name: string): string[] {
    const full = path.join(work, name);
    const astro = spawnSync(bin('astro'), ['build', '--silent'], { cwd: ROOT, env: { ...env, PLANBOOK_OUT_DIR: full, PLANBOOK_CACHE_DIR: `${full}-cache`, PLANBOOK_SITE_CACHE: '' }, encoding: 'utf8' });
    expect(astro.status, astro.stderr).toBe(0);
    const files = siteFiles(full);
    expect(siteFiles(dist).filter((file) => !file.startsWith('pagefind/'))).toEqual(files);
    return files.filter((file) => {
      const [a, b] = [readFileSync(path.join(full, file)), readFileSync(path.join(dist, file))];
      return !a.equals(b) && (!file.endsWith('.html') || renumberChartIds(a.toString('utf8')) !== renumberChartIds(b.toString('utf8')));
    });
  }
});
