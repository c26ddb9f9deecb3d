import type { CodeDocs, Diagnostic } from '../core/diagnostics.ts';
import { formatFen, formatFenDelta, sumFen } from '../core/money.ts';
import { skipped, type SkippedCode } from './comparison-skipped.ts';
import { invalidPeopleFiles, report, unitName, type Rule } from './context.ts';
import { say } from './rule-messages.ts';

/** The codes this module reports, for the catalog and the format reference. */
export const codes = {
  'unit-allocation': { severity: 'error', summary: 'The people’s annual targets in a unit do not add up to the unit budget’s revenue.' },
} as const satisfies CodeDocs;

/** The people's annual targets in a unit add up to the unit budget's revenue target. */
export const unitAllocation: Rule<keyof typeof codes | SkippedCode> = ({ content, invalid }) =>
  [...content.units.values()].flatMap(({ id, budget }): Diagnostic<keyof typeof codes | SkippedCode>[] => {
    if (!budget) return [];
    const invalidPlans = invalidPeopleFiles(content, invalid, id, (file) => file === 'plan.mdx');
    if (invalidPlans.length) return [skipped(budget, ['targets', 'revenue'], say('unit-allocation.what', { unit: unitName(content, id) }), invalidPlans)];
    const plans = [...content.people.values()].flatMap(({ plan }) => (plan?.data.unit === id ? [plan] : []));
    if (plans.length === 0) return [];
    const allocated = sumFen(plans.map((plan) => plan.data.target.revenue));
    const budgeted = budget.data.targets.revenue;
    if (allocated === budgeted) return [];
    const gap = budgeted - allocated;
    const verdict = gap > 0 ? say('unit-allocation.under', { gap: formatFenDelta(gap).slice(1) }) : say('unit-allocation.over', { gap: formatFenDelta(-gap).slice(1) });
    return [
      report(budget, ['targets', 'revenue'], 'unit-allocation', say('unit-allocation', { unit: unitName(content, id), allocated: formatFen(allocated), budgeted: formatFen(budgeted), verdict }), {
        expected: formatFen(budgeted),
        actual: formatFen(allocated),
        hint: say('unit-allocation.hint', { year: content.year }),
      }),
    ];
  });
