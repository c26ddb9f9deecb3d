import { formatFenDelta } from '../core/money.ts';
import { budgetExecution, type BudgetExecution } from '../cycle/budget-execution.ts';
import { paceYear, type YearPace } from '../cycle/pace.ts';
import { reforecastOf } from '../cycle/reforecast.ts';
import { planVersions, yearOverYear, type PlanVersionsRow, type YearOverYearRow } from '../cycle/versions.ts';
import type { Lang } from '../i18n/index.ts';
import { moneyFormat } from './money.ts';
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

/**
 * A difference in a summary table, signed and rounded like the table's `short` amounts: zh to 0.01万
 * half away from zero ("+129.55万", "−60.61万"), en to ¥0.01M ("+¥1.30M", "−¥0.61M").
 */
export function shortDelta(lang: Lang, fen: number | null): string {
  if (fen === null) return '—';
  if (lang === 'en') return fen === 0 ? '0' : `${fen > 0 ? '+' : '\u2212'}${moneyFormat('en').short(Math.abs(fen))}`;
  const step = 10_000;
  return formatFenDelta(Math.sign(fen) * Math.floor((Math.abs(fen) + step / 2) / step) * step);
}
