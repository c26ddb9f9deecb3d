import type { CodeDocs } from '../core/diagnostics.ts';
import { formatFen, formatFenDelta, sumFen } from '../core/money.ts';
import { report, type Rule } from './context.ts';
import { say } from './rule-messages.ts';

/** The codes this module reports, for the catalog and the format reference. */
export const codes = {
  'report-groups': { severity: 'error', summary: 'A monthly report’s customer groups do not add up to its actual revenue.' },
} as const satisfies CodeDocs;

/** When a monthly report splits its actuals by customer group, the groups add up to the actual revenue. */
export const reportGroups: Rule<keyof typeof codes> = ({ content }) =>
  [...content.people.values()].flatMap(({ reports }) =>
    [...reports.values()].flatMap((monthly) => {
      const { groups, actual } = monthly.data;
      if (!groups) return [];
      const sum = sumFen(Object.values(groups));
      if (sum === actual.revenue) return [];
      return [
        report(monthly, ['actual', 'revenue'], 'report-groups', say('report-groups', { sum: formatFen(sum), actual: formatFen(actual.revenue), delta: formatFenDelta(sum - actual.revenue) }), {
          expected: formatFen(actual.revenue),
          actual: formatFen(sum),
        }),
      ];
    }),
  );
