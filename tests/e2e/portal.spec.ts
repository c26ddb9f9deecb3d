import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { screenshotSweep } from './helpers.ts';
import { formatFenShort } from '../../src/core/money.ts';
import { parseYamlSource } from '../../src/core/source.ts';
import type { YearRollup } from '../../src/model/rollup.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

test('the language switch leads to the same page in the other language and back', async ({ page }) => {
  await page.goto('./2026/units/east/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('h1')).toContainText('华东事业部');
  await page.getByRole('link', { name: 'Read this page in English' }).click();
  await expect(page).toHaveURL(/\/en\/2026\/units\/east\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toContainText('East China Division');
  await expect(page.getByText('Document texts are written in Chinese')).toBeVisible();
  await page.getByRole('link', { name: '阅读中文版' }).click();
  await expect(page).toHaveURL(/\/2026\/units\/east\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('a person page shows the figures plan rollup --format json gives for that person', async ({ page }) => {
  const cli = spawnSync(process.execPath, [path.join(ROOT, 'scripts/plan.ts'), 'rollup', '--format', 'json', '--year', '2026', '--as-of', process.env['PLANBOOK_AS_OF'] || '2026-11-27'], { cwd: ROOT, encoding: 'utf8' });
  expect(cli.status, cli.stderr).toBe(0);
  const [year] = (JSON.parse(cli.stdout) as { years: YearRollup[] }).years;
  const person = year?.units.flatMap((unit) => unit.people).find((candidate) => candidate.id === 'wang-lei');
  expect(person).toBeDefined();
  await page.goto('./2026/people/wang-lei/');
  const card = page.locator('.card').first();
  await expect(card.locator('[data-figure="target"]')).toHaveText(formatFenShort(person!.target));
  await expect(card.locator('[data-figure="actual"]')).toHaveText(formatFenShort(person!.actual));
  await expect(card.locator('[data-figure="targetToDate"]')).toHaveText(formatFenShort(person!.targetToDate));
  await expect(card.locator('[data-figure="attainmentToDate"]')).toHaveText(`${(person!.attainmentToDate * 100).toFixed(1)}%`);
  const october = page.locator('.chart-data tbody tr').nth(9);
  await expect(october.locator('td').nth(0)).toHaveText(formatFenShort(person!.months[9]!.target));
  await expect(october.locator('td').nth(1)).toHaveText(formatFenShort(person!.months[9]!.actual!));
});

test('the overview timeline marks the monthly-report step overdue for the missing October report in 华南', async ({ page }) => {
  await page.goto('./');
  const step = page.locator('.timeline > li[data-step="5"]');
  await expect(step).toHaveAttribute('data-state', 'overdue');
  await expect(step.locator('tr[data-state="overdue"]')).toContainText('何俊');
  await expect(step.locator('tr[data-state="overdue"]')).toContainText('10月');
  await expect(page.locator('.timeline > li[data-step="2"]')).toHaveAttribute('data-state', 'done');
  await page.goto('./2026/people/he-jun/');
  // The late October report is listed once, in the this-month box.
  await expect(page.locator('[data-due] li[data-state="overdue"]')).toHaveCount(1);
  await expect(page.locator('[data-due] li[data-state="overdue"]')).toContainText('10月');
});

test('the home page lists the FY2027 sales plan as waiting for the marketing VP, with the days waited', async ({ page }) => {
  // The e2e build runs as of 2026-11-27; the east sales plan is dated 2026-11-16.
  await page.goto('./');
  const row = page.locator('table.waiting tr[data-path="2027/units/east/sales-plan.mdx"]');
  await expect(row).toContainText('FY2027 · 销售计划 · 华东事业部');
  await expect(row).toContainText('营销副总');
  await expect(row).toContainText('王海涛');
  await expect(row).toContainText('11天');
  await row.getByRole('link', { name: 'FY2027 · 销售计划 · 华东事业部' }).click();
  await expect(page).toHaveURL(/\/2027\/units\/east\/#doc-sales-plan$/);
  await expect(page.locator('details[open]:has(#doc-sales-plan) .approval-history [aria-current="step"]')).toContainText('营销副总: 王海涛');
});

test('the marketing VP, who owns no plan, has a person page whose 我的待办 lists the FY2027 sales plan with the days waited', async ({ page }) => {
  await page.goto('./');
  await page.locator('table.waiting tr[data-path="2027/units/east/sales-plan.mdx"]').getByRole('link', { name: '王海涛' }).click();
  await expect(page).toHaveURL(/\/2027\/people\/wang-haitao\/$/);
  await expect(page.locator('h1')).toContainText('王海涛');
  await expect(page.locator('.meta')).toContainText('营销副总');
  const row = page.locator('#todo ~ * table.waiting tr[data-path="2027/units/east/sales-plan.mdx"]');
  await expect(row).toContainText('FY2027 · 销售计划 · 华东事业部');
  await expect(row).toContainText('11天');
  // An approver writes no monthly plans: no empty attainment block.
  await expect(page.locator('[data-this-month]')).toHaveCount(0);
  await expect(page.locator('.card')).toHaveCount(0);
});

test('the 华东 budget page shows who approved it, stage by stage, from the demo approval records', async ({ page }) => {
  const org = parseYamlSource(readFileSync(path.join(ROOT, 'content/2026/org.yaml'), 'utf8')).data as {
    roles: { gm: string; marketingVp: string; finance: string[] };
    people: { id: string; name: string; login: string }[];
  };
  const holder = (id: string | undefined) => org.people.find((person) => person.id === id);
  const chain = [
    ['营销副总', holder(org.roles.marketingVp)],
    ['财务部', holder(org.roles.finance[0])],
    ['总经理', holder(org.roles.gm)],
  ] as const;
  // The budget's old URL, from when each document had its own page, leads to its section on the unit page.
  await page.goto('./2026/docs/units/east/budget/');
  await expect(page).toHaveURL(/\/2026\/units\/east\/#doc-budget$/);
  const section = page.locator('details[open]:has(#doc-budget) section.approval-history');
  await expect(section.locator('.stages li')).toHaveText(chain.map(([role, person]) => new RegExp(`^${role} ${person?.name} @${person?.login} \\d{4}-\\d{2}-\\d{2}$`)));
  await expect(section).toContainText('演示数据');
  await page.goto('./2026/docs/');
  await expect(page.getByRole('listitem').filter({ has: page.getByRole('link', { name: '华东事业部2026年度销售预算' }) })).toContainText(`✓ 已批准 · ${holder(org.roles.gm)?.name}`);
});

test('the people table sorts by a column when JavaScript runs', async ({ page }) => {
  await page.goto('./2026/units/east/');
  const table = page.locator('table[data-sortable]');
  await table.getByRole('button', { name: '目标' }).click();
  const values = await table.locator('tbody tr td:nth-of-type(1)').evaluateAll((cells) => cells.map((cell) => Number((cell as HTMLElement).dataset['value'])));
  expect(values).toEqual([...values].sort((a, b) => a - b));
});

test('pages read fully without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./2026/people/wang-lei/');
  await expect(page.locator('svg[role="img"]').first()).toBeVisible();
  await expect(page.locator('.chart-data table')).toBeVisible();
  await page.goto('./search/');
  await expect(page.getByRole('link', { name: '王磊' }).first()).toBeVisible();
  await context.close();
});

screenshotSweep('screenshots (Chinese) for people to look at', [
    ['overview', './'],
    ['unit-east', './2026/units/east/'],
    ['person-wang-lei', './2026/people/wang-lei/'],
    ['person-he-jun', './2026/people/he-jun/'],
    ['person-wang-haitao', './2027/people/wang-haitao/'],
    ['fy2027', './2027/'],
]);

test('李娜’s October report shows one approval state, the ledger’s, and her status as a flagged claim', async ({ page }) => {
  await page.goto('./2026/people/li-na/#doc-10-report');
  const report = page.locator('details.doc:has(#doc-10-report)');
  await expect(report).toHaveAttribute('open', '');
  const meta = report.locator('ul.meta');
  await expect(meta.locator('[data-approval-state]')).toHaveText('批准后已修改');
  await expect(meta.locator('[data-flag="status-contradicts-ledger"]')).toHaveCount(1);
  await expect(meta).toContainText('作者标注的状态: 已批准');
  await expect(report.locator('section.approval-history')).toContainText('批准后已修改');
  await expect(report.getByRole('link', { name: '在 Git 仓库中编辑' })).toHaveAttribute('href', /content\/2026\/people\/li-na\/10\.report\.mdx$/);
});

test('a person’s documents are collapsed sections of their page, and an old document URL without its own redirect page still finds its place', async ({ page }) => {
  await page.goto('./2026/people/wang-lei/');
  const sections = page.locator('details.doc');
  await expect(sections).toHaveCount(await page.locator('details.doc h3[id^="doc-"]').count());
  await expect(sections.first()).not.toHaveAttribute('open', '');
  await page.getByRole('row', { name: /10月/ }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/2026\/people\/wang-lei\/#doc-10-plan$/);
  await expect(page.locator('details.doc:has(#doc-10-plan)')).toHaveAttribute('open', '');
  // No page and no redirect file at this path: the 404 page maps the old URL pattern to the anchor.
  await page.goto('./en/2026/docs/people/wang-lei/13.plan/');
  await expect(page).toHaveURL(/\/en\/2026\/people\/wang-lei\/#doc-13-plan$/);
});

test('at 390 px no chart text renders under 11 px, and a cut-off chart or table scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 900 });
  for (const url of ['./', './2026/people/he-jun/', './2027/']) {
    await page.goto(url);
    await expect(page.locator('.chart-svg svg').first()).toBeVisible();
    // Rendered size = font size in viewBox units × the SVG's scale (rendered width ÷ viewBox width).
    const smallest = await page.evaluate(() =>
      Math.min(
        ...[...document.querySelectorAll<SVGSVGElement>('.chart-svg svg')].flatMap((svg) => {
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          return [...svg.querySelectorAll('text')].map((text) => parseFloat(getComputedStyle(text).fontSize) * scale);
        }),
      ),
    );
    expect(smallest, `smallest chart text on ${url}`).toBeGreaterThanOrEqual(11);
    const scrollers = await page.evaluate(() => [...document.querySelectorAll('.chart-svg, .table-wrap')].filter((box) => box.scrollWidth > box.clientWidth).map((box) => getComputedStyle(box).overflowX));
    for (const overflow of scrollers) expect(overflow).toBe('auto');
  }
});

test('何俊’s page opens with this month: his late October report and the command that creates it; November is marked', async ({ page }) => {
  await page.goto('./2026/people/he-jun/');
  const box = page.locator('[data-this-month]');
  await expect(box.locator('h2')).toHaveText('本月 · 11月');
  const october = box.locator('li[data-state="overdue"]', { hasText: '10月' });
  await expect(october).toContainText('月度销售总结');
  await expect(october.locator('code')).toHaveText('npm run --silent plan -- new monthly-report 2026 he-jun 10');
  await expect(page.locator('tr[aria-current="date"] th')).toContainText('11月');
});
