import type { Fen } from '../core/money.ts';
import { isSubmitted } from '../model/document-types.ts';
import type { YearContent } from '../model/model.ts';
import { forecastYear, type YearForecast } from './forecast.ts';

/** The mid-year reforecast of a year: the computed H2 forecast, with each unit's own where its review gives one. */
export interface Reforecast {
  /** `plan forecast`'s plan-shape forecast by person and unit. */
  forecast: YearForecast;
  /** July–December of each unit's submitted mid-year review (半年销售总结), which wins over the computed one. */
  unitH2: Map<string, Fen[]>;
}

/**
 * The reforecast as of `asOf`, or null before there is one: a year has a reforecast once a unit's
 * mid-year review is handed in or the first half is over (then it is computed from H1 actuals).
 */
export function reforecastOf(content: YearContent, asOf: string): Reforecast | null {
  const unitH2 = new Map<string, Fen[]>();
  for (const [id, unit] of content.units) {
    const review = unit.midyearReview;
    if (review && isSubmitted(review.data.status)) unitH2.set(id, review.data.h2Forecast);
  }
  if (unitH2.size === 0 && asOf < `${content.year}-07-01`) return null;
  return { forecast: forecastYear(content, 'plan-shape'), unitH2 };
}
