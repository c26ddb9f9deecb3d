import type { CodeDocs } from '../core/diagnostics.ts';
import { formatFen, formatFenDelta, sumFen } from '../core/money.ts';
import { report, type Rule } from './context.ts';
import { say } from './rule-messages.ts';

/** The codes this module reports, for the catalog and the format reference. */
export const codes = {
  'budget-balance': { severity: 'error', summary: 'A budget’s expense lines do not add up to its expense total.' },
} as const satisfies CodeDocs;

/** A budget's expense lines add up to its stated expense total. */
export const budgetBalance: Rule<keyof typeof codes> = ({ content }) =>
  [...content.units.values()].flatMap(({ budget }) => {
    if (!budget) return [];
    const { total, lines } = budget.data.expenses;
    const sum = sumFen(Object.values(lines));
    if (sum === total) return [];
    return [
      report(budget, ['expenses', 'total'], 'budget-balance', say('budget-balance', { sum: formatFen(sum), total: formatFen(total), delta: formatFenDelta(sum - total) }), {
        expected: formatFen(total),
        actual: formatFen(sum),
        hint: say('budget-balance.hint'),
      }),
    ];
  });
