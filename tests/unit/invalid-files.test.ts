// Issue 14 item 4: an invalid file is present but invalid. It is never called missing, never
// silently left out of a figure, and no comparison with it adds a second error with a wrong figure.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { build } from '../../scripts/build.ts';
import { fixtureRepo } from './helpers/approvals-repo.ts';
import { minimalWith } from './helpers/fixture-edits.ts';
import { copyContent, runPlan } from './helpers/run-plan.ts';

const REPORT = 'content/2026/people/chen-jing/01.report.mdx';
const AT = `${REPORT}:22:15`;

/** The demo with one typo: a space inside 陈静's January commission, `9 813.64`. */
let demo: string;
beforeAll(() => {
  demo = copyContent('content');
  const file = path.join(demo, '2026/people/chen-jing/01.report.mdx');
  const text = readFileSync(file, 'utf8');
  expect(text).toContain('commission: 9,813.64');
  writeFileSync(file, text.replace('commission: 9,813.64', 'commission: 9 813.64'));
});
const cwd = () => path.dirname(demo);

describe('a monthly report with a typo in its spend', { timeout: 60_000 }, () => {
  it('fails plan check once, at the typo; the mid-year review says its H1 actual is not checked', async () => {
    const { code, stdout } = await runPlan(['--lang', 'en', 'check', '--as-of', '2026-11-30', '--format', 'json'], cwd());
    const { diagnostics } = JSON.parse(stdout) as { diagnostics: { rule: string; severity: string; file: string; line: number; column: number; message: string }[] };
    expect(code).toBe(1);
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual([`${AT} money-format`]);
    expect(diagnostics.filter((d) => d.rule === 'midyear-figures')).toEqual([]);
    expect(diagnostics.find((d) => d.rule === 'comparison-skipped')).toMatchObject({
      severity: 'warning',
      file: 'content/2026/units/east/midyear-review.mdx',
      message: `H1 actual not checked: ${REPORT} is invalid`,
    });
    // The overdue rule does not call the existing file missing.
    expect(diagnostics.filter((d) => d.rule === 'overdue' && d.file === REPORT)).toEqual([]);
  });

  it("check's JSON carries the same warning and the invalid files beside its years' figures", async () => {
    const { stdout } = await runPlan(['--lang', 'en', 'check', '--as-of', '2026-11-30', '--format', 'json'], cwd());
    const json = JSON.parse(stdout) as { warning?: string; invalid?: { path: string }[] };
    expect(json.warning).toBe('⚠ INCOMPLETE: 1 invalid file left out of every figure (content/2026/people/chen-jing/01.report.mdx); fix the errors reported for it');
    expect(json.invalid?.map((file) => file.path)).toEqual(['2026/people/chen-jing/01.report.mdx']);
  });

  it("check's text summary says its figures leave out the invalid file", async () => {
    const { code, stdout } = await runPlan(['--lang', 'en', 'check', '--as-of', '2026-11-30'], cwd());
    expect(code).toBe(1);
    expect(stdout).toContain(
      ['people with plans', '  ⚠ INCOMPLETE: 1 invalid file left out of every figure (content/2026/people/chen-jing/01.report.mdx); fix the errors reported for it', '  company target 12,000万, actual to date 8,891.81万'].join('\n'),
    );
    // Not the other commands' banner, which sends the reader to the command already running.
    const chinese = await runPlan(['check', '--as-of', '2026-11-30'], cwd());
    expect(chinese.stdout).toContain(`  ⚠ 数据不完整：1 个无效文件未计入任何数字（${REPORT}）；请修正所报告的错误\n`);
    expect(chinese.stdout).not.toContain('plan check');
  });

  it.each([
    ['rollup', ['rollup']],
    ['export', ['export', '--format', 'csv']],
    ['forecast', ['forecast', '2026']],
    ['status', ['status', '--as-of', '2026-11-30']],
  ])('%s refuses with exit 1, naming the file, line and reason, and prints no figure', async (name, args) => {
    const { code, stdout, stderr } = await runPlan(['--lang', 'en', ...args], cwd());
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`plan ${name}: refusing to print figures: 1 file is invalid`);
    expect(stderr).toContain(`  ${AT}  Unexpected space inside the digits of "9 813.64"`);
    expect(stderr).toContain('--allow-invalid');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('export --allow-invalid heads the CSV with a banner row and warns on stderr (in Chinese by default)', async () => {
    const { code, stdout, stderr } = await runPlan(['export', '--format', 'csv', '--allow-invalid'], cwd());
    expect(code).toBe(0);
    const [banner, header] = stdout.replace(/^\uFEFF/, '').split('\r\n');
    expect(banner).toBe(`⚠ 数据不完整：1 个无效文件未计入任何数字（${REPORT}）；请运行 plan check`);
    expect(header).toMatch(/^层级,代码,名称/);
    expect(stderr).toContain(`plan export: 警告：1 个文件无效，以下数字均不含它们：\n  ${AT}  "spend.commission" 的金额 "9 813.64" 中有数字中间的空格`);
  });

  it('export --allow-invalid puts the banner on the first row of every sheet', async () => {
    const out = path.join(cwd(), 'incomplete.xlsx');
    const { code } = await runPlan(['export', '--format', 'xlsx', '--out', out, '--allow-invalid'], cwd());
    expect(code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['汇总', '月度横表', '月度', '预算执行', '版本对比']);
    for (const sheet of workbook.worksheets) {
      expect(String(sheet.getRow(1).getCell(1).value)).toMatch(/^⚠ 数据不完整：1 个无效文件/);
      expect(String(sheet.getRow(2).getCell(1).value)).not.toMatch(/⚠/);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    }
  });

  it('forecast and rollup --allow-invalid print the banner first', async () => {
    for (const args of [['forecast', '2026'], ['rollup']]) {
      const { stdout, stderr } = await runPlan(['--lang', 'en', ...args, '--allow-invalid'], cwd());
      expect(stdout.split('\n')[0]).toMatch(/^⚠ INCOMPLETE: 1 invalid file/);
      expect(stderr).toContain(`warning: 1 file is invalid`);
    }
  });

  it('status --allow-invalid calls the file invalid with its reason, never missing', async () => {
    const { code, stdout } = await runPlan(['--lang', 'en', 'status', '--as-of', '2026-11-30', '--allow-invalid'], cwd());
    expect(code).toBe(0);
    const line = stdout.split('\n').find((text) => text.includes(REPORT) && !text.startsWith('⚠')) ?? '';
    expect(line).toContain('invalid (22:15 Unexpected space inside the digits');
    expect(line).not.toContain('missing');
    const json = JSON.parse((await runPlan(['--lang', 'en', 'status', '--as-of', '2026-11-30', '--allow-invalid', '--format', 'json'], cwd())).stdout) as { years: { items: { path: string; progress: string; invalid?: string }[] }[] };
    const item = json.years[0]?.items.find((entry) => entry.path === '2026/people/chen-jing/01.report.mdx');
    expect(item).toMatchObject({ progress: 'invalid', invalid: expect.stringMatching(/^22:15 Unexpected space inside the digits of "9 813.64"/) });
  });

  it('the valid demo gives the figures the typo hid: 陈静 H1 101.9%, her January actual and the company’s', async () => {
    const forecast = await runPlan(['--lang', 'en', 'forecast', '2026']);
    expect(forecast.stdout).toMatch(/陈静\s+372\.6万\s+379\.85万\s+101\.9%/);
    const csv = (await runPlan(['export', '--format', 'csv'])).stdout;
    expect(csv).toContain('\r\n个人,chen-jing,陈静,east,华东事业部,1,591000.00,584144.99,98.84%\r\n');
    expect(csv).toContain('\r\n公司,company,华信智能科技有限公司,,,1,7709000.00,7681638.46,99.65%\r\n');
  });
});

describe('plan diff with an invalid file', () => {
  it('refuses with exit 1 naming the file, and with --allow-invalid prints a banner', async () => {
    const repo = await fixtureRepo();
    try {
      const report = 'content/2026/people/zhang-wei/01.report.mdx';
      const text = readFileSync(path.join(repo.dir, report), 'utf8');
      await repo.commit('Typo', { [report]: text.replace('  revenue: 213,500', '  revenue: 213 500') });
      const refused = await runPlan(['--lang', 'en', 'diff', repo.base, 'HEAD', '--repo', repo.dir, '--as-of', '2026-01-20']);
      expect(refused.code).toBe(1);
      expect(refused.stdout).toBe('');
      expect(refused.stderr).toMatch(new RegExp(`\n  ${report}:11:12  Unexpected space inside the digits.*\\(at head [0-9a-f]{7}\\) \\[money-format\\]`));
      const allowed = await runPlan(['--lang', 'en', 'diff', repo.base, 'HEAD', '--repo', repo.dir, '--as-of', '2026-01-20', '--allow-invalid']);
      expect(allowed.code).toBe(0);
      expect(allowed.stdout).toMatch(/^> ⚠ INCOMPLETE: 1 invalid file left out of every figure/);
    } finally {
      repo.cleanup();
    }
  });
});

describe('comparisons with an invalid file are skipped once, not made with a wrong figure', () => {
  const check = async (dir: string) => {
    const { stdout } = await runPlan(['--lang', 'en', 'check', '--content', dir, '--as-of', '2026-01-20', '--format', 'json']);
    return (JSON.parse(stdout) as { diagnostics: { rule: string; severity: string; file: string; message: string }[] }).diagnostics.map((d) => `${d.severity} ${d.rule} ${path.basename(path.dirname(d.file))}/${path.basename(d.file)}: ${d.message}`);
  };

  it('an invalid annual plan: unit allocation is skipped, not short by that person', async () => {
    const dir = minimalWith({ file: '2026/people/zhang-wei/plan.mdx', find: '  revenue: 350万', replace: '  revenue: 35 0万' });
    const found = await check(dir);
    expect(found.filter((line) => line.startsWith('error'))).toEqual([expect.stringMatching(/^error money-format zhang-wei\/plan\.mdx: /)]);
    expect(found).toContain(`warning comparison-skipped east/budget.mdx: The people's targets in 华东事业部 not checked: ${dir}/2026/people/zhang-wei/plan.mdx is invalid`);
  });

  it('an invalid budget: the company total and the sales plan are skipped, the budget is not missing', async () => {
    const dir = minimalWith({ file: '2026/units/east/budget.mdx', find: 'other: 2.5万', replace: 'other: 2 .5万' });
    const found = await check(dir);
    expect(found.filter((line) => line.startsWith('error'))).toEqual([expect.stringMatching(/^error money-format east\/budget\.mdx: /)]);
    expect(found.filter((line) => line.includes('comparison-skipped')).map((line) => line.split(':')[0])).toEqual(['warning comparison-skipped 2026/org.yaml', 'warning comparison-skipped east/sales-plan.mdx']);
    expect(found.join('\n')).not.toMatch(/missing-budget|Missing 销售预算/);
  });

  it('an invalid org.yaml is not reported as missing, and its targets are compared with nothing', async () => {
    const dir = minimalWith({ file: '2026/org.yaml', find: '  profit: 90万', replace: '  profit: 9 0万' });
    const found = await check(dir);
    expect(found).toEqual([
      `warning comparison-skipped 2026/org.yaml: The company targets against the unit budgets not checked: ${dir}/2026/org.yaml is invalid`,
      expect.stringMatching(/^error money-format 2026\/org\.yaml: /),
    ]);
  });

  it('an invalid org.yaml still lets the year’s other files be checked against what could be read', async () => {
    const dir = minimalWith(
      // 李娜's entry cannot be read (a list where a title goes); the rest of the organisation can.
      { file: '2026/org.yaml', find: '    title: 销售代表\n    unit: east\n    login: lina-ex', replace: '    title: [销售代表]\n    unit: east\n    login: lina-ex' },
      { file: '2026/units/east/budget.mdx', find: 'other: 2.5万', replace: 'other: 3.5万' },
      { file: '2026/people/zhang-wei/01.plan.mdx', find: 'key-accounts', replace: 'key-acounts' },
    );
    const found = await check(dir);
    const errors = found.filter((line) => line.startsWith('error')).map((line) => line.split(':')[0]);
    expect(errors.sort()).toEqual(['error budget-balance east/budget.mdx', 'error schema 2026/org.yaml', 'error unknown-reference zhang-wei/01.plan.mdx']);
    // 李娜 is in an entry that could not be read: her plan is not "unknown", that would be a second error.
    expect(found.join('\n')).not.toMatch(/unknown-reference li-na|"li-na"/);
  });
});

describe('npm run build with an invalid file', () => {
  /** What `npm run build` says on stderr over the minimal fixture with a typo, with PLANBOOK_LANG set to `lang`. */
  async function refused(lang: string): Promise<{ dir: string; text: string }> {
    const dir = minimalWith({ file: '2026/people/zhang-wei/01.report.mdx', find: '  revenue: 213,500', replace: '  revenue: 213 500' });
    const errors: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((text: string) => void errors.push(text));
    vi.stubEnv('PLANBOOK_LANG', lang);
    try {
      expect(await build({ content: dir, asOf: '2026-01-20', stream: { write: () => true } })).toBe(1);
    } finally {
      spy.mockRestore();
      vi.unstubAllEnvs();
    }
    return { dir: `${dir}/2026/people/zhang-wei/01.report.mdx`, text: errors.join('\n') };
  }

  it('refuses with exit 1 in Chinese (an unknown PLANBOOK_LANG too): the count, the file, line and reason, and the flag that builds anyway', async () => {
    const { dir, text } = await refused('fr');
    expect(text).toBe(
      ['', 'planbook build: 拒绝构建门户：内容中有 1 个错误（见上文）。', '无效的文件（每个页面都将缺少它们的数字）：', `  ${dir}:11:12  "actual.revenue" 的金额 "213 500" 中有数字中间的空格，应写成 1200000、1,200,000.50、120万、1.2亿 或 ¥300万元 这样的金额；请写 213500 [money-format]`, '请修正它们，或运行 npm run build -- --allow-invalid 构建一个注明缺少它们的门户。'].join('\n'),
    );
  });

  it('refuses in English with PLANBOOK_LANG=en, "1 error" in the singular', async () => {
    const { dir, text } = await refused('en');
    expect(text).toBe(
      [
        '',
        'planbook build: refusing to build the portal: 1 error in the content (see above).',
        'Invalid files (their figures would be missing from every page):',
        `  ${dir}:11:12  Unexpected space inside the digits of "213 500" for "actual.revenue", expected an amount like 1200000, 1,200,000.50, 120万, 1.2亿 or ¥300万元; write 213500 [money-format]`,
        'Fix them, or run npm run build -- --allow-invalid for a portal that says they are left out.',
      ].join('\n'),
    );
  });
});
