import { describe, expect, it } from 'vitest';
import { forecastPerson } from '../../src/cycle/forecast.ts';
import { sumFen } from '../../src/core/money.ts';
import { runPlan } from './helpers/run-plan.ts';

const WAN = 1_000_000;
const plan = [10, 10, 10, 10, 10, 10, 5, 5, 10, 10, 20, 40].map((wan) => wan * WAN);
const actuals = (values: number[]) => new Map(values.map((fen, index) => [index + 1, fen]));

describe('H2 forecast', () => {
  it('run-rate: the H1 monthly average for each of July–December, in whole 0.01万', () => {
    const result = forecastPerson(plan, actuals([9, 9, 9, 9, 9, 9].map((wan) => wan * WAN + 1)), 'run-rate');
    expect(result.h1Actual).toBe(54 * WAN + 6);
    expect(result.h2Forecast).toEqual(Array.from({ length: 6 }, () => 9 * WAN));
    // H1 of 1.05万 runs at 0.175万 a month: 0.18万 three times and 0.17万 three times, adding up to 1.05万.
    const uneven = forecastPerson(plan, actuals([1_000_000, 0, 0, 0, 0, 50_000]), 'run-rate');
    expect(uneven.h2Forecast).toEqual([180_000, 180_000, 180_000, 170_000, 170_000, 170_000]);
  });

  it('plan-shape: H2 plan × H1 attainment, keeping the seasonal shape, adding up exactly', () => {
    const result = forecastPerson(plan, actuals([9, 9, 9, 9, 9, 9].map((wan) => wan * WAN)), 'plan-shape');
    expect(result.h2Forecast).toEqual([4.5, 4.5, 9, 9, 18, 36].map((wan) => wan * WAN));
    const odd = forecastPerson(plan, actuals([1, 1, 1].map((fen) => fen * 333_333)), 'plan-shape');
    expect(sumFen(odd.h2Forecast)).toBe(Math.round((90 * WAN * 999_999) / (30 * WAN) / 10_000) * 10_000);
    expect(odd.h2Forecast.every((fen) => fen % 10_000 === 0)).toBe(true);
  });

  it('without H1 reports the plan stands', () => {
    expect(forecastPerson(plan, new Map(), 'run-rate').h2Forecast).toEqual(plan.slice(6));
  });

  it('prints the demo’s FY2026 forecast against plan, and JSON in 分 that adds up', async () => {
    const text = await runPlan(['forecast', '2026', '--unit', 'south', '--content', 'content']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/华南事业部\s+1,750\.7万\s+1,615\.78万\s+92\.3%/);
    const json = await runPlan(['forecast', '2026', '--method', 'run-rate', '--format', 'json', '--content', 'content']);
    const result = JSON.parse(json.stdout) as { h2Forecast: number[]; units: { h2Forecast: number[] }[] };
    expect(sumFen(result.h2Forecast)).toBe(sumFen(result.units.flatMap((unit) => unit.h2Forecast)));
  });
});
