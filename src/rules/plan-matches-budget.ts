import type { CodeDocs, Diagnostic } from '../core/diagnostics.ts';
import { formatFen, formatFenDelta } from '../core/money.ts';
import { pathFor } from '../model/content-files.ts';
import { skipped, type SkippedCode } from './comparison-skipped.ts';
import { report, unitName, type Rule } from './context.ts';

const FIELDS = ['revenue', 'profit', 'newProductRevenue'] as const;
const LABELS: Record<(typeof FIELDS)[number], string> = { revenue: '销售额 revenue', profit: '利润 profit', newProductRevenue: '新产品销售额 new-product revenue' };

/** The codes this module reports, for the catalog and the format reference. */
export const codes = {
  'plan-matches-budget': { severity: 'error', summary: 'A unit sales plan’s targets differ from its budget’s.' },
} as const satisfies CodeDocs;

/** A unit's sales plan states the same targets as its budget. */
export const planMatchesBudget: Rule<keyof typeof codes | SkippedCode> = ({ content, invalid }) =>
  [...content.units.values()].flatMap(({ id, salesPlan, budget }): Diagnostic<keyof typeof codes | SkippedCode>[] => {
    const budgetPath = pathFor({ kind: 'document', type: 'budget', year: content.year, unit: id });
    if (salesPlan && !budget && invalid.has(budgetPath)) return [skipped(salesPlan, ['targets'], 'The sales plan against the budget', [budgetPath])];
    if (!salesPlan || !budget) return [];
    return FIELDS.flatMap((field) => {
      const planned = salesPlan.data.targets[field];
      const budgeted = budget.data.targets[field];
      if (planned === budgeted) return [];
      return [
        report(salesPlan, ['targets', field], 'plan-matches-budget', `${unitName(content, id)} sales plan ${LABELS[field]} is ${formatFen(planned)}, budget says ${formatFen(budgeted)}: ${formatFenDelta(planned - budgeted)}`, {
          expected: formatFen(budgeted),
          actual: formatFen(planned),
          hint: `The sales plan and ${budget.file} must state the same targets.`,
        }),
      ];
    });
  });
