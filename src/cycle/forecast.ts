import { submittedReports, type YearContent } from '../model/model.ts';
import { sumFen, type Fen } from '../core/money.ts';
import { allocate, allocateEvenly } from './allocate.ts';
import { orgIndex } from '../model/org-index.ts';

export const FORECAST_METHODS = ['plan-shape', 'run-rate'] as const;
export type ForecastMethod = (typeof FORECAST_METHODS)[number];

export interface ForecastFigures {
  /** January–June plan. */
  h1Target: Fen;
  /** January–June reported actuals. */
  h1Actual: Fen;
  /** H1 months that have a report. */
  h1Reported: number;
  /** July–December plan, 6 amounts. */
  h2Plan: Fen[];
  /** July–December forecast, 6 amounts. */
  h2Forecast: Fen[];
}

export interface PersonForecast extends ForecastFigures {
  id: string;
  name: string;
}

export interface UnitForecast extends ForecastFigures {
  id: string;
  name: string;
  people: PersonForecast[];
}

export interface YearForecast extends ForecastFigures {
  year: number;
  method: ForecastMethod;
  units: UnitForecast[];
}

const H1 = [1, 2, 3, 4, 5, 6];

/** Forecast months are whole 0.01万 (100元): an estimate shown to the 分 would claim a precision it does not have. */
const STEP = 10_000;

/** Splits an H2 total, rounded half up to STEP, into six months in whole STEPs by largest remainder. */
function sixMonths(total: Fen, weights: readonly Fen[] | undefined): Fen[] {
  const steps = Math.floor((total + STEP / 2) / STEP);
  const parts = weights && weights.some((weight) => weight > 0) ? allocate(steps, weights) : allocateEvenly(steps, 6);
  return parts.map((part) => part * STEP);
}

/** a × b ÷ c rounded half up, exactly (BigInt), for non-negative a, b and positive c. */
function mulDiv(a: Fen, b: Fen, c: Fen): Fen {
  const product = BigInt(a) * BigInt(b) * 2n;
  return Number((product + BigInt(c)) / (2n * BigInt(c)));
}

/**
 * A person's H2 forecast. run-rate: the H1 monthly average (over the months reported) for each of
 * the six months. plan-shape: the H2 plan scaled by H1 attainment (actual ÷ plan of the reported
 * months), so the seasonal shape of the plan is kept. Without H1 reports the plan is the forecast.
 * The H2 total is rounded to 0.01万 and split by largest remainder, so the six months add up to it exactly.
 */
export function forecastPerson(plan: readonly Fen[], actuals: ReadonlyMap<number, Fen>, method: ForecastMethod): ForecastFigures {
  const reported = H1.filter((month) => actuals.has(month));
  const h1Actual = sumFen(reported.map((month) => actuals.get(month) ?? 0));
  const h1Target = sumFen(H1.map((month) => plan[month - 1] ?? 0));
  const h2Plan = plan.slice(6, 12);
  const base = { h1Target, h1Actual, h1Reported: reported.length, h2Plan };
  if (reported.length === 0 || h1Actual < 0) return { ...base, h2Forecast: [...h2Plan] };
  if (method === 'run-rate') return { ...base, h2Forecast: sixMonths(mulDiv(h1Actual, 6, reported.length), undefined) };
  const reportedTarget = sumFen(reported.map((month) => plan[month - 1] ?? 0));
  const h2Total = sumFen(h2Plan);
  if (reportedTarget <= 0 || h2Total <= 0) return { ...base, h2Forecast: sixMonths(mulDiv(h1Actual, 6, reported.length), undefined) };
  return { ...base, h2Forecast: sixMonths(mulDiv(h2Total, h1Actual, reportedTarget), h2Plan) };
}

function addUp(parts: readonly ForecastFigures[]): ForecastFigures {
  const six = (pick: (part: ForecastFigures) => Fen[]) => Array.from({ length: 6 }, (_, index) => sumFen(parts.map((part) => pick(part)[index] ?? 0)));
  return {
    h1Target: sumFen(parts.map((part) => part.h1Target)),
    h1Actual: sumFen(parts.map((part) => part.h1Actual)),
    h1Reported: Math.max(0, ...parts.map((part) => part.h1Reported)),
    h2Plan: six((part) => part.h2Plan),
    h2Forecast: six((part) => part.h2Forecast),
  };
}

/** H2 forecast by person, unit and company; `unit` limits it to one unit. */
export function forecastYear(content: YearContent, method: ForecastMethod, unit?: string): YearForecast {
  const org = content.org?.data;
  const unitIds = (org?.units.map((candidate) => candidate.id) ?? [...content.units.keys()]).filter((id) => unit === undefined || id === unit);
  const units = unitIds.map((id): UnitForecast => {
    const people = [...content.people.values()]
      .filter((person) => person.plan?.data.unit === id)
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((person): PersonForecast => {
        const actuals = new Map([...submittedReports(person)].map(([month, report]) => [month, report.data.actual.revenue]));
        const name = (org && orgIndex(org).people.get(person.id)?.name) ?? person.id;
        return { id: person.id, name, ...forecastPerson(person.plan?.data.months ?? [], actuals, method) };
      });
    return { id, name: (org && orgIndex(org).units.get(id)?.name) ?? id, people, ...addUp(people) };
  });
  return { year: content.year, method, units, ...addUp(units) };
}
