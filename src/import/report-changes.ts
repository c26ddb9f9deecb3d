import type { Fen } from '../core/money.ts';
import type { PathKey } from '../core/positions.ts';
import type { Model } from '../model/model.ts';
import { newPath } from '../templates/frontmatter.ts';
import type { MonthFigures } from './aggregate.ts';
import type { Text } from './messages.ts';

/** One figure of a monthly report: what the report says (undefined: not written) and what the export says. */
export interface FigureChange {
  path: readonly PathKey[];
  old: Fen | undefined;
  new: Fen;
  /** The customer group's or expense line's name (zh) and English name (or id), for a groups or spend figure. */
  group?: Text;
}

/** What importing does to one person's monthly report. */
export interface ReportChange {
  person: string;
  name: string;
  year: number;
  month: number;
  /** Path inside the content directory. */
  path: string;
  action: 'create' | 'update' | 'unchanged';
  /** The report's status today; undefined when it is to be created (as a draft). */
  status: string | undefined;
  /** Every figure the import sets: actual.revenue, each customer group, actual.newProductRevenue when the export flags new products, spend per expense line when it has them. */
  figures: FigureChange[];
  lines: number;
}

/** A monthly report of an imported month that has no line in the export: left as it is. */
export interface UntouchedReport {
  person: string;
  name: string;
  year: number;
  month: number;
  path: string;
  revenue: Fen;
}

export interface Comparison {
  changes: ReportChange[];
  untouched: UntouchedReport[];
}

/**
 * The export's figures against the monthly reports in the content. The customer groups set are those
 * the report already lists (to 0 when the export has no lines for one) and those the export has,
 * in org.yaml order; likewise spend per expense line. `newProduct` and `spend` say whether the
 * export has a new-product column and an expense-line column.
 */
export function compareReports(figures: readonly MonthFigures[], model: Model, { newProduct, spend }: { newProduct: boolean; spend: boolean }): Comparison {
  const changes: ReportChange[] = [];
  const order = (year: number) => model.years.get(year)?.org?.data;
  for (const month of figures) {
    const org = order(month.year);
    const report = model.years.get(month.year)?.people.get(month.person)?.reports.get(month.month);
    const old = report?.data;
    const groupIds = (org?.customerGroups ?? []).map((group) => group.id).filter((id) => old?.groups?.[id] !== undefined || month.groups[id] !== undefined || !report);
    const figuresOf: FigureChange[] = [
      { path: ['actual', 'revenue'], old: old?.actual.revenue, new: month.revenue },
      ...groupIds.map((id) => {
        const group = org?.customerGroups.find((candidate) => candidate.id === id);
        return { path: ['groups', id], old: old?.groups?.[id], new: month.groups[id] ?? 0, group: { zh: group?.name ?? id, en: group?.nameEn ?? id } };
      }),
      ...(newProduct ? [{ path: ['actual', 'newProductRevenue'], old: old?.actual.newProductRevenue, new: month.newProductRevenue }] : []),
      ...(spend
        ? (org?.expenseLines ?? [])
            .filter((line) => old?.spend[line.id] !== undefined || month.spend[line.id] !== undefined)
            .map((line) => ({ path: ['spend', line.id], old: old?.spend[line.id], new: month.spend[line.id] ?? 0, group: { zh: line.name, en: line.nameEn ?? line.id } }))
        : []),
    ];
    const changed = figuresOf.some((figure) => figure.old !== figure.new && !(figure.old === undefined && figure.new === 0 && report));
    changes.push({
      person: month.person,
      name: org?.people.find((person) => person.id === month.person)?.name ?? month.person,
      year: month.year,
      month: month.month,
      path: report?.path ?? newPath('monthly-report', month.year, { person: month.person, month: month.month }),
      action: !report ? 'create' : changed ? 'update' : 'unchanged',
      status: old?.status,
      figures: figuresOf,
      lines: month.lines,
    });
  }
  const rank = (change: { year: number; month: number; person: string }) => order(change.year)?.people.findIndex((person) => person.id === change.person) ?? 0;
  const byMonthThenOrg = (a: { year: number; month: number; person: string }, b: { year: number; month: number; person: string }) => a.year - b.year || a.month - b.month || rank(a) - rank(b);
  changes.sort(byMonthThenOrg);
  const imported = new Set(figures.map((month) => `${month.year}-${month.month}`));
  const present = new Set(figures.map((month) => `${month.year}-${month.month}-${month.person}`));
  const untouched: UntouchedReport[] = [];
  for (const key of imported) {
    const [year = 0, monthNumber = 0] = key.split('-').map(Number);
    for (const [id, person] of model.years.get(year)?.people ?? []) {
      const report = person.reports.get(monthNumber);
      if (!report || present.has(`${key}-${id}`)) continue;
      untouched.push({ person: id, name: order(year)?.people.find((candidate) => candidate.id === id)?.name ?? id, year, month: monthNumber, path: report.path, revenue: report.data.actual.revenue });
    }
  }
  untouched.sort(byMonthThenOrg);
  return { changes, untouched };
}
