import { formatFenDelta } from '../core/money.ts';
import { budgetExecution, type BudgetExecution } from '../cycle/budget-execution.ts';
import { paceYear, type YearPace } from '../cycle/pace.ts';
import { reforecastOf } from '../cycle/reforecast.ts';
import { planVersions, yearOverYear, type PlanVersionsRow, type YearOverYearRow } from '../cycle/versions.ts';
import type { SiteModel, YearView } from './site-model.ts';

/** What the finance pages of one year show: budget execution, pace and the versions side by side. */
export interface FinanceView {
  execution: BudgetExecution;
  pace: YearPace;
  versions: PlanVersionsRow[];
  /** The year before, when the content has it. */
  lastYear?: { year: number; rows: YearOverYearRow[] };
}

const views = new WeakMap<YearView, FinanceView>();

/** The finance views of a year, computed once per build from the roll-up every other page uses. */
export function financeView(site: SiteModel, view: YearView): FinanceView {
  let finance = views.get(view);
  if (!finance) {
    const reforecast = reforecastOf(view.content, site.asOf);
    const last = site.years.find((candidate) => candidate.year === view.year - 1);
    finance = {
      execution: budgetExecution(view.content, view.rollup, site.asOf),
      pace: paceYear(view.rollup, reforecast),
      versions: planVersions(view.rollup, reforecast),
      ...(last ? { lastYear: { year: last.year, rows: yearOverYear(view.rollup, last.rollup) } } : {}),
    };
    views.set(view, finance);
  }
  return finance;
}

/** A difference rounded half away from zero to 0.01万 for the 万 tables, signed: "+129.55万", "−60.61万". */
export function wanDelta(fen: number | null): string {
  if (fen === null) return '—';
  const step = 10_000;
  return formatFenDelta(Math.sign(fen) * Math.floor((Math.abs(fen) + step / 2) / step) * step);
}
