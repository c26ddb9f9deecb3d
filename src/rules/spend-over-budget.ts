import { sortedByText } from '../core/compare-text.ts';
import type { CodeDocs } from '../core/diagnostics.ts';
import { formatFen, formatFenDelta, type Fen } from '../core/money.ts';
import type { Loaded } from '../model/load.ts';
import { submittedReports } from '../model/model.ts';
import { orgIndex } from '../model/org-index.ts';
import type { MonthlyReport } from '../schemas/monthly-report.ts';
import { report, type Rule } from './context.ts';
import { say } from './rule-messages.ts';

/** The codes this module reports, for the catalog and the format reference. */
export const codes = {
  'spend-over-budget': { severity: 'warning', summary: 'A monthly report’s spend on an expense line is more than what is left of the unit’s budget line.' },
} as const satisfies CodeDocs;

/**
 * Spend of a unit's submitted reports, month by month (people by id within a month), against the
 * unit budget's expense lines: the report whose spend exceeds what the earlier reports left of a
 * line is flagged, once per line.
 */
export const spendOverBudget: Rule<keyof typeof codes> = ({ content }) => {
  const units = content.org ? orgIndex(content.org.data) : undefined;
  const byUnit = new Map<string, Loaded<MonthlyReport>[]>();
  for (const person of sortedByText(content.people.values(), (person) => person.id)) {
    const unit = person.plan?.data.unit ?? units?.people.get(person.id)?.unit;
    if (!unit) continue;
    // Appended in place: copying the unit's list for each person was quadratic in its size.
    let reports = byUnit.get(unit);
    if (!reports) byUnit.set(unit, (reports = []));
    for (const report of submittedReports(person).values()) reports.push(report);
  }
  return [...byUnit].flatMap(([unit, reports]) => {
    const lines = content.units.get(unit)?.budget?.data.expenses.lines;
    if (!lines) return [];
    const spent = new Map<string, Fen>();
    const flagged = new Set<string>();
    return reports
      .sort((a, b) => a.data.month - b.data.month)
      .flatMap((monthly) =>
        Object.entries(monthly.data.spend).flatMap(([line, amount]) => {
          const budget = lines[line];
          if (budget === undefined || flagged.has(line)) return [];
          const before = spent.get(line) ?? 0;
          spent.set(line, before + amount);
          const left = budget - before;
          if (amount <= left) return [];
          flagged.add(line);
          const written = monthly.written?.(['spend', line]);
          const hint =
            written?.endsWith('万') && amount / 10_000 <= left ? say('spend-over-budget.wan', { yuan: written.slice(0, -1) })
            : say('spend-over-budget.check');
          return [
            report(monthly, ['spend', line], 'spend-over-budget', say('spend-over-budget', { line, amount: formatFen(amount), left: formatFen(left), budget: formatFen(budget), delta: formatFenDelta(amount - left) }), {
              severity: 'warning',
              expected: `≤ ${formatFen(left)}`,
              actual: formatFen(amount),
              hint,
            }),
          ];
        }),
      );
  });
};
