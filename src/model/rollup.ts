import { sumFen, type Fen } from '../core/money.ts';
import type { PersonContent, YearContent } from './model.ts';
import { orgIndex } from './org-index.ts';

/** Target and actual for one month, in 分. */
export interface MonthFigures {
  month: number;
  target: Fen;
  /** null when no monthly report exists yet for this month. */
  actual: Fen | null;
}

export interface Figures {
  /** Annual revenue target in 分. */
  target: Fen;
  /** Revenue reported so far in 分. */
  actual: Fen;
  /** Target of the months that have an actual, in 分: what `actual` should be compared with. */
  targetToDate: Fen;
  /** actual ÷ target, 4 decimals (a ratio, not money). */
  attainment: number;
  /** actual ÷ targetToDate, 4 decimals. */
  attainmentToDate: number;
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
 * `children` makes to-date figures the sum of each child's own to-date figures: a month counts
 * towards a unit's target to date only for the people who have reported it, so one late report
 * does not make the whole unit look behind.
 */
function figures(months: MonthFigures[], target: Fen, children?: readonly Figures[]): Figures {
  const reported = months.filter((month) => month.actual !== null);
  const actual = children ? sumFen(children.map((child) => child.actual)) : sumFen(reported.map((month) => month.actual ?? 0));
  const targetToDate = children ? sumFen(children.map((child) => child.targetToDate)) : sumFen(reported.map((month) => month.target));
  return { target, actual, targetToDate, attainment: ratio(actual, target), attainmentToDate: ratio(actual, targetToDate), months };
}

function addMonths(parts: readonly { months: MonthFigures[] }[]): MonthFigures[] {
  return Array.from({ length: 12 }, (_, index) => {
    const month = index + 1;
    const target = sumFen(parts.map((part) => part.months[index]?.target ?? 0));
    const actuals = parts.map((part) => part.months[index]?.actual ?? null);
    const actual = actuals.some((value) => value !== null) ? sumFen(actuals.map((value) => value ?? 0)) : null;
    return { month, target, actual };
  });
}

function rollupPerson(content: YearContent, person: PersonContent, groupIds: string[]): PersonRollup {
  const plan = person.plan?.data;
  const months = Array.from({ length: 12 }, (_, index): MonthFigures => {
    const report = person.reports.get(index + 1);
    return { month: index + 1, target: plan?.months[index] ?? 0, actual: report ? report.data.actual.revenue : null };
  });
  const groups = groupIds.map((id) => ({
    id,
    target: sumFen([...person.monthlyPlans.values()].map((monthly) => monthly.data.groups[id] ?? 0)),
    actual: sumFen([...person.reports.values()].map((report) => report.data.groups?.[id] ?? 0)),
  }));
  const org = content.org ? orgIndex(content.org.data).people.get(person.id) : undefined;
  return { id: person.id, name: org?.name ?? person.id, unit: plan?.unit ?? org?.unit ?? '', groups, ...figures(months, plan?.target.revenue ?? 0) };
}

/** The whole tree for one fiscal year: company → unit → person → month, all in 分. */
export function rollupYear(content: YearContent): YearRollup {
  const org = content.org?.data;
  const groupIds = org?.customerGroups.map((group) => group.id) ?? [];
  const people = [...content.people.values()].filter((person) => person.plan).map((person) => rollupPerson(content, person, groupIds));
  const unitIds = org?.units.map((unit) => unit.id) ?? [...content.units.keys()];
  const units = unitIds.map((id): UnitRollup => {
    const unit = org ? orgIndex(org).units.get(id) : undefined;
    const budget = content.units.get(id)?.budget?.data;
    const members = people.filter((person) => person.unit === id).sort((a, b) => a.id.localeCompare(b.id));
    const allocated = sumFen(members.map((person) => person.target));
    const reports = [...content.people.values()].filter((person) => person.plan?.data.unit === id).flatMap((person) => [...person.reports.values()]);
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
      ...figures(addMonths(members), budget?.targets.revenue ?? allocated, members),
    };
  });
  const targets = org ? { revenue: org.targets.revenue, profit: org.targets.profit, newProductRevenue: org.targets.newProductRevenue } : null;
  return { year: content.year, company: org?.company.name ?? '', targets, units, ...figures(addMonths(units), targets?.revenue ?? sumFen(units.map((unit) => unit.target)), units) };
}
