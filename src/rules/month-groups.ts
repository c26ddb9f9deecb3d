import type { CodeDocs } from '../core/diagnostics.ts';
import { formatFen, formatFenDelta, sumFen } from '../core/money.ts';
import { report, type Rule } from './context.ts';
import { say } from './rule-messages.ts';

/** The codes this module reports, for the catalog and the format reference. */
export const codes = {
  'month-groups': { severity: 'error', summary: 'A monthly plan’s customer groups do not add up to the month’s target.' },
} as const satisfies CodeDocs;

/** Each monthly plan's customer-group split adds up to the month's target. */
export const monthGroups: Rule<keyof typeof codes> = ({ content }) =>
  [...content.people.values()].flatMap(({ monthlyPlans }) =>
    [...monthlyPlans.values()].flatMap((monthly) => {
      const { target, groups } = monthly.data;
      const sum = sumFen(Object.values(groups));
      if (sum === target) return [];
      return [
        report(monthly, ['target'], 'month-groups', say('month-groups', { sum: formatFen(sum), target: formatFen(target), delta: formatFenDelta(sum - target) }), {
          expected: formatFen(target),
          actual: formatFen(sum),
        }),
      ];
    }),
  );
