import type { CodeDocs } from '../core/diagnostics.ts';
import { formatFen, formatFenDelta } from '../core/money.ts';
import { report, type Rule } from './context.ts';
import { say } from './rule-messages.ts';

/** The codes this module reports, for the catalog and the format reference. */
export const codes = {
  'month-matches-plan': { severity: 'error', summary: 'A monthly plan’s target differs from that month in the annual plan.' },
} as const satisfies CodeDocs;

/** A monthly plan's target is the annual plan's figure for that month; the annual plan is reported. */
export const monthMatchesPlan: Rule<keyof typeof codes> = ({ content }) =>
  [...content.people.values()].flatMap(({ plan, monthlyPlans }) =>
    [...monthlyPlans.values()].flatMap((monthly) => {
      const { target, month } = monthly.data;
      const planned = plan?.data.months[month - 1];
      if (!plan || planned === undefined || planned === target) return [];
      return [
        report(plan, ['months', month - 1], 'month-matches-plan', say('month-matches-plan', { month, planned: formatFen(planned), file: monthly.file, target: formatFen(target), delta: formatFenDelta(planned - target) }), {
          expected: formatFen(target),
          actual: formatFen(planned),
          hint: say('month-matches-plan.hint'),
        }),
      ];
    }),
  );
