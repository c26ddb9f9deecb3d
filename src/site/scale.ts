// What keeps a page readable (and buildable) at any company size: charts show units or the extremes
// instead of every person once there are more people than a chart can label.

/** A unit's attainment chart labels at most this many people; beyond it, the extremes. */
export const CHART_PEOPLE_MAX = 40;
/** The company's treemap shows people inside units up to this many people; beyond it, units only. */
export const TREEMAP_PEOPLE_MAX = 300;

/**
 * The rows an attainment chart shows: all of them up to CHART_PEOPLE_MAX, else the `each` lowest and
 * `each` highest attainment to date (lowest first), which is what a manager looks for in a long list.
 */
export function attainmentExtremes<T extends { figures: { attainmentToDate: number } }>(rows: readonly T[], each = 10): T[] {
  if (rows.length <= CHART_PEOPLE_MAX) return [...rows];
  const sorted = rows.toSorted((a, b) => a.figures.attainmentToDate - b.figures.attainmentToDate);
  return [...sorted.slice(0, each), ...sorted.slice(-each)];
}

/**
 * A year's pages that list every person (budget execution and its expense reports) list them up to
 * this many people in the year; beyond it the year's page has a summary line per unit, linking to
 * the unit's page of the same kind (`2026/budget/east/`) where the unit's people are. At 10,000
 * people the budget page listed 250,000 expense reports (22 MB a language) on one page.
 */
export const YEAR_PAGE_PEOPLE_MAX = 300;

/** Whether a year's pages summarise by unit (more than YEAR_PAGE_PEOPLE_MAX people with a plan in `rollup`). */
export function summarisedByUnit(rollup: { units: readonly { people: readonly unknown[] }[] }): boolean {
  return rollup.units.reduce((sum, unit) => sum + unit.people.length, 0) > YEAR_PAGE_PEOPLE_MAX;
}
