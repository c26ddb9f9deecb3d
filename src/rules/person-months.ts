import type { CodeDocs } from '../core/diagnostics.ts';
import { formatFen, formatFenDelta, sumFen } from '../core/money.ts';
import { personName, report, type Rule } from './context.ts';
import { say } from './rule-messages.ts';

/** The codes this module reports, for the catalog and the format reference. */
export const codes = {
  'person-months': { severity: 'error', summary: 'A person’s 12 monthly targets do not add up to the annual target.' },
} as const satisfies CodeDocs;

/** Each person's 12 monthly targets add up to their annual target. */
export const personMonths: Rule<keyof typeof codes> = ({ content }) =>
  [...content.people.values()].flatMap(({ id, plan }) => {
    if (!plan) return [];
    const sum = sumFen(plan.data.months);
    const annual = plan.data.target.revenue;
    if (sum === annual) return [];
    return [
      report(plan, ['target', 'revenue'], 'person-months', say('person-months', { name: personName(content, id), sum: formatFen(sum), annual: formatFen(annual), delta: formatFenDelta(sum - annual) }), {
        expected: formatFen(annual),
        actual: formatFen(sum),
        hint: say('person-months.hint'),
      }),
    ];
  });
