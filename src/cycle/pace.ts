import { sumFen, type Fen } from '../core/money.ts';
import type { Figures, YearRollup } from '../model/rollup.ts';
import { allocate } from './allocate.ts';
import type { Reforecast } from './reforecast.ts';

/** Year-end landing and what the rest of the year needs, for one person, unit or the company, in 分. */
export interface Pace {
  id: string;
  name: string;
  target: Fen;
  actual: Fen;
  /** Landing at the current pace; null before any month counts (no pace yet). */
  atPace: Fen | null;
  /** Landing at the reforecast; null before the mid-year reforecast exists. */
  atReforecast: Fen | null;
  /** target − actual, at least 0. */
  gap: Fen;
  /** What each month not yet counted needs to reach the target: 12 entries, null for a month already counted. */
  needed: (Fen | null)[];
}

export interface YearPace extends Pace {
  year: number;
  units: (Pace & { people: Pace[] })[];
}

/** a × b ÷ c rounded half away from zero, exactly (BigInt); c > 0. */
function mulDiv(a: Fen, b: Fen, c: Fen): Fen {
  const product = BigInt(a) * BigInt(b);
  const magnitude = (2n * (product < 0n ? -product : product) + BigInt(c)) / (2n * BigInt(c));
  return Number(product < 0n ? -magnitude : magnitude);
}

/** The part of each month's plan not yet counted in the target to date (the roll-up's `targetDue`). */
const openPlan = (figures: Figures) => figures.months.map((month) => month.target - month.targetDue);

function paceOf(id: string, name: string, figures: Figures, reforecastOpen: Fen | null): Pace {
  const open = openPlan(figures);
  const openTotal = sumFen(open);
  // The one attainment-to-date definition (rollup.ts): actual ÷ target to date, kept exact here.
  const atPace = figures.targetToDate === 0 ? null : figures.actual + mulDiv(openTotal, figures.actual, figures.targetToDate);
  const gap = Math.max(0, figures.target - figures.actual);
  const weights = open.map((value) => Math.max(0, value));
  const counted = figures.months.map((month) => month.targetDue === month.target && month.target > 0);
  const spread = weights.some((weight) => weight > 0) ? allocate(gap, weights) : weights.map(() => 0);
  return {
    id,
    name,
    target: figures.target,
    actual: figures.actual,
    atPace,
    atReforecast: reforecastOpen === null ? null : figures.actual + reforecastOpen,
    gap,
    needed: spread.map((value, index) => (counted[index] || weights[index] === 0 ? null : value)),
  };
}

/**
 * The reforecast of the months not yet counted: H2 months from the forecast (person: plan-shape;
 * unit: the mid-year review's h2Forecast when there is one, spread like the people's), H1 months
 * still open at their plan.
 */
function reforecastOpen(figures: Figures, h2Forecast: readonly Fen[]): Fen {
  const open = openPlan(figures);
  return sumFen(open.map((value, index) => (index < 6 ? value : figures.months[index]!.target === 0 ? 0 : mulDiv(h2Forecast[index - 6] ?? 0, value, figures.months[index]!.target))));
}

/**
 * Year-end landing at the current pace and at the reforecast, and the amount each month not yet
 * counted needs (see PACE_RULES in ./pace-rules.ts), for the company, each unit and each person. `reforecast`
 * is null before the mid-year review (reforecast.ts): then there is no landing at the reforecast.
 */
export function paceYear(rollup: YearRollup, reforecast: Reforecast | null): YearPace {
  const units = rollup.units.map((unit) => {
    const unitForecast = reforecast?.forecast.units.find((candidate) => candidate.id === unit.id);
    // By id (one per person of the unit): searching a unit of 1,000 people once per person cost half a second.
    const forecasts = new Map(unitForecast?.people.map((forecast) => [forecast.id, forecast]));
    const people = unit.people.map((person) => {
      const personForecast = forecasts.get(person.id);
      return paceOf(person.id, person.name, person, personForecast ? reforecastOpen(person, personForecast.h2Forecast) : null);
    });
    const h2 = reforecast?.unitH2.get(unit.id) ?? unitForecast?.h2Forecast;
    return { ...paceOf(unit.id, unit.name, unit, h2 ? reforecastOpen(unit, h2) : null), people };
  });
  const companyOpen = units.every((unit) => unit.atReforecast !== null) && units.length > 0 ? sumFen(units.map((unit) => (unit.atReforecast ?? 0) - unit.actual)) : null;
  return { year: rollup.year, units, ...paceOf('company', rollup.company, rollup, companyOpen) };
}
