import { fraction, type Fraction } from '../core/fraction.ts';
import { sumFen, type Fen } from '../core/money.ts';
import type { Figures, YearRollup } from '../model/rollup.ts';
import type { Reforecast } from './reforecast.ts';

/** b − a and (b − a) ÷ |a|, exact; percent null when a is 0 or either side is missing. */
export interface Variance {
  amount: Fen | null;
  percent: Fraction | null;
}

export function variance(a: Fen | null, b: Fen | null): Variance {
  if (a === null || b === null) return { amount: null, percent: null };
  return { amount: b - a, percent: fraction(b - a, Math.abs(a)) };
}

export type VersionLevel = 'company' | 'unit' | 'person';

/** One row of the same-year comparison: the approved plan, the mid-year reforecast and the actuals. */
export interface PlanVersionsRow {
  level: VersionLevel;
  id: string;
  name: string;
  /** The year's target (a unit's budget target, the company's org target). */
  plan: Fen;
  /** H1 actual + H2 forecast; null before there is a reforecast. */
  reforecast: Fen | null;
  reforecastVsPlan: Variance;
  /** Target of the months reported or due (the roll-up's target to date). */
  planToDate: Fen;
  actual: Fen;
  actualVsPlanToDate: Variance;
}

const h1Actual = (figures: Figures) => sumFen(figures.months.slice(0, 6).map((month) => month.actual ?? 0));

function row(level: VersionLevel, id: string, name: string, figures: Figures, h2: readonly Fen[] | undefined): PlanVersionsRow {
  const reforecast = h2 === undefined ? null : h1Actual(figures) + sumFen(h2);
  return {
    level,
    id,
    name,
    plan: figures.target,
    reforecast,
    reforecastVsPlan: variance(figures.target, reforecast),
    planToDate: figures.targetToDate,
    actual: figures.actual,
    actualVsPlanToDate: variance(figures.targetToDate, figures.actual),
  };
}

/**
 * The approved plan, the mid-year reforecast (H1 actuals + the H2 forecast: a unit's mid-year review,
 * else plan-shape as `plan forecast` computes it) and the actuals to date, company → unit → person.
 */
export function planVersions(rollup: YearRollup, reforecast: Reforecast | null): PlanVersionsRow[] {
  const units = rollup.units.map((unit) => {
    const computed = reforecast?.forecast.units.find((candidate) => candidate.id === unit.id);
    // By id (one per person of the unit): searching a unit of 1,000 people once per person cost a third of a second.
    const forecasts = new Map(computed?.people.map((forecast) => [forecast.id, forecast.h2Forecast]));
    const people = unit.people.map((person) => row('person', person.id, person.name, person, forecasts.get(person.id)));
    return { unit: row('unit', unit.id, unit.name, unit, reforecast?.unitH2.get(unit.id) ?? computed?.h2Forecast), people };
  });
  // The company's reforecast is its units' (H1 actuals add up the same way); none while a unit has none.
  const company = row('company', 'company', rollup.company, rollup, undefined);
  const total = reforecast && units.every(({ unit }) => unit.reforecast !== null) ? sumFen(units.map(({ unit }) => unit.reforecast ?? 0)) : null;
  return [{ ...company, reforecast: total, reforecastVsPlan: variance(company.plan, total) }, ...units.flatMap(({ unit, people }) => [unit, ...people])];
}

/** One row of this year against last year (matched by id; absent on either side → null). */
export interface YearOverYearRow {
  level: Exclude<VersionLevel, 'person'>;
  id: string;
  name: string;
  lastPlan: Fen | null;
  lastActual: Fen | null;
  plan: Fen | null;
  planVsLastPlan: Variance;
  planVsLastActual: Variance;
  /** This year's actual to date and last year's actual of the same months (1 to the last month this year has an actual). */
  actual: Fen | null;
  lastActualSamePeriod: Fen | null;
  actualVsLastSamePeriod: Variance;
}

/** The months this year has any actual in: the same period is taken from last year. */
const reportedMonths = (figures: Figures) => figures.months.filter((month) => month.actual !== null).map((month) => month.month);

function yearOverYearRow(level: YearOverYearRow['level'], id: string, name: string, current: Figures | undefined, last: Figures | undefined, months: number[]): YearOverYearRow {
  const plan = current?.target ?? null;
  const actual = current && months.length ? current.actual : null;
  const lastActualSamePeriod = last && months.length ? sumFen(last.months.filter((month) => months.includes(month.month)).map((month) => month.actual ?? 0)) : null;
  return {
    level,
    id,
    name,
    lastPlan: last?.target ?? null,
    lastActual: last?.actual ?? null,
    plan,
    planVsLastPlan: variance(last?.target ?? null, plan),
    planVsLastActual: variance(last?.actual ?? null, plan),
    actual,
    lastActualSamePeriod,
    actualVsLastSamePeriod: variance(lastActualSamePeriod, actual),
  };
}

/** This year against last year, company and units (units of either year, this year's order first). */
export function yearOverYear(current: YearRollup, last: YearRollup): YearOverYearRow[] {
  const months = reportedMonths(current);
  const ids = [...new Set([...current.units.map((unit) => unit.id), ...last.units.map((unit) => unit.id)])];
  return [
    yearOverYearRow('company', 'company', current.company || last.company, current, last, months),
    ...ids.map((id) => {
      const [now, before] = [current.units.find((unit) => unit.id === id), last.units.find((unit) => unit.id === id)];
      return yearOverYearRow('unit', id, now?.name ?? before?.name ?? id, now, before, months);
    }),
  ];
}

/** Two versions of the same year (two Git tags, or a tag and the current content) side by side. */
export interface TaggedVersionsRow {
  level: VersionLevel;
  id: string;
  name: string;
  targetA: Fen | null;
  targetB: Fen | null;
  target: Variance;
  actualA: Fen | null;
  actualB: Fen | null;
  actual: Variance;
}

/** Target and actual of the company and each unit in version A and version B, with B − A; below each unit the people whose figures differ. */
export function compareVersions(a: YearRollup, b: YearRollup): TaggedVersionsRow[] {
  const ids = [...new Set([...b.units.map((unit) => unit.id), ...a.units.map((unit) => unit.id)])];
  const pair = (level: TaggedVersionsRow['level'], id: string, name: string, x: Figures | undefined, y: Figures | undefined): TaggedVersionsRow => ({
    level,
    id,
    name,
    targetA: x?.target ?? null,
    targetB: y?.target ?? null,
    target: variance(x?.target ?? null, y?.target ?? null),
    actualA: x?.actual ?? null,
    actualB: y?.actual ?? null,
    actual: variance(x?.actual ?? null, y?.actual ?? null),
  });
  return [
    pair('company', 'company', b.company || a.company, a, b),
    ...ids.flatMap((id) => {
      const [x, y] = [a.units.find((unit) => unit.id === id), b.units.find((unit) => unit.id === id)];
      const people = [...new Set([...(y?.people ?? []), ...(x?.people ?? [])].map((person) => person.id))].flatMap((person) => {
        const [before, after] = [x?.people.find((candidate) => candidate.id === person), y?.people.find((candidate) => candidate.id === person)];
        const same = before && after && before.target === after.target && before.actual === after.actual;
        return same ? [] : [pair('person', person, after?.name ?? before?.name ?? person, before, after)];
      });
      return [pair('unit', id, y?.name ?? x?.name ?? id, x, y), ...people];
    }),
  ];
}
