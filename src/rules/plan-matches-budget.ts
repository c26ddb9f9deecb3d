import type { CodeDocs, Diagnostic } from '../core/diagnostics.ts';
import { formatFen, formatFenDelta } from '../core/money.ts';
import { pathFor } from '../model/content-files.ts';
import { skipped, type SkippedCode } from './comparison-skipped.ts';
import { report, unitName, type Rule } from './context.ts';
import { say } from './rule-messages.ts';

const FIELDS = ['revenue', 'profit', 'newProductRevenue'] as const;

/** The codes this module reports, for the catalog and the format reference. */
export const codes = {
  'plan-matches-budget': { severity: 'error', summary: 'A unit sales plan’s targets differ from its budget’s.' },
} as const satisfies CodeDocs;

/** A unit's sales plan states the same targets as its budget. */
export const planMatchesBudget: Rule<keyof typeof codes | SkippedCode> = ({ content, invalid }) =>
  [...content.units.values()].flatMap(({ id, salesPlan, budget }): Diagnostic<keyof typeof codes | SkippedCode>[] => {
    const budgetPath = pathFor({ kind: 'document', type: 'budget', year: content.year, unit: id });
    if (salesPlan && !budget && invalid.has(budgetPath)) return [skipped(salesPlan, ['targets'], say('plan-matches-budget.what'), [budgetPath])];
    if (!salesPlan || !budget) return [];
    return FIELDS.flatMap((field) => {
      const planned = salesPlan.data.targets[field];
      const budgeted = budget.data.targets[field];
      if (planned === budgeted) return [];
      return [
        report(salesPlan, ['targets', field], 'plan-matches-budget', say('plan-matches-budget', { unit: unitName(content, id), field: say(`field.${field}`), planned: formatFen(planned), budgeted: formatFen(budgeted), delta: formatFenDelta(planned - budgeted) }), {
          expected: formatFen(budgeted),
          actual: formatFen(planned),
          hint: say('plan-matches-budget.hint', { budget: budget.file }),
        }),
      ];
    });
  });
