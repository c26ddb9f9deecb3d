import { describe, expect, it } from 'vitest';
import { formatPercent, formatPercentDelta } from '../../src/core/fraction.ts';
import { budgetExecution, yearElapsed } from '../../src/cycle/budget-execution.ts';
import { loadYears, yearContent } from '../../src/cycle/content-years.ts';
import { paceYear } from '../../src/cycle/pace.ts';
import { reforecastOf } from '../../src/cycle/reforecast.ts';
import { planVersions, variance } from '../../src/cycle/versions.ts';
import { rollupYear } from '../../src/model/rollup.ts';
import { minimalWith, MINIMAL, type FixtureEdit } from './helpers/fixture-edits.ts';
import { runPlan } from './helpers/run-plan.ts';

const REPORT = '2026/people/zhang-wei/01.report.mdx';
const spend = (promotion: string): FixtureEdit => ({ file: REPORT, find: 'promotion: 8,000', replace: `promotion: ${promotion}` });

async function execution(dir: string, asOf: string) {
  const content = yearContent((await loadYears(dir, process.cwd())).model, 2026);
  return budgetExecution(content, rollupYear(content, asOf), asOf);
}

describe('budget execution (预算执行)', () => {
  it('counts the share of the year elapsed to the day, including the as-of day', () => {
    expect(yearElapsed(2026, '2026-03-14')).toEqual({ numerator: 73, denominator: 365 });
    expect(yearElapsed(2028, '2028-12-31')).toEqual({ numerator: 366, denominator: 366 });
    expect(yearElapsed(2026, '2025-12-31')).toEqual({ numerator: 0, denominator: 365 });
    expect(yearElapsed(2026, '2027-06-01')).toEqual({ numerator: 365, denominator: 365 });
  });

  it('gives budget, spent, remaining and share used per line, unit and company', async () => {
    const result = await execution(MINIMAL, '2026-01-31');
    const promotion = result.units[0]?.lines.find((line) => line.id === 'promotion');
    expect(promotion).toMatchObject({ budget: 10_000_000, spent: 800_000, remaining: 9_200_000, over: false, ahead: false });
    expect(formatPercent(promotion?.used ?? null)).toBe('8.0%');
    expect(promotion?.sources).toEqual([{ person: 'zhang-wei', month: 1, path: REPORT, amount: 800_000 }]);
    expect(result).toMatchObject({ budget: 45_000_000, spent: 2_620_250, remaining: 42_379_750 });
    expect(result.lines.find((line) => line.id === 'commission')).toMatchObject({ budget: 9_000_000, spent: 320_250 });
  });

  it('flags a line ahead of time only above share elapsed + 10 points, exactly at the boundary', async () => {
    // 2026-03-14: 73/365 = 20% of the year, so the line may use 30% (3万 of 10万) before it is flagged.
    const atLimit = await execution(minimalWith(spend('30,000')), '2026-03-14');
    expect(atLimit.units[0]?.lines[0]).toMatchObject({ id: 'promotion', ahead: false, over: false });
    const above = await execution(minimalWith(spend('30,000.01')), '2026-03-14');
    expect(above.units[0]?.lines[0]).toMatchObject({ id: 'promotion', ahead: true, over: false });
  });

  it('takes the threshold from org.yaml budgetExecution.aheadOfTimePoints', async () => {
    const dir = minimalWith(spend('30,000.01'), { file: '2026/org.yaml', find: 'expenseLines:', replace: 'budgetExecution:\n  aheadOfTimePoints: 15\nexpenseLines:' });
    const result = await execution(dir, '2026-03-14');
    expect(result.aheadOfTimePoints).toBe(15);
    expect(result.units[0]?.lines[0]).toMatchObject({ ahead: false });
  });

  it('flags spend above the budget as over budget (not ahead), with a negative remaining', async () => {
    const result = await execution(minimalWith(spend('100,000.01')), '2026-12-31');
    expect(result.units[0]?.lines[0]).toMatchObject({ over: true, ahead: false, remaining: -1 });
  });

  it('plan budget prints the company total and the rule, and JSON in 分', async () => {
    const text = await runPlan(['budget', '--year', '2026', '--as-of', '2026-01-31', '--content', MINIMAL]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('全年已过 8.5%');
    expect(text.stdout).toMatch(/公司合计\s+45万\s+2\.62万\s+42\.38万\s+5\.8%/);
    const english = (await runPlan(['budget', '--year', '2026', '--as-of', '2026-01-31', '--content', MINIMAL, '--lang', 'en'])).stdout;
    expect(english).toContain('8.5% of the year elapsed');
    expect(english).toMatch(/company total\s+45万\s+2\.62万\s+42\.38万\s+5\.8%/);
    const json = JSON.parse((await runPlan(['budget', '--year', '2026', '--as-of', '2026-01-31', '--format', 'json', '--content', MINIMAL])).stdout) as { spent: number; elapsed: unknown; rules: { ahead: string } };
    expect(json).toMatchObject({ spent: 2_620_250, elapsed: { numerator: 31, denominator: 365 } });
    expect(json.rules.ahead).toContain('aheadOfTimePoints');
  });
});

describe('pace', () => {
  it('lands the year at the current pace with the one attainment-to-date definition, exactly', async () => {
    const content = yearContent((await loadYears(MINIMAL, process.cwd())).model, 2026);
    const rollup = rollupYear(content, '2026-01-31');
    const pace = paceYear(rollup, reforecastOf(content, '2026-01-31'));
    const zhang = pace.units[0]?.people.find((person) => person.id === 'zhang-wei');
    // 21.35万 actual against 20万 due: the 330万 still open × 21.35 ÷ 20 = 352.275万, landing at 373.625万.
    expect(zhang).toMatchObject({ target: 350_000_000, actual: 21_350_000, atPace: 373_625_000, atReforecast: null, gap: 328_650_000 });
    expect(zhang?.needed[0]).toBeNull();
    const needed = (zhang?.needed ?? []).slice(1) as number[];
    expect(needed.reduce((sum, value) => sum + value, 0)).toBe(328_650_000);
    // Largest remainder: each month within 1分 of its exact share of the gap by plan (Feb 12万 of 330万).
    expect(Math.abs(needed[0]! - (328_650_000 * 12) / 330)).toBeLessThan(1);
    expect(pace.atReforecast).toBeNull();
  });

  it('lands the demo at the reforecast once the mid-year reviews are in, and the remaining months need exactly the gap', async () => {
    const content = yearContent((await loadYears('content', process.cwd())).model, 2026);
    const rollup = rollupYear(content, '2026-11-30');
    const pace = paceYear(rollup, reforecastOf(content, '2026-11-30'));
    expect(pace.atReforecast).toBe(pace.units.reduce((sum, unit) => sum + (unit.atReforecast ?? 0), 0));
    expect(pace.needed.filter((value) => value !== null)).toHaveLength(2);
    expect(pace.needed.reduce<number>((sum, value) => sum + (value ?? 0), 0)).toBe(rollup.target - rollup.actual);
  });

  it('plan pace prints each remaining month with what it needs', async () => {
    const { stdout, code } = await runPlan(['pace', '--year', '2026', '--as-of', '2026-11-30', '--content', 'content']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/公司 华信智能科技有限公司\s+12,000万\s+8,950\.23万\s+11,932\.84万\s+11,940\.83万\s+11月 1,263\.98万 · 12月 1,785\.79万/);
    const english = (await runPlan(['pace', '--year', '2026', '--as-of', '2026-11-30', '--content', 'content', '--lang', 'en'])).stdout;
    expect(english).toMatch(/^FY2026 year-end landing as of 2026-11-30$/m);
    expect(english).toMatch(/company 华信智能科技有限公司\s+12,000万\s+8,950\.23万\s+11,932\.84万\s+11,940\.83万\s+M11 1,263\.98万 · M12 1,785\.79万/);
  });
});

describe('versions side by side', () => {
  it('computes variance in 分 and exact % of the base', () => {
    expect(variance(5_000_000_000, 5_129_547_571)).toMatchObject({ amount: 129_547_571 });
    expect(formatPercentDelta(variance(5_000_000_000, 5_129_547_571).percent)).toBe('+2.6%');
    expect(formatPercentDelta(variance(-100, 50).percent)).toBe('+150.0%');
    expect(variance(0, 5)).toEqual({ amount: 5, percent: null });
  });

  it('takes a unit’s reforecast from its submitted mid-year review: H1 actual + H2 forecast', async () => {
    const content = yearContent((await loadYears('content', process.cwd())).model, 2026);
    const rollup = rollupYear(content, '2026-11-30');
    const rows = planVersions(rollup, reforecastOf(content, '2026-11-30'));
    const east = rows.find((row) => row.id === 'east');
    const review = content.units.get('east')?.midyearReview?.data;
    const h1 = rollup.units[0]!.months.slice(0, 6).reduce((sum, month) => sum + (month.actual ?? 0), 0);
    expect(east?.reforecast).toBe(h1 + review!.h2Forecast.reduce((sum, value) => sum + value, 0));
    expect(rows[0]?.reforecast).toBe(rows.filter((row) => row.level === 'unit').reduce((sum, row) => sum + (row.reforecast ?? 0), 0));
    expect(rows[0]).toMatchObject({ level: 'company', plan: 12_000_000_000, actual: rollup.actual, planToDate: rollup.targetToDate });
  });
});
