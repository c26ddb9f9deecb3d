import { sortedByText } from '../core/compare-text.ts';
import { sumFen, type Fen } from '../core/money.ts';
import { submittedReports, type PersonContent, type YearContent } from './model.ts';
import { orgIndex } from './org-index.ts';
import { DOCUMENT_TYPES } from './document-types.ts';
import type { Org } from '../schemas/index.ts';

/** Target and actual for one month, in 分. */
export interface MonthFigures {
  month: number;
  target: Fen;
  /** null when no submitted monthly report exists for this month (a draft is not one). */
  actual: Fen | null;
  /**
   * The part of `target` that counts towards the target to date: the target of everyone whose report
   * for this month is submitted or past due (see {@link ATTAINMENT_TO_DATE}).
   */
  targetDue: Fen;
  /** Reports for this month that are past due and not submitted. */
  missing: number;
}

export interface Figures {
  /** Annual revenue target in 分. */
  target: Fen;
  /** Revenue of the submitted reports in 分. */
  actual: Fen;
  /** Target of the months reported or due, in 分: what `actual` is compared with. */
  targetToDate: Fen;
  /** actual ÷ target, 4 decimals (a ratio, not money). */
  attainment: number;
  /** actual ÷ targetToDate, 4 decimals: {@link ATTAINMENT_TO_DATE}. */
  attainmentToDate: number;
  /** Monthly reports past due and not submitted, shown beside attainment to date. */
  missingReports: number;
  months: MonthFigures[];
}

export interface PersonRollup extends Figures {
  id: string;
  name: string;
  unit: string;
  /** Planned revenue per customer group over the months that have a monthly plan. */
  groups: { id: string; target: Fen; actual: Fen }[];
}

export interface BudgetLineRollup {
  id: string;
  name: string;
  budget: Fen;
  spent: Fen;
}

export interface UnitRollup extends Figures {
  id: string;
  name: string;
  manager: string;
  /** The budget's revenue target (what the unit committed to), null without a budget. */
  budgetTarget: Fen | null;
  /** Sum of the people's annual targets. */
  allocated: Fen;
  profitTarget: Fen | null;
  newProductTarget: Fen | null;
  expenses: { total: Fen; spent: Fen; lines: BudgetLineRollup[] } | null;
  people: PersonRollup[];
}

export interface YearRollup extends Figures {
  year: number;
  company: string;
  targets: { revenue: Fen; profit: Fen; newProductRevenue: Fen } | null;
  units: UnitRollup[];
}

const ratio = (part: Fen, whole: Fen) => (whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000);

/**
 * The one definition of attainment to date, used by the CLI, the portal and the export: the actual
 * of the submitted reports against the target of every month whose report is submitted or due. A
 * missing report adds its month's target and no actual, so being late never raises attainment; the
 * count of missing reports is shown beside it. A unit's or the company's figures are the sums of
 * their people's.
 */
export const ATTAINMENT_TO_DATE = 'actual of submitted reports ÷ target of the months reported or due';

function figures(months: MonthFigures[], target: Fen): Figures {
  const actual = sumFen(months.map((month) => month.actual ?? 0));
  const targetToDate = sumFen(months.map((month) => month.targetDue));
  const missingReports = months.reduce((sum, month) => sum + month.missing, 0);
  return { target, actual, targetToDate, attainment: ratio(actual, target), attainmentToDate: ratio(actual, targetToDate), missingReports, months };
}

/**
 * Attainment to date at the end of each month, the same definition as {@link Figures.attainmentToDate}
 * over the months up to it: null before anything counts. The last month that counts equals the headline.
 */
export function cumulativeAttainment(months: readonly MonthFigures[]): (number | null)[] {
  let actual = 0;
  let targetDue = 0;
  return months.map((month) => {
    actual += month.actual ?? 0;
    targetDue += month.targetDue;
    return month.actual === null && month.targetDue === 0 ? null : ratio(actual, targetDue);
  });
}

function addMonths(parts: readonly { months: MonthFigures[] }[]): MonthFigures[] {
  return Array.from({ length: 12 }, (_, index) => {
    const month = index + 1;
    const of = (part: { months: MonthFigures[] }) => part.months[index];
    const actuals = parts.map((part) => of(part)?.actual ?? null);
    return {
      month,
      target: sumFen(parts.map((part) => of(part)?.target ?? 0)),
      actual: actuals.some((value) => value !== null) ? sumFen(actuals.map((value) => value ?? 0)) : null,
      targetDue: sumFen(parts.map((part) => of(part)?.targetDue ?? 0)),
      missing: parts.reduce((sum, part) => sum + (of(part)?.missing ?? 0), 0),
    };
  });
}

/**
 * Whether each month's report (index 0 = January) is past due on `asOf`: the same test as the
 * overdue rule, a report is late the day after its due date. The same for everyone, so worked out
 * once per year rather than for each of 120,000 person-months.
 */
function pastDue(content: YearContent, asOf: string): boolean[] {
  const calendar = content.org?.data.calendar;
  return Array.from({ length: 12 }, (_, index) => calendar !== undefined && asOf > DOCUMENT_TYPES['monthly-report'].due({ year: content.year, month: index + 1 }, calendar));
}

function rollupPerson(content: YearContent, person: PersonContent, groupIds: string[], late: readonly boolean[]): PersonRollup {
  const plan = person.plan?.data;
  const reports = submittedReports(person);
  const months = Array.from({ length: 12 }, (_, index): MonthFigures => {
    const month = index + 1;
    const report = reports.get(month);
    const target = plan?.months[index] ?? 0;
    const due = late[index] === true;
    return { month, target, actual: report ? report.data.actual.revenue : null, targetDue: report || due ? target : 0, missing: !report && due && plan ? 1 : 0 };
  });
  // Listed once, not once per customer group: this runs for each of 10,000 people after the workers are done.
  const monthlyPlans = [...person.monthlyPlans.values()];
  const submitted = [...reports.values()];
  const groups = groupIds.map((id) => ({
    id,
    target: sumFen(monthlyPlans.map((monthly) => monthly.data.groups[id] ?? 0)),
    actual: sumFen(submitted.map((report) => report.data.groups?.[id] ?? 0)),
  }));
  const org = content.org ? orgIndex(content.org.data).people.get(person.id) : undefined;
  return { id: person.id, name: org?.name ?? person.id, unit: plan?.unit ?? org?.unit ?? '', groups, ...figures(months, plan?.target.revenue ?? 0) };
}

/** The whole tree for one fiscal year on `asOf` (YYYY-MM-DD, which months are due): company → unit → person → month, all in 分. */
export function rollupYear(content: YearContent, asOf: string): YearRollup {
  const org = content.org?.data;
  const groupIds = org?.customerGroups.map((group) => group.id) ?? [];
  const late = pastDue(content, asOf);
  const people = [...content.people.values()].filter((person) => person.plan).map((person) => rollupPerson(content, person, groupIds, late));
  const unitIds = org?.units.map((unit) => unit.id) ?? [...content.units.keys()];
  // Each unit's people and planned people, in the same order as filtering the whole list per unit
  // (which was units × people).
  const rolledUp = groupBy(people, (person) => person.unit);
  const planned = groupBy([...content.people.values()], (person) => person.plan?.data.unit);
  const units = unitIds.map((id): UnitRollup => {
    const unit = org ? orgIndex(org).units.get(id) : undefined;
    const budget = content.units.get(id)?.budget?.data;
    const members = sortedByText(rolledUp.get(id) ?? [], (person) => person.id);
    const allocated = sumFen(members.map((person) => person.target));
    const reports = (planned.get(id) ?? []).flatMap((person) => [...submittedReports(person).values()]);
    const expenses = budget
      ? {
          total: budget.expenses.total,
          spent: sumFen(reports.flatMap((report) => Object.values(report.data.spend))),
          lines: Object.entries(budget.expenses.lines).map(([line, amount]) => ({
            id: line,
            name: org?.expenseLines.find((candidate) => candidate.id === line)?.name ?? line,
            budget: amount,
            spent: sumFen(reports.map((report) => report.data.spend[line] ?? 0)),
          })),
        }
      : null;
    return {
      id,
      name: unit?.name ?? id,
      manager: unit?.manager ?? '',
      budgetTarget: budget?.targets.revenue ?? null,
      allocated,
      profitTarget: budget?.targets.profit ?? null,
      newProductTarget: budget?.targets.newProductRevenue ?? null,
      expenses,
      people: members,
      ...figures(addMonths(members), budget?.targets.revenue ?? allocated),
    };
  });
  return rollupOfUnits(content.year, org, units);
}

/**
 * A year's rollup from its units' (each as `rollupYear` makes it, e.g. kept by an incremental check):
 * the company's figures are the units' sums, its targets org.yaml's.
 */
export function rollupOfUnits(year: number, org: Pick<Org, 'company' | 'targets'> | undefined, units: UnitRollup[]): YearRollup {
  const targets = org ? { revenue: org.targets.revenue, profit: org.targets.profit, newProductRevenue: org.targets.newProductRevenue } : null;
  return { year, company: org?.company.name ?? '', targets, units, ...figures(addMonths(units), targets?.revenue ?? sumFen(units.map((unit) => unit.target))) };
}

/** Items by key, each list in the items' order. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const at = key(item);
    const group = groups.get(at);
    if (group) group.push(item);
    else groups.set(at, [item]);
  }
  return groups;
}
