import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

// Issue 11's "done when": the built portal's /admin/ against decap-server's local Git backend,
// started here on 127.0.0.1 over a throwaway clone of this repository. Offline: the editor's code
// comes from the portal (dist/admin/*.js), the backend from node_modules.

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const BRANCH = 'cms/monthly-report-2026/he-jun/11.report';
const FILE = 'content/2026/people/he-jun/11.report.mdx';
/** The project's Node 22 (the `node` devDependency) runs plan, whichever Node started Playwright. */
const NODE = existsSync(path.join(ROOT, 'node_modules', '.bin', 'node')) ? path.join(ROOT, 'node_modules', '.bin', 'node') : process.execPath;

let work: string;
let repo: string;
let port: number;
let server: ChildProcess | undefined;

const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' });
const branches = () => git('branch', '--list', 'cms/*', '--format=%(refname:short)').split('\n').filter(Boolean);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Starts decap-server in Git mode (editorial workflow: one branch per entry) and waits until it listens. */
function startBackend(): Promise<ChildProcess> {
  const child = spawn(NODE, [path.join(ROOT, 'node_modules', 'decap-server', 'dist', 'index.js')], {
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: 'git', GIT_REPO_DIRECTORY: repo, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const seen = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening on')) resolve(child);
    };
    child.stdout?.on('data', seen);
    child.stderr?.on('data', seen);
    child.once('exit', (code) => reject(new Error(`decap-server exited with ${String(code)}:\n${output}`)));
  });
}

/** The control labelled `label`, or `label (可选)` when the field is optional. */
const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}(?: \\(.+\\))?$`));

/** Picks `option` in the react-select labelled `label`. */
async function choose(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).fill(option);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Opens a new monthly report of 2026 in the editor, logged in to the local backend. */
async function newMonthlyReport(page: Page) {
  await page.goto(`admin/?port=${port}`);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('link', { name: '月度销售总结（2026）' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('collections.png') });
  await page.goto(`admin/?port=${port}#/collections/monthly-report-2026/new`);
  await expect(page.getByLabel('标题', { exact: true })).toBeVisible();
}

/** Fills 何俊's report; `revenue` is the 实际销售额 as typed. */
async function fillReport(page: Page, month: string, revenue: string) {
  await field(page, '标题').fill(`何俊 2026年${month}销售总结`);
  await choose(page, '作者', '何俊（销售代表）');
  await field(page, '日期').fill('2026-11-30');
  await choose(page, '人员', '何俊（销售代表）');
  await choose(page, '月份', month);
  await field(page, '实际销售额').fill(revenue);
  await field(page, '新产品销售额').fill('12.5万');
  await field(page, '新增客户数').fill('2');
  await field(page, '大客户').fill('24.1万');
  await field(page, '经销商').fill('41.2万');
  await field(page, '零售').fill('10.8万');
  await field(page, '线上').fill('4.4万');
  await field(page, '市场推广费用').fill('17,850');
  await field(page, '人力成本').fill('17362');
}

test.describe('the editor at /admin/', () => {
  test.describe.configure({ mode: 'serial' });

  test.beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'planbook-cms-'));
    repo = path.join(work, 'repo');
    execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${ROOT}`, repo]);
    // The generated config's backend branch is main, whatever the branch under test is called.
    git('checkout', '--quiet', '-B', 'main');
    git('config', 'user.name', '何俊');
    git('config', 'user.email', 'he-jun@example.com');
    port = await freePort();
    server = await startBackend();
  });

  test.afterAll(() => {
    server?.kill();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test("creates 何俊's November report on a new branch, and plan check accepts the file", async ({ page }) => {
    await newMonthlyReport(page);
    await fillReport(page, '11月', '80.5万');
    // For reviewers: the form as a salesperson fills it (test-results/…/form.png).
    await page.screenshot({ path: test.info().outputPath('form.png') });
    await page.getByRole('button', { name: '保存' }).click();

    // decap-server creates the branch, commits on it, then checks main out again: wait for the end state.
    await expect.poll(branches, { timeout: 60_000 }).toContain(BRANCH);
    await expect.poll(() => git('rev-parse', '--abbrev-ref', 'HEAD').trim(), { timeout: 60_000 }).toBe('main');
    await expect.poll(() => git('status', '--porcelain'), { timeout: 60_000 }).toBe('');
    // The pull request title on GitHub; {{author-name}} is the GitHub user's name, empty on the local backend.
    expect(git('log', '-1', '--format=%s', BRANCH).trim()).toMatch(/新建2026年月度销售总结 he-jun\/11\.report$/);

    const written = git('show', `${BRANCH}:${FILE}`);
    expect(written).toMatch(/^---\ntype: monthly-report\nyear: 2026\ntitle: 何俊 2026年11月销售总结\nauthor: he-jun\nstatus: draft\ndate: 2026-11-30\nperson: he-jun\nmonth: 11\nactual:\n {2}revenue: 80.5万\n {2}newProductRevenue: 12.5万\n {2}newCustomers: 2\n/);
    expect(written).toContain('  promotion: 17,850\n  labor: 17362\n');
    expect(written).toContain('## 本月销售情况');

    // plan check on the branch as a reviewer's CI would see it.
    const checkout = path.join(work, 'check');
    // A clone of the branch rather than a worktree: decap-server checks the branch out for a moment
    // whenever the editor reads the entry, and isomorphic-git does not read a worktree's objects.
    execFileSync('git', ['clone', '--quiet', '--branch', BRANCH, repo, checkout]);
    const check = spawnSync(NODE, [path.join(ROOT, 'scripts', 'plan.ts'), 'check', '--as-of', '2026-11-30'], { cwd: checkout, encoding: 'utf8' });
    expect({ status: check.status, output: check.stdout + check.stderr }).toMatchObject({ status: 0 });
  });

  test('refuses an amount of 12,34万 in the form, naming the accepted forms, and writes nothing', async ({ page }) => {
    await newMonthlyReport(page);
    await fillReport(page, '12月', '12,34万');
    const before = branches();
    await page.getByRole('button', { name: '保存' }).click();

    await expect(page.getByText('“实际销售额”不满足模式（金额写法：1200000、1,200,000.50、120万、1.2亿、¥300万元）')).toBeVisible();
    await page.getByText('不满足模式').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath('refused.png') });
    expect(branches()).toEqual(before);
    expect(branches()).not.toContain('cms/monthly-report-2026/he-jun/12.report');
  });

  test("edits 何俊's annual plan in place: only the changed figure differs, comments and alignment stay", async ({ page }) => {
    const file = 'content/2026/people/he-jun/plan.mdx';
    const branch = 'cms/person-plan-2026/he-jun/plan';
    const original = git('show', `main:${file}`);
    await page.goto(`admin/?port=${port}`);
    await page.getByRole('button', { name: '登录' }).click();
    await page.goto(`admin/?port=${port}#/collections/person-plan-2026/entries/he-jun/plan`);
    await expect(field(page, '1月')).toHaveValue('54万');
    await field(page, '1月').fill('55万');
    await page.getByRole('button', { name: '保存' }).click();

    await expect.poll(branches, { timeout: 60_000 }).toContain(branch);
    await expect.poll(() => git('rev-parse', '--abbrev-ref', 'HEAD').trim(), { timeout: 60_000 }).toBe('main');
    await expect.poll(() => git('status', '--porcelain'), { timeout: 60_000 }).toBe('');
    expect(git('show', `${branch}:${file}`)).toBe(original.replace('  - 54万         # 1月', '  - 55万         # 1月'));
  });
});
