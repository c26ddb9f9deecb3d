import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { screenshotSweep } from './helpers.ts';
import { formatFenShort, parseMoney } from '../../src/core/money.ts';
import type { YearRollup } from '../../src/model/rollup.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const AS_OF = process.env['PLANBOOK_AS_OF'] || '2026-11-27';

function rollup(): YearRollup {
  const cli = spawnSync(process.execPath, [path.join(ROOT, 'scripts/plan.ts'), 'rollup', '--format', 'json', '--year', '2026', '--as-of', AS_OF], { cwd: ROOT, encoding: 'utf8' });
  expect(cli.status, cli.stderr).toBe(0);
  const [year] = (JSON.parse(cli.stdout) as { years: YearRollup[] }).years;
  if (!year) throw new Error('no FY2026 in plan rollup');
  return year;
}

/** "¥9,000,000.00" as shown → 分, through the same parser the content uses. */
function fen(text: string | null): number {
  const parsed = parseMoney((text ?? '').trim().replace('¥', ''));
  if (!parsed.ok) throw new Error(`not an amount: ${text}`);
  return parsed.fen;
}

test('the budget execution page’s totals equal plan rollup --format json', async ({ page }) => {
  const year = rollup();
  const withBudget = year.units.filter((unit) => unit.expenses);
  const budget = withBudget.reduce((sum, unit) => sum + (unit.expenses?.total ?? 0), 0);
  const spent = withBudget.reduce((sum, unit) => sum + (unit.expenses?.spent ?? 0), 0);
  await page.goto('./2026/budget/');
  await expect(page.locator('h1')).toHaveText('FY2026 预算执行');
  expect(fen(await page.locator('[data-total="budget"]').textContent())).toBe(budget);
  expect(fen(await page.locator('[data-total="spent"]').textContent())).toBe(spent);
  expect(fen(await page.locator('[data-total="remaining"]').textContent())).toBe(budget - spent);
  const company = page.locator('table[data-table="units"] tfoot tr');
  await expect(company.locator('th')).toHaveText('公司合计');
  expect(fen(await company.locator('td').nth(0).textContent())).toBe(budget);
  expect(fen(await company.locator('td').nth(1).textContent())).toBe(spent);
  for (const unit of withBudget) {
    const row = page.locator(`table[data-table="units"] tr[data-unit="${unit.id}"]`);
    await expect(row.locator('th')).toHaveText(unit.name);
    expect(fen(await row.locator('td').nth(0).textContent()), `${unit.id} budget`).toBe(unit.expenses?.total);
    expect(fen(await row.locator('td').nth(1).textContent()), `${unit.id} spent`).toBe(unit.expenses?.spent);
  }
});

test('a budget line drills down to the monthly reports that carry its spend', async ({ page }) => {
  await page.goto('./2026/budget/');
  const section = page.locator('section', { has: page.locator('h2#unit-east') });
  const promotion = section.locator('tr', { has: page.locator('th', { hasText: '市场推广费用' }) });
  await promotion.locator('summary').click();
  const first = promotion.locator('li a').first();
  await expect(first).toHaveText(/月$/);
  await first.click();
  // A report is a section of its person's page, opened by its anchor.
  await expect(page).toHaveURL(/\/2026\/people\/[^/]+\/#doc-\d\d-report$/);
  await expect(page.locator('details.doc[open] > summary h3')).toContainText('销售总结');
});

test('the versions page lists plan, reforecast and actuals with variances, and says how to name a version', async ({ page }) => {
  const year = rollup();
  await page.goto('./2026/versions/');
  const company = page.locator('table[data-table="plan-versions"] tr[data-id="company"]');
  await expect(company.locator('td').nth(0)).toHaveText('12,000万');
  await expect(company.locator('td').nth(5)).toHaveText(formatFenShort(year.actual));
  await expect(page.locator('table[data-table="tags"], pre.command').first()).toBeVisible();
});

screenshotSweep('screenshots of the finance pages for people to look at', [
    ['budget-execution', './2026/budget/'],
    ['versions', './2026/versions/'],
    ['versions-2027', './2027/versions/'],
    ['pace', './2026/pace/'],
    ['budget-execution-en', './en/2026/budget/'],
]);
