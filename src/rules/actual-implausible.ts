import type { CodeDocs } from '../core/diagnostics.ts';
import { formatFen, formatFenExact, formatFenShort, type Fen } from '../core/money.ts';
import { submittedReports } from '../model/model.ts';
import { report, type Rule } from './context.ts';
import { say } from './rule-messages.ts';

/** The codes this module reports, for the catalog and the format reference. */
export const codes = {
  'actual-implausible': { severity: 'warning', summary: 'A monthly report’s actual revenue is far below or far above its month’s target (org.yaml `plausibility`).' },
} as const satisfies CodeDocs;

/** 1万 in 分: the unit a forgotten or extra 万 is off by. */
const WAN = 1_000_000;
const YUAN = 100;

/**
 * A submitted report's actual revenue between `minPercentOfTarget`% and `maxTimesTarget`× of the
 * month's target (the monthly plan's, else the annual plan's month). Outside is valid but usually a
 * slip: a forgotten 万 divides by 10,000, an extra one multiplies. Negative actuals (returns) pass.
 */
export const actualImplausible: Rule<keyof typeof codes> = ({ content }) => {
  const { minPercentOfTarget, maxTimesTarget } = content.org?.data.plausibility ?? { minPercentOfTarget: 5, maxTimesTarget: 10 };
  return [...content.people.values()].flatMap((person) =>
    [...submittedReports(person).values()].flatMap((monthly) => {
      const { month, actual } = monthly.data;
      const target = person.monthlyPlans.get(month)?.data.target ?? person.plan?.data.months[month - 1];
      if (!target) return [];
      const plausible = (fen: Fen) => fen * 100 >= target * minPercentOfTarget && fen <= target * maxTimesTarget;
      // A negative actual (returns above sales) is written with a deliberate leading minus, not a slip.
      if (actual.revenue < 0 || plausible(actual.revenue)) return [];
      // Rounded from the integer ratio: (21.35万 / 20万) × 100 is 106.75 exactly, which toFixed(1) shows as 106.7.
      const places = actual.revenue * 1000 < target ? 3 : 1;
      const percent = (Math.round((actual.revenue * 100 * 10 ** places) / target) / 10 ** places).toFixed(places);
      const written = monthly.written?.(['actual', 'revenue']) ?? formatFen(actual.revenue, 'plain');
      const asWan = actual.revenue * (WAN / YUAN);
      const asYuan = actual.revenue / (WAN / YUAN);
      const hint =
        Number.isSafeInteger(asWan) && plausible(asWan) ? say('actual-implausible.wan', { written })
        : Number.isInteger(asYuan) && plausible(asYuan) ? say('actual-implausible.yuan', { yuan: formatFen(asYuan, 'yuan'), written, read: formatFen(actual.revenue) })
        : say('actual-implausible.digit');
      const message = say('actual-implausible', { actual: formatFenExact(actual.revenue), percent, month, target: formatFenShort(target), min: minPercentOfTarget, max: maxTimesTarget });
      return [
        report(monthly, ['actual', 'revenue'], 'actual-implausible', message, {
          severity: 'warning',
          expected: `${minPercentOfTarget}%–${maxTimesTarget}× × ${formatFen(target)}`,
          actual: formatFenExact(actual.revenue),
          hint,
        }),
      ];
    }),
  );
};
