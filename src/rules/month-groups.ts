import { formatFen, formatFenDelta, sumFen } from '../core/money.ts';
import { report, type Rule } from './context.ts';

/** Each monthly plan's customer-group split adds up to the month's target, which is the annual plan's figure for that month. */
export const monthGroups: Rule = ({ content }) =>
  [...content.people.values()].flatMap(({ plan, monthlyPlans }) =>
    [...monthlyPlans.values()].flatMap((monthly) => {
      const out = [];
      const { target, groups, month } = monthly.data;
      const sum = sumFen(Object.values(groups));
      if (sum !== target) {
        out.push(
          report(monthly, ['target'], 'month-groups', `Customer groups add up to ${formatFen(sum)}, month target says ${formatFen(target)}: ${formatFenDelta(sum - target)}`, {
            expected: formatFen(target),
            actual: formatFen(sum),
          }),
        );
      }
      const planned = plan?.data.months[month - 1];
      if (plan && planned !== undefined && planned !== target) {
        out.push(
          report(plan, ['months', month - 1], 'month-matches-plan', `Month ${month} of the annual plan is ${formatFen(planned)}, ${monthly.file} says ${formatFen(target)}: ${formatFenDelta(planned - target)}`, {
            expected: formatFen(target),
            actual: formatFen(planned),
            hint: 'The annual plan and the monthly plan must agree on the month target.',
          }),
        );
      }
      return out;
    }),
  );

/** When a monthly report splits its actuals by customer group, the groups add up to the actual revenue. */
export const reportGroups: Rule = ({ content }) =>
  [...content.people.values()].flatMap(({ reports }) =>
    [...reports.values()].flatMap((monthly) => {
      const { groups, actual } = monthly.data;
      if (!groups) return [];
      const sum = sumFen(Object.values(groups));
      if (sum === actual.revenue) return [];
      return [
        report(monthly, ['actual', 'revenue'], 'report-groups', `Customer groups add up to ${formatFen(sum)}, actual revenue says ${formatFen(actual.revenue)}: ${formatFenDelta(sum - actual.revenue)}`, {
          expected: formatFen(actual.revenue),
          actual: formatFen(sum),
        }),
      ];
    }),
  );
