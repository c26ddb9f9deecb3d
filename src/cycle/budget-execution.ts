import { isoDay } from '../core/dates.ts';
import { compareFractions, fraction, type Fraction } from '../core/fraction.ts';
import { sumFen, type Fen } from '../core/money.ts';
import { submittedReports, type YearContent } from '../model/model.ts';
import type { YearRollup } from '../model/rollup.ts';

/** A monthly report that carries spend on a line: where the figure comes from. */
export interface SpendSource {
  person: string;
  month: number;
  /** Content path of the monthly report ("2026/people/zhang-wei/reports/2026-03.mdx"). */
  path: string;
  amount: Fen;
}

/** Budget, spend and flags of one line, one unit or the company, in 分. */
export interface Execution {
  budget: Fen;
  spent: Fen;
  /** budget − spent; negative when over budget. */
  remaining: Fen;
  /** spent ÷ budget, exact; null without a budget. */
  used: Fraction | null;
  /** BUDGET_RULES.over (./budget-rules.ts). */
  over: boolean;
  /** BUDGET_RULES.ahead (./budget-rules.ts); false when already over. */
  ahead: boolean;
}

export interface LineExecution extends Execution {
  id: string;
  name: string;
  /** The submitted monthly reports with spend on this line, by month then person. */
  sources: SpendSource[];
}

export interface UnitExecution extends Execution {
  id: string;
  name: string;
  lines: LineExecution[];
}

export interface BudgetExecution extends Execution {
  year: number;
  asOf: string;
  /** Days of the fiscal year up to and including asOf ÷ days in the year (0 before it starts, 1 after it ends). */
  elapsed: Fraction;
  aheadOfTimePoints: number;
  /** Units with a budget, in org order. */
  units: UnitExecution[];
  /** Each expense line summed over the units, in org order (sources left out: they are on the units' lines). */
  lines: (Execution & { id: string; name: string })[];
}

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** Share of the calendar year `year` elapsed on `asOf`, counting asOf itself. */
export function yearElapsed(year: number, asOf: string): Fraction {
  const start = dayNumber(isoDay(year, 1, 1));
  const days = dayNumber(isoDay(year + 1, 1, 1)) - start;
  const passed = Math.min(days, Math.max(0, dayNumber(asOf) - start + 1));
  return { numerator: passed, denominator: days };
}

function execution(budget: Fen, spent: Fen, elapsed: Fraction, points: number): Execution {
  const used = fraction(spent, budget);
  const over = spent > budget;
  // elapsed + points/100 as one fraction: (n·100 + points·d) / (d·100).
  const limit = { numerator: elapsed.numerator * 100 + points * elapsed.denominator, denominator: elapsed.denominator * 100 };
  const ahead = !over && used !== null && compareFractions(used, limit) > 0;
  return { budget, spent, remaining: budget - spent, used, over, ahead };
}

/**
 * Budget execution (预算执行) of a fiscal year on `asOf`: every unit's expense lines with budget,
 * spent (submitted monthly reports only, as in the roll-up), remaining and share used, against the
 * share of the year elapsed; lines flagged by BUDGET_RULES (./budget-rules.ts); company totals. Budgets and
 * spend are the roll-up's, so the totals equal `plan rollup`'s.
 */
export function budgetExecution(content: YearContent, rollup: YearRollup, asOf: string): BudgetExecution {
  const elapsed = yearElapsed(content.year, asOf);
  const points = content.org?.data.budgetExecution.aheadOfTimePoints ?? 10;
  const units = rollup.units.flatMap((unit): UnitExecution[] => {
    if (!unit.expenses) return [];
    // By month, then person: the people sorted once, then the reports by month (a stable sort), not
    // 12,000 reports of a unit of 1,000 people each compared by name.
    const reports = [...content.people.values()]
      .filter((person) => person.plan?.data.unit === unit.id)
      .sort((a, b) => a.id.localeCompare(b.id))
      .flatMap((person) => [...submittedReports(person)].map(([month, report]) => ({ person: person.id, month, report })))
      .sort((a, b) => a.month - b.month);
    const lines = unit.expenses.lines.map((line): LineExecution => ({
      id: line.id,
      name: line.name,
      ...execution(line.budget, line.spent, elapsed, points),
      sources: reports.flatMap(({ person, month, report }) => {
        const amount = report.data.spend[line.id];
        return amount === undefined || amount === 0 ? [] : [{ person, month, path: report.path, amount }];
      }),
    }));
    return [{ id: unit.id, name: unit.name, lines, ...execution(unit.expenses.total, unit.expenses.spent, elapsed, points) }];
  });
  const lineIds = content.org?.data.expenseLines ?? [];
  const lines = lineIds
    .map((line) => {
      const parts = units.flatMap((unit) => unit.lines.filter((candidate) => candidate.id === line.id));
      return { id: line.id, name: line.name, parts };
    })
    .filter(({ parts }) => parts.length > 0)
    .map(({ id, name, parts }) => ({ id, name, ...execution(sumFen(parts.map((part) => part.budget)), sumFen(parts.map((part) => part.spent)), elapsed, points) }));
  const total = execution(sumFen(units.map((unit) => unit.budget)), sumFen(units.map((unit) => unit.spent)), elapsed, points);
  return { year: content.year, asOf, elapsed, aheadOfTimePoints: points, units, lines, ...total };
}
