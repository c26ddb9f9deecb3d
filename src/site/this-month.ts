import { sumFen, type Fen } from '../core/money.ts';
import type { Obligation } from '../model/calendar.ts';
import type { PersonContent } from '../model/model.ts';
import type { MonthFigures, PersonRollup } from '../model/rollup.ts';

/** A document of this person that is due soon or late, with the command that scaffolds it when missing. */
export interface ThisMonthItem {
  obligation: Obligation;
  /** `npm run --silent plan -- new …` for a missing file, else null (the file exists, it only needs finishing). */
  command: string | null;
}

/** The person page's "this month" box: figures of the as-of month and what needs doing now. */
export interface ThisMonth {
  /** 1–12, or null when the as-of date is outside this plan year. */
  month: number | null;
  figures: MonthFigures | null;
  items: ThisMonthItem[];
}

/** The CLI command that creates the missing document of an obligation, or null when it has no `plan new` form. */
export function newDocumentCommand(obligation: Obligation, year: number): string | null {
  const mm = obligation.month === undefined ? '' : String(obligation.month).padStart(2, '0');
  const base = 'npm run --silent plan -- new';
  if ((obligation.type === 'monthly-report' || obligation.type === 'monthly-plan') && obligation.person) return `${base} ${obligation.type} ${year} ${obligation.person} ${mm}`;
  if (obligation.type === 'person-plan') return `${base} people ${year}`;
  if (obligation.type === 'midyear-review' && obligation.unit) return `${base} midyear-review ${year} ${obligation.unit}`;
  if (obligation.type === 'annual-report') return `${base} annual-report ${year}`;
  return null;
}

/**
 * What a person must know now, as of `asOf` (YYYY-MM-DD): the as-of month's target and actual when it
 * falls in `year`, and every overdue or due-soon obligation (late first) with its `plan new` command.
 */
export function thisMonth(year: number, asOf: string, figures: PersonRollup | undefined, obligations: readonly Obligation[]): ThisMonth {
  const month = Number(asOf.slice(0, 4)) === year ? Number(asOf.slice(5, 7)) : null;
  const items = obligations
    .filter((item) => item.state === 'overdue' || item.state === 'due-soon')
    .sort((a, b) => (a.state === b.state ? a.due.localeCompare(b.due) : a.state === 'overdue' ? -1 : 1))
    .map((obligation) => ({ obligation, command: obligation.progress === 'missing' ? newDocumentCommand(obligation, year) : null }));
  return { month, figures: month === null ? null : (figures?.months[month - 1] ?? null), items };
}

/**
 * Customer-group target to date, in 分: the monthly plans' group figures over the months that count
 * towards attainment to date (reported or due, see ATTAINMENT_TO_DATE in src/model/rollup.ts), so a
 * group's attainment compares like with like with the headline.
 */
export function groupTargetsToDate(person: PersonContent, figures: PersonRollup): Map<string, Fen> {
  const counted = figures.months.filter((month) => month.actual !== null || month.targetDue > 0 || month.missing > 0).map((month) => month.month);
  return new Map(figures.groups.map((group) => [group.id, sumFen(counted.map((month) => person.monthlyPlans.get(month)?.data.groups[group.id] ?? 0))]));
}
